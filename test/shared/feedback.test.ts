import fc from 'fast-check';
import {
  anonymityThresholds,
  checkInExpiry,
  checkInPrivacy,
  checkInRetentionUpdates,
  createCheckIn,
  decisionInputSchema,
  distinctAuthors,
  feedbackMonthId,
  feedbackMonthsToKeep,
  feedbackOverview,
  isHidden,
  programmeSettingsSchema,
  publishKeyMessage,
  recordDecision,
  setAnonymityThresholds,
  themeMentions,
  visibleCheckInCount,
  withdraw,
  youSaidWeDid,
  type CheckIn,
  type Decision,
} from '@ambassadors/shared';
import {
  ANNA,
  BO,
  LEADER,
  makeActive,
  makeBoard,
  makeCandidate,
  makeCheckIn,
  makeProgramme,
  thrown,
} from './fixtures';

const input = {
  progress: 'Two team dialogues',
  challenges: 'Time pressure',
  successes: 'People spoke up',
  situations: [{ theme: 'workload', description: 'A tense Monday meeting' }],
  alignment: 4,
  changeCourse: 'unsure',
  changeCourseSuggestion: '',
};
const UUID = '0b7f3c3e-5d7a-4f7e-9a51-3a8f0f6f2c11';
const UUID_2 = '9d4c1a2b-6e5f-4a3b-8c7d-1e2f3a4b5c6d';

describe('check-ins', () => {
  const programme = publishKeyMessage(
    makeProgramme(),
    'We speak up early',
    LEADER,
    new Date('2026-01-15T09:00:00Z'),
  );
  const at = new Date('2026-02-01T09:00:00Z');
  const anna = makeActive(programme, ANNA, at, { term: { start: '2026-02-01', end: '2026-12-31' } });
  const now = new Date('2026-03-10T09:00:00Z');
  const base = { input, ambassadorship: anna, programme, authorKey: 'k1', previous: [] as CheckIn[] };

  it('creates an immutable check-in with expiry and the current key-message version, and nothing that names the person', () => {
    const checkIn = createCheckIn({ ...base, id: UUID, now });
    expect(checkIn).toMatchObject({
      id: UUID,
      programmeId: programme.id,
      authorKey: 'k1',
      alignment: 4,
      changeCourse: 'unsure',
      keyMessageVersion: 1,
      submittedAt: now.toISOString(),
      // term ends 31 Dec 2026 → 1 Jan 2027 00:00 CET + 12 months
      expiresAt: '2027-12-31T23:00:00.000Z',
    });
    expect(Object.keys(checkIn)).not.toContain('ambassadorshipId');
    expect(JSON.stringify(checkIn)).not.toContain(anna.id);
    expect(JSON.stringify(checkIn)).not.toContain(ANNA.userId);
  });

  it('takes only random ids (a UUID), never one computed from the card or the person', () => {
    expect(thrown(() => createCheckIn({ ...base, id: 'ci-hash-of-card-and-user', now })).code).toBe(
      'VALIDATION_FAILED',
    );
  });

  it('allows only active ambassadors', () => {
    const args = { ...base, id: UUID, now };
    expect(
      thrown(() => createCheckIn({ ...args, ambassadorship: makeCandidate(programme, BO, at) })).code,
    ).toBe('CHECK_IN_NOT_ALLOWED');
    expect(
      thrown(() => createCheckIn({ ...args, ambassadorship: withdraw(anna, 'x', LEADER, at) })).code,
    ).toBe('CHECK_IN_NOT_ALLOWED');
    expect(
      thrown(() => createCheckIn({ ...args, now: new Date('2027-01-05T09:00:00Z'), ambassadorship: anna }))
        .code,
    ).toBe('CHECK_IN_NOT_ALLOWED');
    expect(
      thrown(() => createCheckIn({ ...args, ambassadorship: { ...anna, programmeId: 'other' } })).code,
    ).toBe('CHECK_IN_NOT_ALLOWED');
    expect(
      thrown(() => createCheckIn({ ...args, ambassadorship: anna, input: { ...input, alignment: 9 } })).code,
    ).toBe('VALIDATION_FAILED');
  });

  it('refuses a second check-in by the same author within checkInIntervalDays, saying from which day', () => {
    const first = createCheckIn({ ...base, id: UUID, now });
    const later = new Date('2026-03-23T15:00:00Z'); // 13 days later
    expect(thrown(() => createCheckIn({ ...base, previous: [first], id: UUID_2, now: later }))).toEqual({
      code: 'CHECK_IN_TOO_SOON',
      params: { date: '2026-03-24', days: 14 },
    });
    // another author is not held back by it
    expect(
      createCheckIn({ ...base, authorKey: 'k2', previous: [first], id: UUID_2, now: later }).authorKey,
    ).toBe('k2');
    // from the start of that local day, the next one is welcome
    const next = createCheckIn({
      ...base,
      previous: [first],
      id: UUID_2,
      now: new Date('2026-03-23T23:00:00Z'), // 24 March 00:00 in Copenhagen
    });
    expect(next.submittedAt).toBe('2026-03-23T23:00:00.000Z');
  });

  it('tells the ambassador when their answers become visible, to whom, and when they are deleted', () => {
    expect(checkInPrivacy(programme, anna)).toEqual({
      visibleTo: 'leaders',
      minimumAnswers: 5,
      minimumFreeText: 10,
      retentionMonthsAfterTerm: 12,
      deletedBy: '2027-12-31T23:00:00.000Z',
      intervalDays: 14,
    });
  });
});

describe('retention of check-ins', () => {
  const programme = makeProgramme();
  const at = new Date('2026-02-01T09:00:00Z');
  const anna = makeActive(programme, ANNA, at, { term: { start: '2026-02-01', end: '2026-12-31' } });
  const bo = makeActive(programme, BO, at, { term: { start: '2026-02-01', end: '2026-12-31' } });
  const keys: Record<string, string> = { [anna.id]: 'key-anna', [bo.id]: 'key-bo' };
  const keyOf = (amb: { id: string }) => keys[amb.id]!;
  const planned = checkInExpiry(anna, programme).toISOString();
  const annas = makeCheckIn({
    submittedAt: '2026-03-01T09:00:00.000Z',
    authorKey: 'key-anna',
    expiresAt: planned,
  });
  const bos = makeCheckIn({
    submittedAt: '2026-03-02T09:00:00.000Z',
    authorKey: 'key-bo',
    expiresAt: planned,
  });

  it('counts from the actual end of the term: a withdrawal brings the expiry forward', () => {
    const withdrawn = withdraw(anna, 'Moved on', LEADER, new Date('2026-04-15T10:00:00Z'));
    // withdrawn 15 April 2026 → deleted 15 April 2027 (12 months later)
    expect(checkInExpiry(withdrawn, programme).toISOString()).toBe('2027-04-15T10:00:00.000Z');
    const board = makeBoard(programme, { ambassadorships: [withdrawn, bo], checkIns: [annas, bos] });
    const updates = checkInRetentionUpdates(board, keyOf);
    expect(updates).toEqual([{ ...annas, expiresAt: '2027-04-15T10:00:00.000Z' }]);
  });

  it('an earlier end of the term brings it forward; nothing ever pushes an expiry later', () => {
    const shorter = { ...anna, term: { start: '2026-02-01', end: '2026-06-30' } };
    const board = makeBoard(programme, { ambassadorships: [shorter, bo], checkIns: [annas, bos] });
    expect(checkInRetentionUpdates(board, keyOf).map((c) => [c.id, c.expiresAt])).toEqual([
      [annas.id, '2027-06-30T22:00:00.000Z'],
    ]);
    const longer = { ...anna, term: { start: '2026-02-01', end: '2027-06-30' } };
    expect(
      checkInRetentionUpdates(makeBoard(programme, { ambassadorships: [longer], checkIns: [annas] }), keyOf),
    ).toEqual([]);
  });

  it('only touches the check-ins written during that ambassadorship', () => {
    const withdrawn = withdraw(anna, 'Moved on', LEADER, new Date('2026-04-15T10:00:00Z'));
    const beforeTerm = { ...annas, id: 'ci-before', submittedAt: '2026-01-10T09:00:00.000Z' };
    const board = makeBoard(programme, { ambassadorships: [withdrawn], checkIns: [beforeTerm] });
    expect(checkInRetentionUpdates(board, keyOf)).toEqual([]);
  });
});

describe('decisions', () => {
  const programme = makeProgramme();
  const now = new Date('2026-03-05T09:00:00Z');
  const decisionInput = {
    outcome: 'changeCourse',
    theme: 'workload',
    explanation: 'Fewer meetings on Mondays',
  };
  const mentioning = (n: number, theme: string) =>
    Array.from({ length: n }, (_, i) =>
      makeCheckIn({
        submittedAt: '2026-03-01T09:00:00.000Z',
        authorKey: `k-${i}`,
        situations: [{ theme, description: '' }],
      }),
    );

  it('answers a theme, never check-ins by id', () => {
    const board = makeBoard(programme, { checkIns: mentioning(1, 'workload') });
    const decision = recordDecision({ board, input: decisionInput, by: LEADER, now, id: 'd-1' });
    expect(decision).toEqual({
      id: 'd-1',
      tenantId: programme.tenantId,
      programmeId: programme.id,
      type: 'decision',
      outcome: 'changeCourse',
      theme: 'workload',
      explanation: 'Fewer meetings on Mondays',
      openSituationId: null,
      by: LEADER,
      at: now.toISOString(),
    });
    const withIds = { ...decisionInput, checkInIds: [board.checkIns[0]!.id] };
    expect(decisionInputSchema.safeParse(withIds).success).toBe(false);
    expect(thrown(() => recordDecision({ board, input: withIds, by: LEADER, now, id: 'd' })).code).toBe(
      'VALIDATION_FAILED',
    );
  });

  it('answers the same whether no check-in, a hidden few or none at all mention the theme', () => {
    const outcomes = [[], mentioning(1, 'workload'), mentioning(4, 'Workload'), mentioning(3, 'other')].map(
      (checkIns) => {
        const board = makeBoard(programme, { checkIns });
        const decision = recordDecision({ board, input: decisionInput, by: LEADER, now, id: 'd-1' });
        const entry = youSaidWeDid({ ...board, decisions: [decision] }, now);
        return { decision, entry };
      },
    );
    for (const o of outcomes) expect(o).toEqual(outcomes[0]);
    expect(outcomes[0]!.entry[0]).not.toHaveProperty('checkInCount');
  });

  it('says how many check-ins a decision answers only when that count is visible', () => {
    const five = makeBoard(programme, { checkIns: mentioning(5, 'workload') });
    expect(themeMentions(five, 'WORKLOAD', now)).toBe(5);
    const decision = recordDecision({ board: five, input: decisionInput, by: LEADER, now, id: 'd-1' });
    expect(youSaidWeDid({ ...five, decisions: [decision] }, now)[0]).toMatchObject({ checkInCount: 5 });
    // five check-ins by one author stay hidden
    const one = makeBoard(programme, {
      checkIns: mentioning(5, 'workload').map((c) => ({ ...c, authorKey: 'same' })),
    });
    expect(isHidden(themeMentions(one, 'workload', now))).toBe(true);
  });

  it('refuses invalid input', () => {
    const board = makeBoard(programme);
    expect(
      thrown(() =>
        recordDecision({ board, input: { ...decisionInput, outcome: 'ignore' }, by: LEADER, now, id: 'd' }),
      ).code,
    ).toBe('VALIDATION_FAILED');
  });

  it('lists "you said, we did" newest first without check-in content', () => {
    const board = makeBoard(programme, { checkIns: mentioning(2, 'workload') });
    const d1 = recordDecision({ board, input: decisionInput, by: LEADER, now, id: 'd-1' });
    const d2 = recordDecision({
      board,
      input: { ...decisionInput, outcome: 'explain', theme: 'meetings', explanation: 'Budget is fixed' },
      by: LEADER,
      now: new Date('2026-03-09T09:00:00Z'),
      id: 'd-2',
    });
    const list = youSaidWeDid({ ...board, decisions: [d1, d2] }, now);
    expect(list.map((e) => [e.id, e.theme, e.outcome])).toEqual([
      ['d-2', 'meetings', 'explain'],
      ['d-1', 'workload', 'changeCourse'],
    ]);
    expect(JSON.stringify(list)).not.toContain(board.checkIns[0]!.id);
  });
});

describe('anonymity thresholds count people', () => {
  const programme = makeProgramme({ startDate: '2026-01-01' });
  const now = new Date('2026-04-15T09:00:00Z');

  function checkInsIn(month: string, n: number, overrides: Partial<CheckIn> = {}): CheckIn[] {
    return Array.from({ length: n }, (_, i) =>
      makeCheckIn({
        submittedAt: `${month}-${String(10 + i).padStart(2, '0')}T09:00:00.000Z`,
        alignment: (i % 5) + 1,
        authorKey: `k-${i}`,
        challenges: `challenge ${month} ${i}`,
        situations: [{ theme: i % 2 === 0 ? 'workload' : 'Workload', description: `desc ${i}` }],
        changeCourse: i === 0 ? 'yes' : 'no',
        ...overrides,
      }),
    );
  }

  it('may be raised by leaders, never lowered below 5 answers and 10 free texts', () => {
    expect(anonymityThresholds(programmeSettingsSchema.parse({}))).toEqual({
      minimumAnswers: 5,
      minimumFreeText: 10,
    });
    expect(
      anonymityThresholds(
        programmeSettingsSchema.parse({ anonymityMinAnswers: 12, anonymityMinFreeText: 10 }),
      ),
    ).toEqual({ minimumAnswers: 12, minimumFreeText: 12 });
    const low = programmeSettingsSchema.safeParse({ anonymityMinAnswers: 4, anonymityMinFreeText: 9 });
    expect(low.success).toBe(false);
    const messages = low.error!.issues.map((i) => i.message).join(' ');
    expect(messages).toContain('at least 5');
    expect(messages).toContain('at least 10');
    // a stored value below the floor (written before the bound) still never lowers the gate
    expect(
      anonymityThresholds({ ...programme.settings, anonymityMinAnswers: 2, anonymityMinFreeText: 3 }),
    ).toEqual({ minimumAnswers: 5, minimumFreeText: 10 });
  });

  it('one ambassador sending five check-ins opens nothing', () => {
    const flood = checkInsIn('2026-03', 5, { authorKey: 'same' });
    const overview = feedbackOverview(makeBoard(programme, { checkIns: flood }), now);
    expect(distinctAuthors(flood)).toBe(1);
    expect(isHidden(overview.checkIns)).toBe(true);
    expect(isHidden(overview.alignmentAverage)).toBe(true);
    expect(isHidden(overview.themes)).toBe(true);
    expect(isHidden(overview.changeCourse)).toBe(true);
    expect(overview.months.every((m) => isHidden(m.checkIns) && isHidden(m.alignmentAverage))).toBe(true);
  });

  it("a colleague's nine empty check-ins never expose another ambassador's text", () => {
    const empty = checkInsIn('2026-03', 9, {
      authorKey: 'colleague',
      challenges: '',
      situations: [],
    });
    const victim = makeCheckIn({
      submittedAt: '2026-03-28T09:00:00.000Z',
      authorKey: 'victim',
      challenges: 'My manager shouted at me',
    });
    const overview = feedbackOverview(makeBoard(programme, { checkIns: [...empty, victim] }), now);
    expect(overview.freeText).toEqual({ hidden: true, reason: 'belowThreshold', minimum: 10 });
    expect(JSON.stringify(overview)).not.toContain('shouted');
  });

  it('hides every aggregate below 5 people', () => {
    const overview = feedbackOverview(makeBoard(programme, { checkIns: checkInsIn('2026-03', 4) }), now);
    const hidden = { hidden: true, reason: 'belowThreshold', minimum: 5 };
    expect(overview.checkIns).toEqual(hidden);
    expect(overview.alignmentAverage).toEqual(hidden);
    expect(overview.themes).toEqual(hidden);
    expect(overview.changeCourse).toEqual(hidden);
    expect(overview.freeText).toEqual({ hidden: true, reason: 'belowThreshold', minimum: 10 });
    expect(overview.months.map((m) => m.month)).toEqual(['2026-01', '2026-02', '2026-03', '2026-04']);
    expect(overview.months.every((m) => isHidden(m.checkIns) && isHidden(m.alignmentAverage))).toBe(true);
  });

  it('shows aggregates from 5 people, free text only from 10', () => {
    const five = feedbackOverview(makeBoard(programme, { checkIns: checkInsIn('2026-03', 5) }), now);
    expect(five.checkIns).toBe(5);
    expect(five.alignmentAverage).toBe(3);
    expect(five.changeCourse).toEqual({ yes: 1, no: 4, unsure: 0 });
    expect(five.themes).toEqual([{ theme: 'workload', count: 5, answered: false }]);
    expect(isHidden(five.freeText)).toBe(true);
    const nine = feedbackOverview(makeBoard(programme, { checkIns: checkInsIn('2026-03', 9) }), now);
    expect(nine.freeText).toEqual({ hidden: true, reason: 'belowThreshold', minimum: 10 });
    const ten = feedbackOverview(makeBoard(programme, { checkIns: checkInsIn('2026-03', 10) }), now);
    expect(isHidden(ten.freeText)).toBe(false);
    const text = ten.freeText as Exclude<typeof ten.freeText, { hidden: true }>;
    expect(text.challenges).toHaveLength(10);
    expect(text.challenges).toEqual([...text.challenges].sort((a, b) => a.localeCompare(b)));
    expect(text.progress).toEqual([]); // empty answers are left out
  });

  it('counts a figure visible only when enough people stand behind it', () => {
    const four = checkInsIn('2026-03', 4);
    expect(visibleCheckInCount(four, programme.settings)).toBeNull();
    expect(visibleCheckInCount([...four, ...four], programme.settings)).toBeNull();
    expect(visibleCheckInCount(checkInsIn('2026-03', 5), programme.settings)).toBe(5);
  });

  it('never returns per-person data', () => {
    const overview = feedbackOverview(makeBoard(programme, { checkIns: checkInsIn('2026-03', 12) }), now);
    const json = JSON.stringify(overview);
    expect(json).not.toContain('authorKey');
    expect(json).not.toContain('k-1');
  });

  it('averages per month with a trend, hiding thin months and rare themes', () => {
    const checkIns = [
      ...checkInsIn('2026-02', 5, { alignment: 2 }),
      ...checkInsIn('2026-03', 6, { alignment: 4 }),
      ...checkInsIn('2026-04', 3, { alignment: 5, situations: [{ theme: 'rare', description: '' }] }),
    ];
    const decision: Decision = {
      id: 'd-1',
      tenantId: programme.tenantId,
      programmeId: programme.id,
      type: 'decision',
      outcome: 'keepCourse',
      theme: 'WORKLOAD',
      explanation: 'Explained',
      openSituationId: null,
      by: LEADER,
      at: '2026-03-20T09:00:00.000Z',
    };
    const overview = feedbackOverview(makeBoard(programme, { checkIns, decisions: [decision] }), now);
    expect(overview.months).toEqual([
      {
        month: '2026-01',
        checkIns: expect.objectContaining({ hidden: true }),
        alignmentAverage: expect.objectContaining({ hidden: true }),
        trend: null,
      },
      {
        month: '2026-02',
        checkIns: 5,
        alignmentAverage: 2,
        trend: expect.objectContaining({ hidden: true }),
      },
      { month: '2026-03', checkIns: 6, alignmentAverage: 4, trend: 2 },
      {
        month: '2026-04',
        checkIns: expect.objectContaining({ hidden: true }),
        alignmentAverage: expect.objectContaining({ hidden: true }),
        trend: expect.objectContaining({ hidden: true }),
      },
    ]);
    expect(overview.checkIns).toBe(14);
    expect(overview.themes).toEqual([{ theme: 'workload', count: 11, answered: true }]);
  });

  it('leaves expired check-ins out', () => {
    const checkIns = checkInsIn('2026-03', 5).map((c, i) =>
      i === 0 ? { ...c, expiresAt: '2026-04-01T00:00:00.000Z' } : c,
    );
    expect(isHidden(feedbackOverview(makeBoard(programme, { checkIns }), now).checkIns)).toBe(true);
  });

  it('law: for any check-ins by any authors, no figure or text shows from fewer people than its threshold', () => {
    const checkInArb = fc.record({
      author: fc.integer({ min: 0, max: 14 }),
      day: fc.integer({ min: 0, max: 100 }),
      alignment: fc.integer({ min: 1, max: 5 }),
      changeCourse: fc.constantFrom('yes' as const, 'no' as const, 'unsure' as const),
      theme: fc.constantFrom('workload', 'Workload ', 'meetings', 'rare', ''),
      text: fc.constantFrom('', 'something'),
    });
    fc.assert(
      fc.property(
        fc.array(checkInArb, { maxLength: 60 }),
        fc.integer({ min: 5, max: 8 }),
        fc.integer({ min: 10, max: 14 }),
        (items, minAnswers, minFreeText) => {
          const p = makeProgramme({
            startDate: '2026-01-01',
            settings: { anonymityMinAnswers: minAnswers, anonymityMinFreeText: minFreeText },
          });
          const checkIns = items.map((it) =>
            makeCheckIn({
              submittedAt: new Date(Date.parse('2026-01-01T09:00:00Z') + it.day * 86_400_000).toISOString(),
              authorKey: `author-${it.author}`,
              alignment: it.alignment,
              changeCourse: it.changeCourse,
              progress: it.text,
              situations: it.theme ? [{ theme: it.theme, description: it.text }] : [],
            }),
          );
          const at = new Date('2026-04-15T09:00:00Z');
          const o = feedbackOverview(makeBoard(p, { checkIns }), at);
          const people = (list: CheckIn[]) => new Set(list.map((c) => c.authorKey)).size;
          const total = people(checkIns);
          for (const figure of [o.checkIns, o.alignmentAverage, o.changeCourse, o.themes]) {
            if (!isHidden(figure)) expect(total).toBeGreaterThanOrEqual(minAnswers);
          }
          if (!isHidden(o.freeText)) expect(total).toBeGreaterThanOrEqual(minFreeText);
          for (const m of o.months) {
            const inMonth = people(checkIns.filter((c) => c.submittedAt.startsWith(m.month)));
            for (const figure of [m.checkIns, m.alignmentAverage, m.trend]) {
              if (figure !== null && !isHidden(figure)) expect(inMonth).toBeGreaterThanOrEqual(minAnswers);
            }
          }
          if (!isHidden(o.themes)) {
            for (const t of o.themes) {
              const naming = checkIns.filter((c) =>
                c.situations.some((s) => s.theme.trim().toLowerCase() === t.theme.toLowerCase()),
              );
              expect(people(naming)).toBeGreaterThanOrEqual(minAnswers);
            }
          }
          const decision = recordDecision({
            board: makeBoard(p, { checkIns }),
            input: { outcome: 'explain', theme: 'workload', explanation: 'x' },
            by: LEADER,
            now: at,
            id: 'd-1',
          });
          const [entry] = youSaidWeDid(makeBoard(p, { checkIns, decisions: [decision] }), at);
          if (entry?.checkInCount !== undefined) {
            const naming = checkIns.filter((c) =>
              c.situations.some((s) => s.theme.trim().toLowerCase() === 'workload'),
            );
            expect(people(naming)).toBeGreaterThanOrEqual(minAnswers);
          }
          const count = visibleCheckInCount(checkIns, p.settings);
          if (count !== null) expect(total).toBeGreaterThanOrEqual(minAnswers);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('figures kept for the programme’s life', () => {
  const programme = makeProgramme({ startDate: '2026-01-01' });
  const now = new Date('2026-04-15T09:00:00Z');
  const inMonth = (month: string, people: number, alignment = 4) =>
    Array.from({ length: people }, (_, i) =>
      makeCheckIn({
        submittedAt: `${month}-1${i}T09:00:00.000Z`,
        authorKey: `k-${i}`,
        alignment,
        challenges: 'private words',
        situations: [{ theme: 'Workload', description: 'a situation' }],
      }),
    );

  it('keeps the numbers of months that are over and were visible — never text, never a hidden month', () => {
    const board = makeBoard(programme, {
      checkIns: [...inMonth('2026-02', 5, 2), ...inMonth('2026-03', 4), ...inMonth('2026-04', 6)],
    });
    const kept = feedbackMonthsToKeep(board, now);
    expect(kept).toEqual([
      {
        id: feedbackMonthId(programme.id, '2026-02'),
        tenantId: programme.tenantId,
        programmeId: programme.id,
        type: 'feedbackMonth',
        month: '2026-02',
        checkIns: 5,
        alignmentAverage: 2,
        recordedAt: now.toISOString(),
      },
    ]);
    expect(JSON.stringify(kept)).not.toMatch(/private|situation|Workload|k-0/);
    // once kept, it is not kept again
    expect(feedbackMonthsToKeep({ ...board, feedbackMonths: kept }, now)).toEqual([]);
  });

  it('shows a kept month after its check-ins have expired; totals still count only live ones', () => {
    const february = inMonth('2026-02', 5, 2);
    const kept = feedbackMonthsToKeep(makeBoard(programme, { checkIns: february }), now);
    const expired = february.map((c) => ({ ...c, expiresAt: '2026-04-01T00:00:00.000Z' }));
    const overview = feedbackOverview(makeBoard(programme, { checkIns: expired, feedbackMonths: kept }), now);
    expect(overview.months.find((m) => m.month === '2026-02')).toMatchObject({
      checkIns: 5,
      alignmentAverage: 2,
    });
    expect(isHidden(overview.checkIns)).toBe(true);
    expect(isHidden(overview.freeText)).toBe(true);
  });
});

describe('leaders set the anonymity thresholds', () => {
  const programme = makeProgramme();
  const now = new Date('2026-03-01T09:00:00Z');

  it('may raise them', () => {
    const raised = setAnonymityThresholds(
      programme,
      { anonymityMinAnswers: 8, anonymityMinFreeText: 15 },
      now,
    );
    expect(raised.settings).toMatchObject({ anonymityMinAnswers: 8, anonymityMinFreeText: 15 });
    expect(raised.updatedAt).toBe(now.toISOString());
    expect(raised.settings.retentionMonthsAfterTerm).toBe(programme.settings.retentionMonthsAfterTerm);
  });

  it('never lowers them below 5 answers and 10 free texts, with a clear error and nothing changed', () => {
    const error = thrown(() =>
      setAnonymityThresholds(programme, { anonymityMinAnswers: 3, anonymityMinFreeText: 10 }, now),
    );
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.fieldsIn('en')).toEqual([
      expect.objectContaining({
        path: 'anonymityMinAnswers',
        message: expect.stringContaining('at least 5'),
      }),
    ]);
    const freeText = thrown(() =>
      setAnonymityThresholds(programme, { anonymityMinAnswers: 5, anonymityMinFreeText: 9 }, now),
    );
    expect(freeText.fieldsIn('en')).toEqual([
      expect.objectContaining({
        path: 'anonymityMinFreeText',
        message: expect.stringContaining('at least 10'),
      }),
    ]);
    expect(programme.settings).toMatchObject({ anonymityMinAnswers: 5, anonymityMinFreeText: 10 });
  });
});
