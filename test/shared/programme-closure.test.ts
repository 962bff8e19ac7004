import fc from 'fast-check';
import {
  ACTIONS_WHEN_CLOSED,
  PROGRAMME_ACTIONS,
  REOPEN_WINDOW_DAYS,
  allowedInProgrammeState,
  assertProgrammeOpen,
  buildBoardView,
  cadenceSchema,
  closeProgramme,
  errorMessage,
  feedbackOverview,
  feedbackSnapshotOf,
  isHidden,
  planReminders,
  programmeSchema,
  recordDecision,
  reopenProgramme,
  type BoardData,
  type CheckIn,
} from '@ambassadors/shared';
import {
  ANNA,
  BO,
  CARL,
  LEADER,
  TERMS,
  makeActive,
  makeBoard,
  makeCandidate,
  makeCheckIn,
  makeProgramme,
  thrown,
} from './fixtures';

const DAY = 24 * 60 * 60 * 1000;
const d = (iso: string) => new Date(iso);
const closedAt = d('2026-05-04T10:00:00Z');

/** A running programme: two active ambassadors, a candidate, a monthly rhythm and check-ins. */
function runningBoard(checkIns: CheckIn[] = []): BoardData {
  const programme = makeProgramme({
    steps: {
      meetings: {
        cadence: cadenceSchema.parse({ kind: 'monthly', weekOfMonth: -1, weekday: 4, time: '10:00' }),
      },
      agreement: { template: TERMS },
    },
  });
  const at = d('2026-02-02T10:00:00Z');
  return makeBoard(programme, {
    ambassadorships: [
      makeActive(programme, ANNA, at, { term: { start: '2026-02-02', end: '2026-12-31' } }),
      makeActive(programme, BO, at, { term: { start: '2026-02-02', end: '2026-04-30' } }),
      makeCandidate(programme, CARL, at, { term: { start: '2026-02-02', end: '2026-12-31' } }),
    ],
    checkIns,
  });
}

function applied(board: BoardData, result: ReturnType<typeof closeProgramme>): BoardData {
  const byId = new Map(result.ambassadorships.map((a) => [a.id, a]));
  return {
    ...board,
    programme: result.programme,
    ambassadorships: board.ambassadorships.map((a) => byId.get(a.id) ?? a),
  };
}

describe('closing a programme', () => {
  it('ends the open ambassadorships whose term still runs, keeps the rest, and records what it ended', () => {
    const board = runningBoard();
    const result = closeProgramme(board, LEADER, closedAt);
    // Bo's term ended on 30 April: it is over by itself, not ended by the close.
    expect(result.ambassadorships.map((a) => [a.id, a.state, a.endedAt])).toEqual([
      ['amb-anna', 'ended', closedAt.toISOString()],
      ['amb-carl', 'ended', closedAt.toISOString()],
    ]);
    expect(result.programme.closure).toMatchObject({
      closedAt: closedAt.toISOString(),
      closedBy: LEADER,
      endedAmbassadorships: [
        { id: 'amb-anna', state: 'active' },
        { id: 'amb-carl', state: 'candidate' },
      ],
    });
    expect(result.programme.settingsHistory.at(-1)).toMatchObject({
      changes: [{ field: 'closedAt', from: null, to: closedAt.toISOString() }],
    });
    // The stored shape is the model's.
    expect(programmeSchema.parse(result.programme).closure).toEqual(result.programme.closure);
  });

  it('makes the programme read-only: assertProgrammeOpen refuses with the closing day in da and en', () => {
    const closed = closeProgramme(runningBoard(), LEADER, closedAt).programme;
    expect(() => assertProgrammeOpen(runningBoard().programme)).not.toThrow();
    const error = thrown(() => assertProgrammeOpen(closed));
    expect(error).toEqual({ code: 'PROGRAMME_CLOSED', params: { closedOn: '2026-05-04' } });
    expect(errorMessage('PROGRAMME_CLOSED', 'da', { closedOn: '2026-05-04' })).toBe(
      'Programmet blev lukket 2026-05-04 og kan nu kun læses. Intet er ændret.',
    );
    expect(errorMessage('PROGRAMME_CLOSED', 'en', { closedOn: '2026-05-04' })).toContain('read-only');
    expect(
      thrown(() => closeProgramme({ ...runningBoard(), programme: closed }, LEADER, closedAt)).code,
    ).toBe('PROGRAMME_CLOSED');
  });

  it('plans no reminder at all for a closed programme, in any window (property)', () => {
    const board = runningBoard([
      makeCheckIn({ submittedAt: '2026-03-03T09:00:00.000Z', authorKey: 'k-anna' }),
    ]);
    const closed = applied(board, closeProgramme(board, LEADER, closedAt));
    const start = d('2026-01-01T00:00:00Z').getTime();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 120 }), (fromDay, length) => {
        const window = {
          from: new Date(start + fromDay * DAY),
          to: new Date(start + (fromDay + length) * DAY),
        };
        expect(planReminders(closed, window)).toEqual([]);
      }),
    );
    // The same programme open does plan reminders in that year: the emptiness is the close's.
    const year = { from: d('2026-01-01T00:00:00Z'), to: d('2027-01-01T00:00:00Z') };
    expect(planReminders(board, year).length).toBeGreaterThan(0);
  });

  it('leaves only the actions of ACTIONS_WHEN_CLOSED in the board view’s permissions', () => {
    const board = runningBoard();
    const closed = applied(board, closeProgramme(board, LEADER, closedAt));
    const view = buildBoardView(
      { ...closed, programme: { ...closed.programme, etag: 'e' } } as never,
      LEADER.userId,
      d('2026-05-05T10:00:00Z'),
    );
    expect(view.permissions.length).toBeGreaterThan(0);
    for (const action of view.permissions) expect(ACTIONS_WHEN_CLOSED).toContain(action);
    expect(view.permissions).toEqual(expect.arrayContaining(['programme:reopen', 'report:view']));
    expect(view.permissions).not.toContain('step:edit');
    expect(view.closure).toMatchObject({
      closedOn: '2026-05-04',
      reopenUntil: '2026-06-03',
      canReopen: true,
    });
    const open = buildBoardView(
      { ...board, programme: { ...board.programme, etag: 'e' } } as never,
      LEADER.userId,
      closedAt,
    );
    expect(open.closure).toBeNull();
    expect(open.permissions).toContain('programme:close');
    expect(open.permissions).not.toContain('programme:reopen');
  });

  it('allows, once closed, exactly the listed actions (every action of the table is decided)', () => {
    const closed = closeProgramme(runningBoard(), LEADER, closedAt).programme;
    for (const action of PROGRAMME_ACTIONS) {
      expect([action, allowedInProgrammeState(closed, action)]).toEqual([
        action,
        ACTIONS_WHEN_CLOSED.includes(action),
      ]);
    }
  });
});

describe('reopening a programme', () => {
  const board = runningBoard();
  const closed = applied(board, closeProgramme(board, LEADER, closedAt));

  it('gives back the ambassadorships the close ended, as they were', () => {
    const result = reopenProgramme(closed, LEADER, d('2026-05-10T10:00:00Z'));
    expect(result.programme.closure).toBeNull();
    expect(result.ambassadorships.map((a) => [a.id, a.state, a.endedAt])).toEqual([
      ['amb-anna', 'active', null],
      ['amb-carl', 'candidate', null],
    ]);
  });

  it(`is possible for ${REOPEN_WINDOW_DAYS} days after the close and refused after, nothing changed (property)`, () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 120 * 24 }), (hours) => {
        const at = new Date(closedAt.getTime() + hours * 60 * 60 * 1000);
        if (hours <= REOPEN_WINDOW_DAYS * 24) {
          expect(reopenProgramme(closed, LEADER, at).programme.closure).toBeNull();
        } else {
          expect(thrown(() => reopenProgramme(closed, LEADER, at))).toEqual({
            code: 'PROGRAMME_REOPEN_EXPIRED',
            params: { days: REOPEN_WINDOW_DAYS, deadline: '2026-06-03' },
          });
        }
      }),
    );
    expect(closed.programme.closure).not.toBeNull();
  });

  it('refuses to reopen a programme that runs', () => {
    expect(thrown(() => reopenProgramme(board, LEADER, closedAt)).code).toBe('PROGRAMME_NOT_CLOSED');
  });

  it('close, reopen, close again: each close ends and each reopen restores', () => {
    const reopened = applied(closed, reopenProgramme(closed, LEADER, d('2026-05-10T10:00:00Z')));
    const again = closeProgramme(reopened, LEADER, d('2026-05-20T10:00:00Z'));
    expect(again.ambassadorships.map((a) => a.id)).toEqual(['amb-anna', 'amb-carl']);
    expect(again.programme.settingsHistory.map((h) => h.changes[0]!.field)).toEqual([
      'closedAt',
      'closedAt',
      'closedAt',
    ]);
  });
});

describe('the feedback kept at the close', () => {
  const authorsArb = fc.array(
    fc.record({
      author: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 0, max: 80 }),
      alignment: fc.integer({ min: 1, max: 5 }),
    }),
    { maxLength: 40 },
  );

  it('holds exactly the figures the thresholded overview shows, and null for every hidden one (property)', () => {
    fc.assert(
      fc.property(authorsArb, (rows) => {
        const checkIns = rows.map((r) =>
          makeCheckIn({
            submittedAt: new Date(d('2026-02-03T09:00:00Z').getTime() + r.day * DAY).toISOString(),
            authorKey: `k-${r.author}`,
            alignment: r.alignment,
            situations: [{ theme: 'workload', description: '' }],
          }),
        );
        const board = runningBoard(checkIns);
        const snapshot = feedbackSnapshotOf(board, closedAt);
        const overview = feedbackOverview(board, closedAt);
        const authors = new Set(rows.map((r) => r.author)).size;
        if (authors < overview.minimumAnswers) {
          expect(snapshot.checkIns).toBeNull();
          expect(snapshot.alignmentAverage).toBeNull();
          expect(snapshot.changeCourse).toBeNull();
          expect(snapshot.themes).toEqual([]);
        } else {
          expect(snapshot.checkIns).toBe(rows.length);
        }
        for (const month of snapshot.months) {
          const shown = overview.months.find((m) => m.month === month.month)!;
          expect(isHidden(shown.checkIns)).toBe(false);
          expect(month.checkIns).toBe(shown.checkIns);
        }
      }),
    );
  });

  it('outlives the check-ins: the closed board keeps its figures when the raw check-ins are gone', () => {
    const checkIns = [1, 2, 3, 4, 5].map((n) =>
      makeCheckIn({ submittedAt: '2026-03-03T09:00:00.000Z', authorKey: `k-${n}`, alignment: 4 }),
    );
    const board = runningBoard(checkIns);
    const closed = applied(board, closeProgramme(board, LEADER, closedAt));
    const later = { ...closed, checkIns: [] };
    expect(later.programme.closure!.feedbackSnapshot).toMatchObject({ checkIns: 5, alignmentAverage: 4 });
    const leaderView = buildBoardView(
      { ...later, programme: { ...later.programme, etag: 'e' } } as never,
      LEADER.userId,
      d('2026-08-01T10:00:00Z'),
    );
    expect(leaderView.closure?.feedbackSnapshot).toMatchObject({ checkIns: 5, alignmentAverage: 4 });
    const employeeView = buildBoardView(
      { ...later, programme: { ...later.programme, etag: 'e' } } as never,
      'someone-else',
      d('2026-08-01T10:00:00Z'),
    );
    expect(employeeView.closure).not.toHaveProperty('feedbackSnapshot');
  });

  it('keeps only theme names leaders wrote (agreement themes, answered themes), never one an ambassador typed', () => {
    const checkIns = [1, 2, 3, 4, 5].flatMap((n) => [
      makeCheckIn({
        submittedAt: '2026-03-03T09:00:00.000Z',
        authorKey: `k-${n}`,
        situations: [
          { theme: 'workload', description: '' },
          { theme: 'the new boss on floor 2', description: '' },
          { theme: 'canteen', description: '' },
        ],
      }),
    ]);
    const board = runningBoard(checkIns);
    const decision = recordDecision({
      board,
      input: { outcome: 'explain', theme: 'canteen', explanation: 'Opening hours change in June' },
      by: LEADER,
      now: closedAt,
      id: 'dec-1',
    });
    const snapshot = feedbackSnapshotOf({ ...board, decisions: [decision] }, closedAt);
    expect(snapshot.themes.map((t) => t.theme).sort()).toEqual(['canteen', 'workload']);
  });
});
