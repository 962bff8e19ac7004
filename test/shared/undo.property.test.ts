import fc from 'fast-check';
import {
  DomainError,
  UNDO_WINDOW_MS,
  applicationSchema,
  buildPersonExport,
  declineApplication,
  outcomeDueAt,
  planReminders,
  proposeAgreementVersion,
  selectAmbassador,
  undoAmbassadorWithdrawal,
  undoApplicationWithdrawal,
  undoDecision,
  undoOffers,
  undoStepOverride,
  withStepOverride,
  withdraw,
  withdrawApplication,
  type Ambassadorship,
  type Application,
  type Programme,
  type UserRef,
} from '@ambassadors/shared';
import {
  ANNA,
  LEADER,
  LEADER_2,
  PROGRAMME_ID,
  TENANT,
  TERMS,
  makeActive,
  makeBoard,
  makeProgramme,
  thrown,
} from './fixtures';

const T0 = new Date('2026-03-02T09:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

function pending(): Application {
  return applicationSchema.parse({
    id: 'app-anna',
    tenantId: TENANT,
    programmeId: PROGRAMME_ID,
    type: 'application',
    applicant: ANNA,
    motivation: 'I care about our community – jeg vil gerne styrke vores arbejdsfællesskab',
    invited: false,
    submittedAt: '2026-02-20T09:00:00.000Z',
  });
}

/** Freezes a value deeply, so a rule that changed its input would throw. */
function frozen<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) frozen(inner);
    Object.freeze(value);
  }
  return value;
}

/** The state without what an undo adds on purpose: the history and the write's own time. */
function withoutBookkeeping(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value, (key, v: unknown) =>
      key === 'undone' || key === 'previousOverride' || key === 'updatedAt' ? undefined : v,
    ),
  );
}

const programme: Programme = makeProgramme();

/**
 * One act per kind: the state before it, the state after it, an act of someone else on top (or
 * null where nobody else can act on it), and the undo.
 */
interface Scenario {
  before: unknown;
  after: unknown;
  overtaken: unknown;
  undo(state: unknown, by: UserRef, now: Date): unknown;
}

function scenario(kind: string, actor: UserRef, other: UserRef): Scenario {
  switch (kind) {
    case 'select': {
      const app = pending();
      const { ambassadorship, application } = selectAmbassador({
        programme,
        application: app,
        reason: 'Trusted by colleagues',
        by: actor,
        now: T0,
        id: 'amb-app-anna',
      });
      const proposed = proposeAgreementVersion(
        ambassadorship,
        TERMS,
        ambassadorship.term,
        other,
        at(1000),
        programme.settings,
      );
      const undo = (state: unknown, by: UserRef, now: Date) => {
        const s = state as { application: Application; ambassadorships: Ambassadorship[] };
        const result = undoDecision({ ...s, actor: by, now });
        return {
          application: result.application,
          ambassadorships: s.ambassadorships.filter((a) => a.id !== result.removeAmbassadorshipId),
        };
      };
      return {
        before: { application: app, ambassadorships: [] },
        after: { application, ambassadorships: [ambassadorship] },
        overtaken: { application, ambassadorships: [proposed] },
        undo,
      };
    }
    case 'decline': {
      const app = pending();
      const declined = declineApplication({ application: app, reason: 'Not now', by: actor, now: T0 });
      return {
        before: { application: app, ambassadorships: [] },
        after: { application: declined, ambassadorships: [] },
        // Another leader cannot decide it again; a new round replaces the decision.
        overtaken: { application: { ...declined, decision: null }, ambassadorships: [] },
        undo: (state, by, now) => {
          const s = state as { application: Application; ambassadorships: Ambassadorship[] };
          return { ...s, application: undoDecision({ ...s, actor: by, now }).application };
        },
      };
    }
    case 'stepOverride': {
      const first = withStepOverride(
        programme,
        'taskPlan',
        { status: 'inProgress', note: 'started' },
        other,
        at(-60_000_000),
      );
      const done = withStepOverride(first, 'taskPlan', { status: 'done', note: 'all agreed' }, actor, T0);
      const again = withStepOverride(
        done,
        'taskPlan',
        { status: 'inProgress', note: 'not yet' },
        other,
        at(1000),
      );
      return {
        before: first,
        after: done,
        overtaken: again,
        undo: (state, by, now) => undoStepOverride(state as Programme, 'taskPlan', by, now),
      };
    }
    case 'ambassadorWithdrawal': {
      const active = makeActive(programme, ANNA, new Date('2026-02-01T09:00:00Z'));
      const gone = withdraw(active, 'Moved to another team', actor, T0);
      const planned = {
        ...gone,
        exit: { ...gone.exit, debriefDate: '2026-03-10' },
        updatedAt: at(1000).toISOString(),
      };
      return {
        before: active,
        after: gone,
        overtaken: planned,
        undo: (state, by, now) =>
          undoAmbassadorWithdrawal(state as Ambassadorship, [state as Ambassadorship], by, now),
      };
    }
    default: {
      // The applicant withdraws their own application: only they act, so `actor` is the applicant.
      const app = { ...pending(), applicant: actor };
      const gone = withdrawApplication(app, actor, T0);
      return {
        before: app,
        after: gone,
        overtaken: { ...app, submittedAt: at(1000).toISOString() },
        undo: (state, by, now) => undoApplicationWithdrawal(state as Application, by, now),
      };
    }
  }
}

const KINDS = ['select', 'decline', 'stepOverride', 'ambassadorWithdrawal', 'applicationWithdrawal'];
const UNDO_CODES = ['UNDO_NOTHING', 'UNDO_NOT_YOURS', 'UNDO_WINDOW_PASSED', 'UNDO_OVERTAKEN'];

describe('undo', () => {
  it('law: undo never succeeds past the window or after another person’s act; a successful undo restores the exact prior state', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...KINDS),
        fc.boolean(),
        fc.boolean(),
        fc.integer({ min: 0, max: 2 * UNDO_WINDOW_MS }),
        (kind, byActor, overtaken, delay) => {
          const s = scenario(kind, LEADER, LEADER_2);
          const state = frozen(overtaken ? s.overtaken : s.after);
          // After another's act, the one tried is the original actor (the other may undo their own act).
          const undoer = byActor || overtaken ? LEADER : LEADER_2;
          const now = at(delay + (overtaken ? 1000 : 0));
          const allowed = byActor && !overtaken && delay < UNDO_WINDOW_MS;
          if (allowed) {
            expect(withoutBookkeeping(s.undo(state, undoer, now))).toEqual(withoutBookkeeping(s.before));
          } else {
            expect(UNDO_CODES).toContain(thrown(() => s.undo(state, undoer, now)).code);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('keeps the act and its undo in the history, with the reason', () => {
    const app = pending();
    const declined = declineApplication({ application: app, reason: 'Not now', by: LEADER, now: T0 });
    const { application } = undoDecision({
      application: declined,
      ambassadorships: [],
      actor: LEADER,
      now: at(60_000),
      reason: 'Wrong applicant',
    });
    expect(application.decision).toBeNull();
    expect(application.undone).toEqual([
      {
        act: 'decision',
        what: 'declined',
        note: 'Not now',
        by: LEADER,
        at: T0.toISOString(),
        undoneBy: LEADER,
        undoneAt: at(60_000).toISOString(),
        reason: 'Wrong applicant',
      },
    ]);
  });

  it('says why in the person’s words: the window passed, someone else’s act, nothing to undo', () => {
    const declined = declineApplication({ application: pending(), reason: 'Not now', by: LEADER, now: T0 });
    const late = thrown(() =>
      undoDecision({ application: declined, ambassadorships: [], actor: LEADER, now: at(UNDO_WINDOW_MS) }),
    );
    expect(late).toEqual({ code: 'UNDO_WINDOW_PASSED', params: { minutes: 10 } });
    expect(
      thrown(() => undoDecision({ application: declined, ambassadorships: [], actor: LEADER_2, now: T0 }))
        .code,
    ).toBe('UNDO_NOT_YOURS');
    expect(
      thrown(() => undoDecision({ application: pending(), ambassadorships: [], actor: LEADER, now: T0 }))
        .code,
    ).toBe('UNDO_NOTHING');
    expect(new DomainError('UNDO_WINDOW_PASSED', { minutes: 10 }).message).toContain('10');
  });

  it('offers exactly what the undo accepts, to its author only, until the window ends', () => {
    const declined = declineApplication({ application: pending(), reason: 'Not now', by: LEADER, now: T0 });
    const board = { programme, applications: [declined], ambassadorships: [] };
    expect(undoOffers(board, LEADER.userId, at(1000))).toEqual([
      { act: 'decision', target: 'app-anna', until: at(UNDO_WINDOW_MS).toISOString() },
    ]);
    expect(undoOffers(board, LEADER_2.userId, at(1000))).toEqual([]);
    expect(undoOffers(board, LEADER.userId, at(UNDO_WINDOW_MS))).toEqual([]);
  });

  it('tells the applicant the outcome only once the undo window has passed, and never an undone one', () => {
    const declined = declineApplication({ application: pending(), reason: 'Not now', by: LEADER, now: T0 });
    const window = { from: T0, to: at(2 * UNDO_WINDOW_MS) };
    const outcome = planReminders(makeBoard(programme, { applications: [declined] }), window).filter(
      (r) => r.kind === 'applicationOutcome',
    );
    expect(outcome.map((r) => r.dueAt)).toEqual([outcomeDueAt(declined.decision!).toISOString()]);
    expect(outcome[0]!.dueAt).toBe(at(UNDO_WINDOW_MS).toISOString());
    const undone = undoDecision({ application: declined, ambassadorships: [], actor: LEADER, now: at(1000) });
    const after = planReminders(makeBoard(programme, { applications: [undone.application] }), window);
    expect(after.filter((r) => r.kind === 'applicationOutcome')).toEqual([]);
  });
});

describe('undo and the applicant’s data export', () => {
  it('keeps an undone decision in the export, with the leaders’ internal note about them (GDPR art. 15)', () => {
    const declined = declineApplication({
      application: pending(),
      reason: 'INTERNAL: too quiet',
      by: LEADER,
      now: T0,
    });
    const { application } = undoDecision({
      application: declined,
      ambassadorships: [],
      actor: LEADER,
      now: at(1000),
    });
    const exported = buildPersonExport({
      tenantId: programme.tenantId,
      person: ANNA,
      exportedAt: at(2000),
      boards: [{ programme, documents: [application] }],
      delivery: { conversations: [], preferences: [], outbox: [], cardActions: [] },
    });
    expect(JSON.stringify(exported)).toContain('INTERNAL: too quiet');
    expect(JSON.stringify(exported)).toContain('"what":"declined"');
  });
});
