import fc from 'fast-check';
import {
  agreedCheckInThemes,
  answerOpenSituation,
  buildBoardView,
  buildPersonExport,
  cardCheckInSituations,
  checkInExpiry,
  erasurePseudonyms,
  feedbackOverview,
  mayRaiseOnBehalf,
  openSituationRetentionUpdates,
  planProgrammeErasure,
  planReminders,
  raiseOpenSituation,
  recordDecision,
  recordGroupAgreement,
  withdraw,
  type BoardData,
  type Meeting,
  type OpenSituation,
  type ProgrammeBoard,
} from '@ambassadors/shared';
import {
  ANNA,
  BO,
  CARL,
  EMPLOYEE,
  LEADER,
  makeActive,
  makeBoard,
  makeCandidate,
  makeCheckIn,
  makeMeeting,
  makeProgramme,
  thrown,
} from './fixtures';

const UUID = '0b7f3c3e-5d7a-4f7e-9a51-3a8f0f6f2c11';
const UUID_2 = '9d4c1a2b-6e5f-4a3b-8c7d-1e2f3a4b5c6d';
const DANA = { userId: 'dana', displayName: 'Dana Dahl' };

const programme = makeProgramme();
const at = new Date('2026-02-01T09:00:00Z');
const now = new Date('2026-03-10T09:00:00Z');
const term = { start: '2026-02-01', end: '2026-12-31' };
const [anna, bo, carl, dana] = [ANNA, BO, CARL, DANA].map((p) => makeActive(programme, p, at, { term }));
const alignment = makeMeeting({ id: 'm-align', kind: 'alignment', scheduledAt: '2026-03-05T09:00:00.000Z' });
const agreed = recordGroupAgreement(alignment, { theme: 'Workload' }, BO, 'ga-1', now);

/** Four ambassadors — the common case in which the anonymous pulse shows leaders nothing. */
function fourAmbassadors(parts: Partial<Omit<BoardData, 'programme'>> = {}): BoardData {
  return makeBoard(programme, { ambassadorships: [anna!, bo!, carl!, dana!], ...parts });
}

const named = {
  theme: 'Workload',
  situation: 'Monday meetings run over and squeeze the dialogues.',
  raisedAs: 'named',
};
const raise = (board: BoardData, input: unknown, who = anna!, id = UUID) =>
  raiseOpenSituation({ board, ambassadorship: who, input, id, now });
const asStored = (board: BoardData): ProgrammeBoard => {
  const stored = <T extends object>(doc: T) => ({ ...doc, etag: 'etag-1' });
  return {
    programme: stored(board.programme),
    ambassadorships: board.ambassadorships.map(stored),
    applications: board.applications.map(stored),
    meetings: board.meetings.map(stored),
    checkIns: board.checkIns.map(stored),
    decisions: board.decisions.map(stored),
    openSituations: (board.openSituations ?? []).map(stored),
  };
};

describe('open situations', () => {
  it('an active ambassador raises one with their name, kept as long as their check-ins', () => {
    const situation = raise(fourAmbassadors(), named);
    expect(situation).toMatchObject({
      type: 'openSituation',
      raisedAs: 'named',
      raisedBy: ANNA,
      meetingId: null,
      theme: 'Workload',
      raisedAt: now.toISOString(),
      expiresAt: checkInExpiry(anna!, programme).toISOString(),
    });
  });

  it('only active ambassadors raise one', () => {
    const candidate = makeCandidate(programme, EMPLOYEE, at);
    expect(thrown(() => raise(fourAmbassadors(), named, candidate)).code).toBe('OPEN_SITUATION_NOT_ALLOWED');
  });

  it('bad input names the field in Danish and English, and a random id is required', () => {
    const error = thrown(() => raise(fourAmbassadors(), { ...named, situation: '' }));
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.fieldsIn('da').map((f) => f.label)).toEqual(['Situationen']);
    expect(error.fieldsIn('en').map((f) => f.label)).toEqual(['The situation']);
    expect(thrown(() => raise(fourAmbassadors(), named, anna!, 'amb-anna')).code).toBe('VALIDATION_FAILED');
  });

  it('on behalf of the group needs the group’s agreement at an alignment meeting, and then names nobody', () => {
    const group = { ...named, raisedAs: 'group', meetingId: 'm-align' };
    const without = fourAmbassadors({ meetings: [alignment] });
    expect(thrown(() => raise(without, group))).toEqual({
      code: 'OPEN_SITUATION_NEEDS_AGREEMENT',
      params: { theme: 'Workload' },
    });
    expect(
      thrown(() => raise(fourAmbassadors({ meetings: [agreed] }), { ...group, meetingId: null })).code,
    ).toBe('OPEN_SITUATION_NEEDS_AGREEMENT');
    const situation = raise(fourAmbassadors({ meetings: [agreed] }), { ...group, theme: 'workload ' });
    expect(situation).toMatchObject({ raisedAs: 'group', raisedBy: null, meetingId: 'm-align' });
    expect(JSON.stringify(situation)).not.toContain(ANNA.userId);
  });

  it('the group’s agreement is recorded only on an alignment meeting that has started and is not cancelled', () => {
    const regular = makeMeeting({ id: 'm-reg', scheduledAt: '2026-03-05T09:00:00.000Z' });
    const later = makeMeeting({ id: 'm-later', kind: 'alignment', scheduledAt: '2026-04-05T09:00:00.000Z' });
    const cancelled = { ...alignment, cancelledAt: '2026-03-01T09:00:00.000Z' };
    for (const meeting of [regular, later, cancelled]) {
      expect(thrown(() => recordGroupAgreement(meeting, { theme: 'Workload' }, LEADER, 'ga', now)).code).toBe(
        'GROUP_AGREEMENT_NOT_ALLOWED',
      );
    }
    expect(agreed.groupAgreements).toEqual([
      { id: 'ga-1', theme: 'Workload', recordedBy: BO, recordedAt: now.toISOString() },
    ]);
    expect(recordGroupAgreement(agreed, { theme: ' workload' }, LEADER, 'ga-2', now)).toBe(agreed);
    expect(thrown(() => recordGroupAgreement(alignment, { theme: '' }, LEADER, 'ga', now)).code).toBe(
      'VALIDATION_FAILED',
    );
  });

  it('law: an on-behalf situation is accepted exactly when the group agreed the theme at a started, not cancelled alignment meeting', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Meeting['kind']>('regular', 'alignment'),
        fc.boolean(),
        fc.integer({ min: -20, max: 20 }),
        fc.constantFrom('Workload', 'workload', 'Onboarding'),
        fc.boolean(),
        (kind, cancelled, dayOffset, theme, withAgreement) => {
          const meeting: Meeting = {
            ...makeMeeting({
              id: 'm-x',
              kind,
              scheduledAt: new Date(now.getTime() + dayOffset * 86_400_000).toISOString(),
            }),
            cancelledAt: cancelled ? '2026-01-01T00:00:00.000Z' : null,
            groupAgreements: withAgreement
              ? [{ id: 'ga', theme: 'Workload', recordedBy: BO, recordedAt: '2026-01-01T00:00:00.000Z' }]
              : [],
          };
          const board = fourAmbassadors({ meetings: [meeting] });
          const expected =
            kind === 'alignment' && !cancelled && dayOffset <= 0 && withAgreement && theme !== 'Onboarding';
          expect(mayRaiseOnBehalf(board, 'm-x', theme, now)).toBe(expected);
          const attempt = () => raise(board, { ...named, theme, raisedAs: 'group', meetingId: 'm-x' });
          if (expected) expect(attempt().raisedBy).toBeNull();
          else expect(thrown(attempt).code).toBe('OPEN_SITUATION_NEEDS_AGREEMENT');
        },
      ),
    );
  });

  it('law: an open situation is never counted in the anonymous aggregates', () => {
    const checkIns = [anna, bo, carl, dana].map((a, i) =>
      makeCheckIn({
        authorKey: `k-${a!.id}`,
        submittedAt: `2026-03-0${i + 1}T09:00:00.000Z`,
        situations: [{ theme: 'Workload', description: '' }],
      }),
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            theme: fc.constantFrom('Workload', 'Onboarding', 'Meetings'),
            situation: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0),
            raisedAs: fc.constantFrom<'named' | 'group'>('named', 'group'),
            who: fc.constantFrom(anna!, bo!, carl!, dana!),
          }),
          { maxLength: 12 },
        ),
        (raised) => {
          const base = fourAmbassadors({ meetings: [agreed], checkIns });
          const openSituations: OpenSituation[] = raised.map((r, i) =>
            raise(
              base,
              {
                theme: r.raisedAs === 'group' ? 'Workload' : r.theme,
                situation: r.situation,
                raisedAs: r.raisedAs,
                meetingId: 'm-align',
              },
              r.who,
              `0b7f3c3e-5d7a-4f7e-9a51-${String(i).padStart(12, '0')}`,
            ),
          );
          expect(feedbackOverview({ ...base, openSituations }, now)).toEqual(feedbackOverview(base, now));
        },
      ),
    );
  });

  it('leaders answer one once, in "you said, we did"', () => {
    const situation = raise(fourAmbassadors(), named);
    const board = fourAmbassadors({ openSituations: [situation] });
    const input = { outcome: 'changeCourse', explanation: 'Monday meetings end at 10 from now on.' };
    const decision = answerOpenSituation({ board, situation, input, by: LEADER, id: 'd-1', now });
    expect(decision).toMatchObject({
      type: 'decision',
      theme: 'Workload',
      openSituationId: situation.id,
      by: LEADER,
    });
    const answered = { ...board, decisions: [decision] };
    expect(
      thrown(() => answerOpenSituation({ board: answered, situation, input, by: LEADER, id: 'd-2', now }))
        .code,
    ).toBe('OPEN_SITUATION_ANSWERED');
    expect(
      thrown(() =>
        answerOpenSituation({ board, situation, input: { outcome: 'maybe' }, by: LEADER, id: 'd', now }),
      ).code,
    ).toBe('VALIDATION_FAILED');
    const leaderView = buildBoardView(asStored(answered), LEADER.userId, now);
    expect(leaderView.youSaidWeDid).toEqual([
      expect.objectContaining({ theme: 'Workload', openSituation: 'named' }),
    ]);
    expect(leaderView.openSituations).toEqual([
      expect.objectContaining({
        raisedBy: ANNA,
        answer: expect.objectContaining({ outcome: 'changeCourse' }),
      }),
    ]);
  });

  it('leaders see who raised it; ambassadors see their own and the group’s, never a colleague’s named one; employees none', () => {
    const mine = raise(fourAmbassadors(), named);
    const group = raise(
      fourAmbassadors({ meetings: [agreed] }),
      { ...named, raisedAs: 'group', meetingId: 'm-align' },
      carl!,
      UUID_2,
    );
    const board = asStored(fourAmbassadors({ meetings: [agreed], openSituations: [mine, group] }));
    const ids = (userId: string) => buildBoardView(board, userId, now).openSituations?.map((s) => s.id);
    expect(ids(LEADER.userId)).toEqual(expect.arrayContaining([mine.id, group.id]));
    expect(ids(ANNA.userId)).toEqual(expect.arrayContaining([mine.id, group.id]));
    expect(ids(BO.userId)).toEqual([group.id]);
    expect(ids(EMPLOYEE.userId)).toBeUndefined();
    const leader = buildBoardView(board, LEADER.userId, now);
    expect(leader.openSituations!.find((s) => s.id === group.id)).toMatchObject({
      raisedBy: null,
      meetingAt: agreed.scheduledAt,
    });
    expect(leader.groupAgreementMeetings).toEqual([
      expect.objectContaining({
        meetingId: 'm-align',
        agreements: [expect.objectContaining({ theme: 'Workload' })],
      }),
    ]);
  });

  it('a named one is in the person’s export and goes with their erasure; the group’s stays', () => {
    const mine = raise(fourAmbassadors(), named);
    const group = raise(
      fourAmbassadors({ meetings: [agreed] }),
      { ...named, raisedAs: 'group', meetingId: 'm-align' },
      anna!,
      UUID_2,
    );
    const documents = [anna!, agreed, mine, group];
    const exported = buildPersonExport({
      tenantId: programme.tenantId,
      person: ANNA,
      exportedAt: now,
      boards: [{ programme, documents }],
      delivery: { outbox: [], actions: [], conversations: [], preferences: [] } as never,
    });
    expect(exported.programmes[0]!.openSituations.map((s) => s.id)).toEqual([mine.id]);
    const plan = planProgrammeErasure({
      programme,
      documents,
      userId: ANNA.userId,
      pseudonyms: erasurePseudonyms('r1', 'da'),
      successor: LEADER,
      now,
    });
    expect(plan.deletions).toContainEqual({ type: 'openSituation', id: mine.id });
    expect(plan.deletions).not.toContainEqual({ type: 'openSituation', id: group.id });
    expect(plan.replacements.map((d) => d.id)).not.toContain(group.id);
  });
});

describe('ambassadors are told when a leader answers a theme', () => {
  const window = { from: new Date('2026-03-10T08:00:00Z'), to: new Date('2026-03-10T12:00:00Z') };
  const answered = (board: BoardData) =>
    planReminders(board, window).filter((r) => r.kind === 'themeAnswered');

  it('a named situation’s answer goes to the one who raised it', () => {
    const situation = raise(fourAmbassadors(), named);
    const board = fourAmbassadors({ openSituations: [situation] });
    const decision = answerOpenSituation({
      board,
      situation,
      input: { outcome: 'keepCourse', explanation: 'The Monday slot stays; we shorten it.' },
      by: LEADER,
      id: 'd-1',
      now,
    });
    const reminders = answered({ ...board, decisions: [decision] });
    expect(reminders).toHaveLength(1);
    expect(reminders[0]!.recipients).toEqual([ANNA]);
    expect(reminders[0]!.data).toEqual({
      decisionId: 'd-1',
      theme: 'Workload',
      outcome: 'keepCourse',
      explanation: 'The Monday slot stays; we shorten it.',
      openSituation: 'named',
    });
  });

  it('law: a pulse theme’s answer goes to every active ambassador, whoever wrote check-ins about it', () => {
    fc.assert(
      fc.property(fc.subarray([anna!, bo!, carl!, dana!]), (authors) => {
        const checkIns = authors.map((a, i) =>
          makeCheckIn({
            authorKey: `k-${a.id}`,
            submittedAt: `2026-03-0${i + 1}T09:00:00.000Z`,
            situations: [{ theme: 'Workload', description: '' }],
          }),
        );
        const board = fourAmbassadors({ checkIns });
        const decision = recordDecision({
          board,
          input: { outcome: 'explain', theme: 'Workload', explanation: 'Why the plan stays.' },
          by: LEADER,
          now,
          id: 'd-pulse',
        });
        const [reminder, ...rest] = answered({ ...board, decisions: [decision] });
        expect(rest).toEqual([]);
        expect(reminder!.recipients.map((r) => r.userId).sort()).toEqual(['anna', 'bo', 'carl', 'dana']);
        expect(reminder!.data.openSituation).toBeNull();
      }),
    );
  });
});

describe('the check-in offers the agreement’s themes', () => {
  it('as choices, trimmed and each once', () => {
    expect(
      agreedCheckInThemes({
        passOn: { themes: [' Workload', 'workload', 'Onboarding', ''], situations: '' },
      }),
    ).toEqual(['Workload', 'Onboarding']);
    expect(agreedCheckInThemes(null)).toEqual([]);
  });

  it('and a free theme beside the picked one', () => {
    expect(cardCheckInSituations('Workload', 'Meetings')).toEqual([
      { theme: 'Workload', description: '' },
      { theme: 'Meetings', description: '' },
    ]);
    expect(cardCheckInSituations('Workload', ' workload')).toEqual([{ theme: 'Workload', description: '' }]);
    expect(cardCheckInSituations(undefined, '')).toEqual([]);
  });
});

describe("open situations' retention follows their raiser's actual term", () => {
  const board = (parts: Partial<Omit<BoardData, 'programme'>>) => makeBoard(programme, parts);
  const annas = raise(fourAmbassadors(), named);
  const groups = raise(
    fourAmbassadors({ meetings: [agreed] }),
    { ...named, raisedAs: 'group', meetingId: 'm-align' },
    bo!,
    UUID_2,
  );

  it("a withdrawal brings a named situation's expiry forward to the months after that day", () => {
    const withdrawn = withdraw(anna!, 'Moved on', LEADER, new Date('2026-04-15T10:00:00Z'));
    const updates = openSituationRetentionUpdates(
      board({ ambassadorships: [withdrawn], openSituations: [annas] }),
    );
    expect(updates).toEqual([{ ...annas, expiresAt: checkInExpiry(withdrawn, programme).toISOString() }]);
    expect(Date.parse(updates[0]!.expiresAt)).toBeLessThan(Date.parse(annas.expiresAt));
  });

  it('nothing ever pushes an expiry later, and a situation raised for the group keeps its own', () => {
    const longer = { ...anna!, term: { start: '2026-02-01', end: '2027-12-31' } };
    expect(
      openSituationRetentionUpdates(board({ ambassadorships: [longer], openSituations: [annas] })),
    ).toEqual([]);
    const boWithdrawn = withdraw(bo!, 'Moved on', LEADER, new Date('2026-04-15T10:00:00Z'));
    expect(groups.raisedBy).toBeNull();
    expect(
      openSituationRetentionUpdates(board({ ambassadorships: [boWithdrawn], openSituations: [groups] })),
    ).toEqual([]);
  });

  it('only the ambassadorship the situation was raised during counts (not a later term of the same person)', () => {
    const earlier = withdraw(anna!, 'Moved on', LEADER, new Date('2026-03-20T10:00:00Z'));
    // Raised during the earlier ambassadorship; a later one of the same person changes nothing.
    const later = {
      ...makeActive(programme, ANNA, new Date('2026-05-01T09:00:00Z'), {
        id: 'amb-anna-2',
        term: { start: '2026-05-01', end: '2026-12-31' },
      }),
    };
    const updates = openSituationRetentionUpdates(
      board({ ambassadorships: [later, earlier], openSituations: [annas] }),
    );
    expect(updates.map((s) => s.expiresAt)).toEqual([checkInExpiry(earlier, programme).toISOString()]);
  });

  it('law: after any early end, no named situation outlives its retention after that end', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 280 }), (days) => {
        const end = new Date(now.getTime() + days * 86_400_000);
        const withdrawn = withdraw(anna!, 'Moved on', LEADER, end);
        const b = board({ ambassadorships: [withdrawn], openSituations: [annas] });
        const updated = new Map(openSituationRetentionUpdates(b).map((s) => [s.id, s.expiresAt]));
        const expiresAt = Date.parse(updated.get(annas.id) ?? annas.expiresAt);
        return (
          expiresAt <= checkInExpiry(withdrawn, programme).getTime() &&
          expiresAt <= Date.parse(annas.expiresAt)
        );
      }),
    );
  });
});
