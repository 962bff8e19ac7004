import fc from 'fast-check';
import {
  acceptAgreement,
  applyToPosting,
  assertTermRunning,
  completeModule,
  proposeAgreementVersion,
  termEndInstant,
  trainingModuleSchema,
  type Programme,
} from '@ambassadors/shared';
import {
  ANNA,
  EMPLOYEE,
  LEADER,
  LEADER_2,
  TERMS,
  makeActive,
  makeBoard,
  makeProgramme,
  thrown,
} from './fixtures';

/**
 * The ambassador's own acts — accepting the agreement, completing training, applying — and the
 * limits every path (tab API and bot cards) meets through the same rules.
 */
describe('acts of an ambassadorship stop when its term is over', () => {
  const modules = [trainingModuleSchema.parse({ id: 'm1', title: 'Why ambassadors' })];
  const programme = makeProgramme({ steps: { training: { modules } } });
  const selectedAt = new Date('2026-02-01T09:00:00Z');
  const active = makeActive(programme, ANNA, selectedAt, {
    term: { start: '2026-02-01', end: '2026-07-31' },
  });
  // A new version to accept, as when a leader proposes one late in the term.
  const withVersion2 = proposeAgreementVersion(
    active,
    TERMS,
    { start: '2026-02-01', end: '2027-01-31' },
    LEADER,
    selectedAt,
    programme.settings,
  );
  const end = termEndInstant(active.term, programme.timeZone).getTime();
  const afterEnd = fc.integer({ min: end, max: end + 3 * 365 * 24 * 3600 * 1000 }).map((t) => new Date(t));
  const duringTerm = fc.integer({ min: selectedAt.getTime(), max: end - 1 }).map((t) => new Date(t));

  it('after the last local day no side can accept, nothing can be completed, and the state stays as it was', () => {
    fc.assert(
      fc.property(afterEnd, fc.constantFrom('ambassador' as const, 'leader' as const), (now, side) => {
        const by = side === 'ambassador' ? ANNA : LEADER;
        expect(thrown(() => acceptAgreement(withVersion2, side, 2, by, now, programme.timeZone))).toEqual({
          code: 'AMBASSADORSHIP_CLOSED',
          params: { state: 'ended' },
        });
        expect(thrown(() => completeModule(active, 'm1', modules, now, programme.timeZone)).code).toBe(
          'AMBASSADORSHIP_CLOSED',
        );
        expect(thrown(() => assertTermRunning(active, now, programme.timeZone)).code).toBe(
          'AMBASSADORSHIP_CLOSED',
        );
      }),
    );
  });

  it('during the term both still work', () => {
    fc.assert(
      fc.property(duringTerm, (now) => {
        const accepted = acceptAgreement(withVersion2, 'ambassador', 2, ANNA, now, programme.timeZone);
        expect(accepted.agreement.ambassadorAcceptances.at(-1)?.version).toBe(2);
        expect(accepted.state).toBe('active');
        const done = completeModule(active, 'm1', modules, now, programme.timeZone);
        expect(done.training.map((c) => c.moduleId)).toEqual(['m1']);
      }),
    );
  });

  it('an ended or withdrawn ambassadorship is never made active by an acceptance', () => {
    for (const state of ['ended', 'withdrawn'] as const) {
      const closed = { ...withVersion2, state };
      expect(
        thrown(() => acceptAgreement(closed, 'leader', 2, LEADER, selectedAt, programme.timeZone)).code,
      ).toBe('AMBASSADORSHIP_CLOSED');
    }
  });
});

describe('the leaders who select cannot apply to their own posting', () => {
  const published = (owners = [LEADER, LEADER_2]): Programme => {
    const base = makeProgramme({ owners });
    return {
      ...base,
      steps: {
        ...base.steps,
        posting: {
          ...base.steps.posting,
          posting: {
            title: 'Become an ambassador',
            responsibilities: [],
            expectations: [],
            hoursPerMonth: 3,
            termMonths: 12,
            applicationDeadline: '2026-03-31',
            publishedAt: '2026-02-01T08:00:00.000Z',
          },
        },
      },
    };
  };
  const now = new Date('2026-02-10T10:00:00Z');

  it('an owner gets FORBIDDEN; an employee applies', () => {
    const board = makeBoard(published());
    for (const owner of [LEADER, LEADER_2]) {
      expect(
        thrown(() => applyToPosting({ board, applicant: owner, motivation: 'I lead it', now, id: 'a1' })),
      ).toEqual({ code: 'FORBIDDEN', params: { action: 'posting:apply' } });
    }
    const application = applyToPosting({
      board,
      applicant: EMPLOYEE,
      motivation: 'Me! – jeg vil gerne styrke vores arbejdsfællesskab',
      now,
      id: 'a2',
    });
    expect(application.applicant).toEqual(EMPLOYEE);
  });
});
