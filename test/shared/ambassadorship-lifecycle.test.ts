import {
  applicationSchema,
  canTransition,
  declineApplication,
  endTermIfDue,
  isShownAsAmbassador,
  selectAmbassador,
  withdraw,
  type Application,
} from '@ambassadors/shared';
import {
  ANNA,
  BO,
  LEADER,
  PROGRAMME_ID,
  TENANT,
  makeActive,
  makeCandidate,
  makeProgramme,
  thrown,
} from './fixtures';

function application(overrides: Partial<Application> = {}): Application {
  return applicationSchema.parse({
    id: 'app-anna',
    tenantId: TENANT,
    programmeId: PROGRAMME_ID,
    type: 'application',
    applicant: ANNA,
    motivation: 'I care about our community – jeg vil gerne styrke vores arbejdsfællesskab',
    invited: false,
    submittedAt: '2026-01-10T09:00:00.000Z',
    ...overrides,
  });
}

describe('ambassadorship lifecycle', () => {
  const programme = makeProgramme();
  const now = new Date('2026-02-03T10:00:00Z');

  it('allows only candidate→active→ended, candidate→ended (lapsed) and candidate|active→withdrawn', () => {
    expect(canTransition('candidate', 'active')).toBe(true);
    expect(canTransition('active', 'ended')).toBe(true);
    expect(canTransition('candidate', 'withdrawn')).toBe(true);
    expect(canTransition('active', 'withdrawn')).toBe(true);
    expect(canTransition('candidate', 'ended')).toBe(true);
    expect(canTransition('active', 'candidate')).toBe(false);
    expect(canTransition('ended', 'active')).toBe(false);
    expect(canTransition('withdrawn', 'active')).toBe(false);
  });

  it('selects from an application: a candidate with the reason, the default term and the decision set', () => {
    const app = application();
    const { ambassadorship, application: decided } = selectAmbassador({
      programme,
      application: app,
      reason: 'Respected on the floor',
      by: LEADER,
      now,
      id: 'amb-1',
    });
    expect(ambassadorship).toMatchObject({
      id: 'amb-1',
      tenantId: TENANT,
      programmeId: PROGRAMME_ID,
      state: 'candidate',
      person: ANNA,
      selection: {
        reason: 'Respected on the floor',
        applicationId: 'app-anna',
        by: LEADER,
        at: now.toISOString(),
      },
      term: { start: '2026-02-03', end: '2027-02-02' },
      activatedAt: null,
    });
    expect(decided?.decision).toEqual({
      outcome: 'selected',
      reason: 'Respected on the floor',
      by: LEADER,
      at: now.toISOString(),
    });
    expect(app.decision).toBeNull(); // the input is not mutated
  });

  it('selects a person directly with a given term, validated against the settings', () => {
    const { ambassadorship, application: none } = selectAmbassador({
      programme,
      person: BO,
      reason: 'Invited by the team',
      term: { start: '2026-03-01', end: '2026-08-31' },
      by: LEADER,
      now,
      id: 'amb-2',
    });
    expect(none).toBeNull();
    expect(ambassadorship.term).toEqual({ start: '2026-03-01', end: '2026-08-31' });
    const tooLong = thrown(() =>
      selectAmbassador({
        programme,
        person: BO,
        reason: 'x',
        term: { start: '2026-03-01', end: '2028-03-01' },
        by: LEADER,
        now,
        id: 'a',
      }),
    );
    expect(tooLong).toEqual({ code: 'TERM_TOO_LONG', params: { maxMonths: 18 } });
  });

  it('requires a reason, refuses decided applications and a second open ambassadorship', () => {
    expect(
      thrown(() => selectAmbassador({ programme, person: BO, reason: '  ', by: LEADER, now, id: 'a' })).code,
    ).toBe('VALIDATION_FAILED');
    const decided = application({
      decision: { outcome: 'declined', reason: 'not now', by: LEADER, at: now.toISOString() },
    });
    expect(
      thrown(() =>
        selectAmbassador({ programme, application: decided, reason: 'x', by: LEADER, now, id: 'a' }),
      ).code,
    ).toBe('APPLICATION_ALREADY_DECIDED');
    const existing = makeCandidate(programme, BO, now);
    expect(
      thrown(() =>
        selectAmbassador({
          programme,
          person: BO,
          reason: 'x',
          by: LEADER,
          now,
          id: 'b',
          ambassadorships: [existing],
        }),
      ).code,
    ).toBe('ALREADY_AMBASSADOR');
    const otherProgramme = application({ programmeId: 'other' });
    expect(
      thrown(() =>
        selectAmbassador({ programme, application: otherProgramme, reason: 'x', by: LEADER, now, id: 'a' }),
      ).code,
    ).toBe('NOT_FOUND');
  });

  it('declines an application once, with a reason', () => {
    const declined = declineApplication({
      application: application(),
      reason: 'Next round',
      by: LEADER,
      now,
    });
    expect(declined.decision).toMatchObject({ outcome: 'declined', reason: 'Next round' });
    expect(
      thrown(() => declineApplication({ application: declined, reason: 'again', by: LEADER, now })).code,
    ).toBe('APPLICATION_ALREADY_DECIDED');
  });

  it('withdraws candidates and active ambassadors, but not twice', () => {
    const active = makeActive(programme, ANNA, now);
    const later = new Date('2026-05-01T10:00:00Z');
    const withdrawn = withdraw(active, 'Workload too high', LEADER, later);
    expect(withdrawn).toMatchObject({
      state: 'withdrawn',
      endedAt: later.toISOString(),
      withdrawal: { reason: 'Workload too high' },
    });
    expect(active.state).toBe('active');
    expect(withdraw(makeCandidate(programme, BO, now), 'Changed mind', LEADER, later).state).toBe(
      'withdrawn',
    );
    expect(thrown(() => withdraw(withdrawn, 'again', LEADER, later))).toEqual({
      code: 'INVALID_TRANSITION',
      params: { from: 'withdrawn', to: 'withdrawn' },
    });
  });

  it('ends an active term when its last local day is over, keeping the exit plan', () => {
    const active = {
      ...makeActive(programme, ANNA, now, { term: { start: '2026-02-03', end: '2026-10-25' } }),
      exit: { debriefDate: '2026-10-28', debriefHeldAt: null, handoverNotes: 'Notes', thankedAt: null },
    };
    const tz = 'Europe/Copenhagen';
    expect(endTermIfDue(active, new Date('2026-10-25T22:59:00Z'), tz)).toBe(active);
    const ended = endTermIfDue(active, new Date('2026-10-26T08:00:00Z'), tz);
    // 26 Oct 00:00 in Copenhagen is 25 Oct 23:00 UTC (CET, after the DST switch that day).
    expect(ended).toMatchObject({ state: 'ended', endedAt: '2026-10-25T23:00:00.000Z', exit: active.exit });
    // A candidate whose term passed without an accepted agreement lapses on the same date.
    const candidate = makeCandidate(programme, BO, now);
    expect(endTermIfDue(candidate, new Date('2027-02-02T12:00:00Z'), tz)).toBe(candidate);
    expect(endTermIfDue(candidate, new Date('2028-01-01T00:00:00Z'), tz)).toMatchObject({
      state: 'ended',
      endedAt: '2027-02-02T23:00:00.000Z',
      activatedAt: null,
    });
  });

  it('never shows a former ambassador as one', () => {
    const active = makeActive(programme, ANNA, now, { term: { start: '2026-02-03', end: '2026-06-30' } });
    expect(isShownAsAmbassador(active, new Date('2026-06-30T12:00:00Z'))).toBe(true);
    expect(isShownAsAmbassador(active, new Date('2026-07-01T12:00:00Z'))).toBe(false);
    expect(isShownAsAmbassador(withdraw(active, 'x', LEADER, now), now)).toBe(false);
    expect(isShownAsAmbassador(makeCandidate(programme, BO, now), now)).toBe(false);
  });
});
