import {
  createCheckIn,
  feedbackOverview,
  isHidden,
  publishKeyMessage,
  recordDecision,
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

  it('creates an immutable check-in with expiry and the current key-message version', () => {
    const checkIn = createCheckIn({
      input,
      ambassadorship: anna,
      programme,
      authorKey: 'k1',
      id: 'ci-1',
      now,
    });
    expect(checkIn).toMatchObject({
      id: 'ci-1',
      programmeId: programme.id,
      ambassadorshipId: anna.id,
      authorKey: 'k1',
      alignment: 4,
      changeCourse: 'unsure',
      keyMessageVersion: 1,
      submittedAt: now.toISOString(),
      // term ends 31 Dec 2026 → 1 Jan 2027 00:00 CET + 12 months
      expiresAt: '2027-12-31T23:00:00.000Z',
    });
  });

  it('allows only active ambassadors', () => {
    const args = { input, programme, authorKey: 'k', id: 'x', now };
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
});

describe('decisions', () => {
  const programme = makeProgramme();
  const checkIns = [makeCheckIn({ id: 'ci-a', submittedAt: '2026-03-01T09:00:00.000Z' })];
  const foreign = makeCheckIn({
    id: 'ci-foreign',
    programmeId: 'prog-2',
    submittedAt: '2026-03-01T09:00:00.000Z',
  });
  const board = makeBoard(programme, { checkIns: [...checkIns, foreign] });
  const now = new Date('2026-03-05T09:00:00Z');
  const decisionInput = {
    outcome: 'changeCourse',
    theme: 'workload',
    checkInIds: ['ci-a'],
    explanation: 'Fewer meetings on Mondays',
  };

  it('links a decision to the programme’s feedback', () => {
    const decision = recordDecision({ board, input: decisionInput, by: LEADER, now, id: 'd-1' });
    expect(decision).toEqual({
      id: 'd-1',
      tenantId: programme.tenantId,
      programmeId: programme.id,
      type: 'decision',
      outcome: 'changeCourse',
      theme: 'workload',
      checkInIds: ['ci-a'],
      explanation: 'Fewer meetings on Mondays',
      by: LEADER,
      at: now.toISOString(),
    });
  });

  it('refuses feedback that is not in the programme and invalid input', () => {
    expect(
      thrown(() =>
        recordDecision({
          board,
          input: { ...decisionInput, checkInIds: ['ci-a', 'ci-foreign'] },
          by: LEADER,
          now,
          id: 'd',
        }),
      ),
    ).toEqual({
      code: 'FEEDBACK_NOT_FOUND',
      params: { ids: 'ci-foreign' },
    });
    expect(
      thrown(() =>
        recordDecision({ board, input: { ...decisionInput, checkInIds: [] }, by: LEADER, now, id: 'd' }),
      ).code,
    ).toBe('VALIDATION_FAILED');
    expect(
      thrown(() =>
        recordDecision({ board, input: { ...decisionInput, outcome: 'ignore' }, by: LEADER, now, id: 'd' }),
      ).code,
    ).toBe('VALIDATION_FAILED');
  });

  it('lists "you said, we did" newest first without check-in content', () => {
    const d1 = recordDecision({ board, input: decisionInput, by: LEADER, now, id: 'd-1' });
    const d2 = recordDecision({
      board,
      input: { ...decisionInput, outcome: 'explain', theme: 'meetings', explanation: 'Budget is fixed' },
      by: LEADER,
      now: new Date('2026-03-09T09:00:00Z'),
      id: 'd-2',
    });
    const list = youSaidWeDid({ ...board, decisions: [d1, d2] });
    expect(list.map((e) => [e.id, e.theme, e.outcome])).toEqual([
      ['d-2', 'meetings', 'explain'],
      ['d-1', 'workload', 'changeCourse'],
    ]);
    expect(JSON.stringify(list)).not.toContain('ci-a');
  });
});

describe('feedback overview (anonymity thresholds)', () => {
  const programme = makeProgramme({ startDate: '2026-01-01' });
  const now = new Date('2026-04-15T09:00:00Z');

  function checkInsIn(month: string, n: number, overrides: Partial<CheckIn> = {}): CheckIn[] {
    return Array.from({ length: n }, (_, i) =>
      makeCheckIn({
        submittedAt: `${month}-${String(10 + i).padStart(2, '0')}T09:00:00.000Z`,
        alignment: (i % 5) + 1,
        authorKey: `k-${i}`,
        ambassadorshipId: `amb-${i}`,
        challenges: `challenge ${month} ${i}`,
        situations: [{ theme: i % 2 === 0 ? 'workload' : 'Workload', description: `desc ${i}` }],
        changeCourse: i === 0 ? 'yes' : 'no',
        ...overrides,
      }),
    );
  }

  it('hides every aggregate below 5 check-ins', () => {
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

  it('shows aggregates from 5, free text only from 10', () => {
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
    if (!isHidden(ten.freeText)) {
      expect(ten.freeText.challenges).toHaveLength(10);
      expect(ten.freeText.challenges).toEqual(
        [...ten.freeText.challenges].sort((a, b) => a.localeCompare(b)),
      );
      expect(ten.freeText.progress).toEqual([]); // empty answers are left out
    }
  });

  it('never returns per-person data', () => {
    const overview = feedbackOverview(makeBoard(programme, { checkIns: checkInsIn('2026-03', 12) }), now);
    const json = JSON.stringify(overview);
    expect(json).not.toContain('authorKey');
    expect(json).not.toContain('k-1');
    expect(json).not.toContain('amb-');
    expect(json).not.toContain('ambassadorshipId');
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
      checkInIds: [checkIns[0]!.id],
      explanation: 'Explained',
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
});
