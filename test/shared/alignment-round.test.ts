import {
  alignmentAggregate,
  buildBoardView,
  closeProgramme,
  currentKeyMessage,
  giveAlignmentScore,
  ownAlignmentScore,
  publishAlignmentDraft,
  publishKeyMessage,
  saveAlignmentDraft,
  type Meeting,
  type ProgrammeBoard,
  type UserRef,
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
  makeMeeting,
  makeProgramme,
  rawAmbassadorship,
  thrown,
} from './fixtures';

const NOW = new Date('2026-03-05T09:30:00Z');
const programme = publishKeyMessage(
  makeProgramme({ startDate: '2026-01-01' }),
  'We listen first',
  LEADER,
  NOW,
);
const people: UserRef[] = [
  ANNA,
  BO,
  CARL,
  { userId: 'dea', displayName: 'Dea' },
  { userId: 'eik', displayName: 'Eik' },
];
const actives = people.map((p) => makeActive(programme, p, new Date('2026-01-02T08:00:00Z')));
const board = makeBoard(programme, { ambassadorships: actives });
const key = (userId: string) => `key-${userId}`;
const round = (overrides: Partial<Meeting> = {}) =>
  makeMeeting({ id: 'm-1', scheduledAt: '2026-03-05T09:00:00.000Z', kind: 'alignment', ...overrides });
const score = (m: Meeting, person: UserRef, value: unknown, on = board) =>
  giveAlignmentScore(on, m, { userId: person.userId, raterKey: key(person.userId) }, { score: value }, NOW);

describe('the monthly alignment round', () => {
  it('keeps one score per person: a second score from the same person replaces the first', () => {
    const once = score(round(), ANNA, 2);
    const twice = score(once, ANNA, 5);
    expect(twice.alignmentRound.scores).toEqual([{ raterKey: key('anna'), score: 5 }]);
    expect(ownAlignmentScore(twice, key('anna'))).toBe(5);
    expect(ownAlignmentScore(twice, key('bo'))).toBeNull();
  });

  it('takes scores only from active ambassadors: not leaders, candidates, former ambassadors or employees', () => {
    const candidate = makeCandidate(programme, { userId: 'cand', displayName: 'Cand' }, NOW);
    const former = rawAmbassadorship({
      id: 'amb-old',
      person: { userId: 'old', displayName: 'Old' },
      term: { start: '2025-01-01', end: '2025-12-31' },
    });
    const withdrawn = rawAmbassadorship({
      id: 'amb-w',
      person: { userId: 'w', displayName: 'W' },
      state: 'withdrawn',
    });
    // A leader who also holds an ambassadorship steers the message: still no score.
    const leaderAlsoAmbassador = makeActive(programme, LEADER, new Date('2026-01-02T08:00:00Z'), {
      id: 'amb-l',
    });
    const wide = makeBoard(programme, {
      ambassadorships: [...actives, candidate, former, withdrawn, leaderAlsoAmbassador],
    });
    for (const person of [LEADER, EMPLOYEE, candidate.person, former.person, withdrawn.person]) {
      const m = round();
      expect(thrown(() => score(m, person, 4, wide)).code).toBe('ALIGNMENT_SCORE_NOT_AMBASSADOR');
      expect(m.alignmentRound.scores).toEqual([]);
    }
  });

  it('takes nothing in a closed programme, a cancelled, held or regular meeting', () => {
    const closed = closeProgramme(board, LEADER, NOW).programme;
    expect(thrown(() => score(round(), ANNA, 4, { ...board, programme: closed })).code).toBe(
      'PROGRAMME_CLOSED',
    );
    expect(thrown(() => score(round({ cancelledAt: NOW.toISOString() }), ANNA, 4)).code).toBe(
      'MEETING_CANCELLED',
    );
    expect(thrown(() => score(round({ kind: 'regular' }), ANNA, 4)).code).toBe('MEETING_NOT_ALIGNMENT');
    // Once marked held, the round's figure is the record.
    expect(thrown(() => score(round({ held: true }), ANNA, 4)).code).toBe('MEETING_ALREADY_HELD');
    expect(thrown(() => saveAlignmentDraft(closed, round(), { draft: 'x' }, NOW)).code).toBe(
      'PROGRAMME_CLOSED',
    );
  });

  it('refuses a score outside 1–5 naming the field in Danish and English', () => {
    for (const bad of [0, 6, 3.5, '4', null]) {
      const error = thrown(() => score(round(), ANNA, bad));
      expect(error.code).toBe('VALIDATION_FAILED');
      expect(error.fieldsIn('da').map((f) => f.label)).toEqual(['Afstemningsscore (1–5)']);
      expect(error.fieldsIn('en').map((f) => f.label)).toEqual(['Alignment score (1–5)']);
    }
  });

  it('shows the mean and distribution only from 5 different people; below it only how many so far', () => {
    const four = people.slice(0, 4).reduce((m, p, i) => score(m, p, i + 2), round());
    expect(alignmentAggregate(four, programme.settings)).toEqual({ aggregate: null, people: 4, minimum: 5 });
    const five = score(four, people[4]!, 5);
    expect(alignmentAggregate(five, programme.settings)).toEqual({
      aggregate: { mean: 3.8, distribution: [0, 1, 1, 1, 2], people: 5 },
      people: 5,
      minimum: 5,
    });
    // A raised threshold counts too.
    const stricter = { ...programme.settings, anonymityMinAnswers: 6, anonymityMinFreeText: 10 };
    expect(alignmentAggregate(five, stricter).aggregate).toBeNull();
  });

  it('publishes the draft as the next key message version and records it on the meeting, once', () => {
    const drafted = saveAlignmentDraft(programme, round(), { draft: '  We listen, then we act  ' }, NOW);
    expect(drafted.alignmentRound.draft).toBe('We listen, then we act');
    const first = publishAlignmentDraft(programme, drafted, LEADER, NOW);
    expect(currentKeyMessage(first.programme)).toMatchObject({ version: 2, text: 'We listen, then we act' });
    expect(first.programme.keyMessages).toHaveLength(2);
    expect(first.meeting.publishedKeyMessageVersion).toBe(2);
    const again = publishAlignmentDraft(first.programme, first.meeting, LEADER, NOW);
    expect(again.programme).toBe(first.programme);
    expect(again.meeting).toBe(first.meeting);
    expect(thrown(() => publishAlignmentDraft(programme, round(), LEADER, NOW)).code).toBe(
      'ALIGNMENT_NO_DRAFT',
    );
  });

  it('the board shows the round to leaders and ambassadors without any pseudonym, and a score only to its giver', () => {
    const scored = people
      .slice(0, 3)
      .reduce((m, p) => score(m, p, 4), round({ alignmentRound: { draft: 'Next', scores: [] } }));
    const plain = makeBoard(programme, { ambassadorships: actives, meetings: [scored] });
    const stored = {
      ...plain,
      programme: { ...plain.programme, etag: 'p' },
      ambassadorships: plain.ambassadorships.map((a) => ({ ...a, etag: a.id })),
      meetings: [{ ...scored, etag: 'm' }],
    } as ProgrammeBoard;
    const options = { alignmentRaterKey: (_p: string, _m: string, userId: string) => key(userId) };
    const leaderView = buildBoardView(stored, LEADER.userId, NOW, options);
    const annaView = buildBoardView(stored, ANNA.userId, NOW, options);
    const leaderRound = [...leaderView.meetings.upcoming, ...leaderView.meetings.recent][0]!.alignmentRound;
    const annaRound = [...annaView.meetings.upcoming, ...annaView.meetings.recent][0]!.alignmentRound;
    expect(leaderRound).toMatchObject({
      draft: 'Next',
      people: 3,
      aggregate: null,
      ownScore: null,
      canScore: false,
    });
    expect(annaRound).toMatchObject({ people: 3, aggregate: null, ownScore: 4, canScore: true });
    for (const view of [leaderView, annaView]) expect(JSON.stringify(view)).not.toContain('key-');
    expect(buildBoardView(stored, EMPLOYEE.userId, NOW, options).meetings.recent).toEqual([]);
  });
});
