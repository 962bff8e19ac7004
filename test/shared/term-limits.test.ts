import {
  DEFAULT_SETTINGS,
  acceptAgreement,
  assertPostingTermInRange,
  assertTermNotInPast,
  checkTerm,
  consecutiveSpan,
  countedPeriod,
  describeSteps,
  endTermIfDue,
  endTermsDue,
  errorMessage,
  nextTermEndAt,
  postingSchema,
  proposeAgreementVersion,
  selectAmbassador,
  withTermsEnded,
  withdraw,
  type Ambassadorship,
  type ErrorParams,
} from '@ambassadors/shared';
import {
  ANNA,
  BO,
  LEADER,
  TERMS,
  makeActive,
  makeBoard,
  makeCandidate,
  makeProgramme,
  rawAmbassadorship,
  thrown,
} from './fixtures';

const TZ = 'Europe/Copenhagen';

describe('a term cannot start in the past', () => {
  it('compares local days in the programme zone', () => {
    // 23:30 UTC on 1 March is already 2 March in Copenhagen.
    const now = new Date('2026-03-01T23:30:00Z');
    expect(thrown(() => assertTermNotInPast({ start: '2026-03-01', end: '2026-12-31' }, now, TZ))).toEqual({
      code: 'TERM_STARTS_IN_PAST',
      params: { start: '2026-03-01', today: '2026-03-02' },
    });
    expect(() => assertTermNotInPast({ start: '2026-03-02', end: '2026-12-31' }, now, TZ)).not.toThrow();
    expect(() => assertTermNotInPast({ start: '2026-03-01', end: '2026-12-31' }, now, 'UTC')).not.toThrow();
  });

  it('lets a running term keep its start, but never end before today', () => {
    const now = new Date('2026-06-01T10:00:00Z');
    expect(() =>
      assertTermNotInPast({ start: '2026-01-01', end: '2026-12-31' }, now, TZ, '2026-01-01'),
    ).not.toThrow();
    expect(
      thrown(() => assertTermNotInPast({ start: '2026-01-01', end: '2026-05-31' }, now, TZ, '2026-01-01')),
    ).toEqual({ code: 'TERM_ENDS_IN_PAST', params: { end: '2026-05-31', today: '2026-06-01' } });
  });

  it('refuses a direct selection with a term in the past, with a clear message', () => {
    const programme = makeProgramme({ startDate: '2025-01-01' });
    const error = thrown(() =>
      selectAmbassador({
        programme,
        person: BO,
        reason: 'Invited',
        term: { start: '2025-01-01', end: '2025-06-30' },
        by: LEADER,
        now: new Date('2026-02-03T10:00:00Z'),
        id: 'amb-bo',
      }),
    );
    expect(error.code).toBe('TERM_STARTS_IN_PAST');
    expect(errorMessage('TERM_STARTS_IN_PAST', 'en', error.params as ErrorParams)).toBe(
      'The term cannot start before today (2026-02-03); it starts on 2025-01-01. Choose a start date from today.',
    );
    expect(errorMessage('TERM_STARTS_IN_PAST', 'da', error.params as ErrorParams)).toContain('2025-01-01');
  });

  it('refuses an agreement version that starts in the past', () => {
    const programme = makeProgramme();
    const at = new Date('2026-02-03T10:00:00Z');
    const candidate = makeCandidate(programme, ANNA, at);
    expect(
      thrown(() =>
        proposeAgreementVersion(
          candidate,
          TERMS,
          { start: '2026-02-02', end: '2027-01-31' },
          LEADER,
          at,
          programme.settings,
          { timeZone: TZ },
        ),
      ).code,
    ).toBe('TERM_STARTS_IN_PAST');
  });

  it('cannot be accepted once its start has passed: the term starts with the agreement', () => {
    const programme = makeProgramme();
    const at = new Date('2026-02-03T10:00:00Z');
    const later = new Date('2026-02-10T10:00:00Z');
    const term = { start: '2026-02-05', end: '2027-02-04' };
    // Proposing is the leaders' acceptance: the ambassador's is the one that completes it.
    const proposed = proposeAgreementVersion(makeCandidate(programme, ANNA, at), TERMS, term, LEADER, at);
    expect(thrown(() => acceptAgreement(proposed, 'ambassador', 1, ANNA, later, TZ))).toEqual({
      code: 'TERM_STARTS_BEFORE_ACCEPTANCE',
      params: { version: 1, start: '2026-02-05' },
    });
    // On the start day itself it may still be accepted.
    expect(acceptAgreement(proposed, 'ambassador', 1, ANNA, new Date('2026-02-05T07:00:00Z'), TZ).state).toBe(
      'active',
    );
  });

  it('lets an active ambassador accept a new version that keeps the running term', () => {
    const programme = makeProgramme();
    const at = new Date('2026-02-03T10:00:00Z');
    const later = new Date('2026-06-01T10:00:00Z');
    const active = makeActive(programme, ANNA, at);
    const v2 = proposeAgreementVersion(
      active,
      { ...TERMS, hoursPerMonth: 2 },
      { start: active.term.start, end: '2027-06-30' },
      LEADER,
      later,
      programme.settings,
      { timeZone: TZ },
    );
    const both = acceptAgreement(
      acceptAgreement(v2, 'leader', 2, LEADER, later, TZ),
      'ambassador',
      2,
      ANNA,
      later,
      TZ,
    );
    expect(both.term).toEqual({ start: '2026-02-03', end: '2027-06-30' });
  });
});

describe('consecutive terms count together', () => {
  const programme = makeProgramme({ startDate: '2025-01-01' });
  // Anna served 2026; her term ended on 31 December.
  const served = rawAmbassadorship({
    id: 'amb-anna-1',
    person: ANNA,
    state: 'ended',
    term: { start: '2026-01-01', end: '2026-12-31' },
    endedAt: '2026-12-31T23:00:00.000Z',
  });
  const jan = new Date('2027-01-01T09:00:00Z');
  const select = (
    term: { start: string; end: string } | null,
    now = jan,
    others: Ambassadorship[] = [served],
  ) =>
    selectAmbassador({
      programme,
      person: ANNA,
      reason: 'Again',
      term,
      by: LEADER,
      now,
      id: 'amb-anna-2',
      ambassadorships: others,
    });

  it('refuses a re-appointment right after the first term that runs past the maximum', () => {
    const error = thrown(() => select(null));
    expect(error).toEqual({
      code: 'TERM_CONSECUTIVE_TOO_LONG',
      params: {
        maxMonths: 18,
        gapMonths: 6,
        since: '2026-01-01',
        latestEnd: '2027-06-30',
        freshStart: '2027-07-01',
      },
    });
    expect(errorMessage('TERM_CONSECUTIVE_TOO_LONG', 'en', error.params as ErrorParams)).toContain(
      'end by 2027-06-30',
    );
    expect(errorMessage('TERM_CONSECUTIVE_TOO_LONG', 'da', error.params as ErrorParams)).toContain(
      'senest 2027-06-30',
    );
  });

  it('allows what is left of the maximum, and a fresh term after a break of the full gap', () => {
    expect(select({ start: '2027-01-01', end: '2027-06-30' }).ambassadorship.term.end).toBe('2027-06-30');
    // A break one day short of six months still joins the terms.
    expect(thrown(() => select({ start: '2027-06-30', end: '2027-12-31' })).code).toBe(
      'TERM_CONSECUTIVE_TOO_LONG',
    );
    const july = new Date('2027-07-01T09:00:00Z');
    expect(select(null, july).ambassadorship.term).toEqual({ start: '2027-07-01', end: '2028-06-30' });
  });

  it('uses the gap setting', () => {
    const longGap = makeProgramme({ startDate: '2025-01-01', settings: { termGapMonths: 12 } });
    expect(
      thrown(() =>
        selectAmbassador({
          programme: longGap,
          person: ANNA,
          reason: 'Again',
          by: LEADER,
          now: new Date('2027-07-01T09:00:00Z'),
          id: 'x',
          ambassadorships: [served],
        }),
      ).code,
    ).toBe('TERM_CONSECUTIVE_TOO_LONG');
  });

  it('refuses a new agreement version that chains past the maximum', () => {
    const candidate = select({ start: '2027-01-01', end: '2027-03-31' }).ambassadorship;
    expect(
      thrown(() =>
        proposeAgreementVersion(
          candidate,
          TERMS,
          { start: '2027-01-01', end: '2028-05-31' },
          LEADER,
          jan,
          programme.settings,
          { timeZone: TZ, ambassadorships: [served, candidate] },
        ),
      ).code,
    ).toBe('TERM_CONSECUTIVE_TOO_LONG');
    const ok = proposeAgreementVersion(
      candidate,
      TERMS,
      { start: '2027-01-01', end: '2027-06-30' },
      LEADER,
      jan,
      programme.settings,
      { timeZone: TZ, ambassadorships: [served, candidate] },
    );
    expect(ok.agreement.versions[0]!.term.end).toBe('2027-06-30');
  });

  it('counts a withdrawn term up to the withdrawal, and nothing for someone never active', () => {
    const active = makeActive(programme, BO, new Date('2026-01-05T09:00:00Z'));
    const out = withdraw(active, 'Too much', LEADER, new Date('2026-03-10T10:00:00Z'));
    expect(countedPeriod(out, TZ)).toEqual({ start: '2026-01-05', end: '2026-03-10' });
    const lapsed = endTermIfDue(
      makeCandidate(programme, BO, new Date('2026-01-05T09:00:00Z')),
      new Date('2027-02-01T09:00:00Z'),
      TZ,
    );
    expect(lapsed.state).toBe('ended');
    expect(countedPeriod(lapsed, TZ)).toBeNull();
    expect(
      consecutiveSpan(
        { start: '2026-05-01', end: '2026-06-30' },
        [{ start: '2026-01-05', end: '2026-03-10' }],
        6,
      ),
    ).toEqual({
      start: '2026-01-05',
      end: '2026-06-30',
    });
  });

  it('is the one check of every term (checkTerm)', () => {
    expect(
      checkTerm({
        term: { start: '2027-01-01', end: '2027-06-30' },
        programme,
        userId: ANNA.userId,
        ambassadorshipId: null,
        ambassadorships: [served],
        now: jan,
      }),
    ).toEqual({ start: '2027-01-01', end: '2027-06-30' });
  });
});

describe("the posting's term", () => {
  const posting = (termMonths: number) =>
    postingSchema.parse({
      title: 'Ambassador',
      responsibilities: [],
      expectations: [],
      hoursPerMonth: 3,
      termMonths,
      applicationDeadline: '2026-02-15',
      publishedAt: '2026-02-01T09:00:00.000Z',
    });

  it('is bounded by the settings', () => {
    expect(thrown(() => assertPostingTermInRange(posting(36), DEFAULT_SETTINGS))).toEqual({
      code: 'POSTING_TERM_OUT_OF_RANGE',
      params: { minMonths: 6, maxMonths: 18 },
    });
    expect(thrown(() => assertPostingTermInRange(posting(3), DEFAULT_SETTINGS)).code).toBe(
      'POSTING_TERM_OUT_OF_RANGE',
    );
    expect(() => assertPostingTermInRange(posting(18), DEFAULT_SETTINGS)).not.toThrow();
    expect(() => assertPostingTermInRange(posting(6), DEFAULT_SETTINGS)).not.toThrow();
  });

  it('is the default term at selection', () => {
    const programme = makeProgramme({ steps: { posting: { posting: posting(6) } } });
    const { ambassadorship } = selectAmbassador({
      programme,
      person: ANNA,
      reason: 'Applied',
      by: LEADER,
      now: new Date('2026-02-03T10:00:00Z'),
      id: 'amb-anna',
    });
    expect(ambassadorship.term).toEqual({ start: '2026-02-03', end: '2026-08-02' });
  });
});

describe('terms end by themselves', () => {
  const programme = makeProgramme();
  const at = new Date('2026-02-03T10:00:00Z');
  const anna = makeActive(programme, ANNA, at, { term: { start: '2026-02-03', end: '2026-06-30' } });
  const bo = makeCandidate(programme, BO, at, { term: { start: '2026-02-03', end: '2026-04-30' } });

  it('records every term that is over, with the end of its last day', () => {
    const board = makeBoard(programme, { ambassadorships: [anna, bo] });
    expect(endTermsDue(board, new Date('2026-04-30T12:00:00Z'))).toEqual([]);
    const may = endTermsDue(board, new Date('2026-05-02T12:00:00Z'));
    expect(may).toEqual([
      expect.objectContaining({
        id: bo.id,
        state: 'ended',
        endedAt: '2026-04-30T22:00:00.000Z',
        activatedAt: null,
      }),
    ]);
    const july = endTermsDue(board, new Date('2026-07-01T12:00:00Z'));
    expect(july.map((a) => [a.id, a.state, a.endedAt])).toEqual([
      [anna.id, 'ended', '2026-06-30T22:00:00.000Z'],
      [bo.id, 'ended', '2026-04-30T22:00:00.000Z'],
    ]);
    const read = withTermsEnded(board, new Date('2026-07-01T12:00:00Z'));
    expect(read.ambassadorships.map((a) => a.state)).toEqual(['ended', 'ended']);
    expect(board.ambassadorships.map((a) => a.state)).toEqual(['active', 'candidate']);
  });

  it('does not withdraw someone whose term is already over: it ended', () => {
    expect(thrown(() => withdraw(anna, 'Too late', LEADER, new Date('2026-07-01T12:00:00Z'), TZ))).toEqual({
      code: 'INVALID_TRANSITION',
      params: { from: 'ended', to: 'withdrawn' },
    });
    expect(withdraw(anna, 'In time', LEADER, new Date('2026-06-30T12:00:00Z'), TZ).state).toBe('withdrawn');
  });

  it('repairs a record already ended without a date', () => {
    const stuck = rawAmbassadorship({
      id: 'amb-x',
      person: ANNA,
      state: 'ended',
      term: { start: '2025-01-01', end: '2025-06-30' },
      endedAt: null,
    });
    expect(endTermIfDue(stuck, at, TZ).endedAt).toBe('2025-06-30T22:00:00.000Z');
  });

  it('tells the scheduler when the next term ends', () => {
    const board = makeBoard(programme, { ambassadorships: [anna, bo] });
    expect(nextTermEndAt(board, at)?.toISOString()).toBe('2026-04-30T22:00:00.000Z');
    expect(nextTermEndAt(board, new Date('2026-05-02T12:00:00Z'))?.toISOString()).toBe(
      '2026-06-30T22:00:00.000Z',
    );
  });

  it('lets the person be selected again once the stale candidacy has lapsed', () => {
    const later = new Date('2027-01-04T10:00:00Z');
    const again = selectAmbassador({
      programme,
      person: BO,
      reason: 'Now for real',
      by: LEADER,
      now: later,
      id: 'amb-bo-2',
      ambassadorships: [bo],
    });
    expect(again.ambassadorship.term.start).toBe('2027-01-04');
  });
});

describe('step 2, the posting', () => {
  it('is not done when someone was selected directly and no posting was published', () => {
    const programme = makeProgramme();
    const at = new Date('2026-02-03T10:00:00Z');
    const board = makeBoard(programme, { ambassadorships: [makeCandidate(programme, ANNA, at)] });
    const step = describeSteps(board, at).find((s) => s.key === 'posting')!;
    expect(step.status).toBe('inProgress');
    expect(step.missing).toEqual(['postingNotDrafted']);
    // A leader who recruited only by asking says so: the override, with its note, wins.
    const override = {
      status: 'done' as const,
      note: 'Recruited by invitation only',
      by: LEADER,
      at: at.toISOString(),
    };
    const overridden = makeBoard(makeProgramme({ steps: { posting: { override } } }), {
      ambassadorships: board.ambassadorships,
    });
    expect(describeSteps(overridden, at).find((s) => s.key === 'posting')).toMatchObject({
      status: 'done',
      derivedStatus: 'inProgress',
      override: { note: 'Recruited by invitation only' },
    });
  });
});
