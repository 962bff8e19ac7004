import { checkInSchema, newProgramme, programmeHealth } from '@ambassadors/shared';
import { BO, CARL, LEADER, PROGRAMME_ID, TENANT, makeBoard, rawAmbassadorship } from '../fixtures';
import { NOW, completeProgramme, onTrackBoard, trainedAmbassador } from './guidance-fixtures';

const fresh = () =>
  newProgramme({
    id: PROGRAMME_ID,
    tenantId: TENANT,
    name: 'Fresh',
    locale: 'en',
    owner: LEADER,
    now: NOW,
    timeZone: 'Europe/Copenhagen',
    startDate: '2026-03-20',
  });

describe('the health lines', () => {
  it('reads on track everywhere when the programme is', () => {
    const health = programmeHealth(onTrackBoard(), NOW, 'leader');
    expect(health.steps.map((s) => [s.step, s.state, s.reasons])).toEqual([
      ['taskPlan', 'onTrack', ['done']],
      ['posting', 'onTrack', ['done']],
      ['agreement', 'onTrack', ['done']],
      ['training', 'onTrack', ['done']],
      ['meetings', 'onTrack', ['done']],
    ]);
    expect(health.watchOuts.map((w) => [w.watchOut, w.state, w.reasons])).toEqual([
      ['limitPeriod', 'onTrack', ['termsWithinLimit']],
      ['alignMessages', 'onTrack', ['alignmentNotRequired']],
      ['feedback', 'onTrack', ['themesAnswered']],
    ]);
  });

  it('shows a fresh programme as not started, its watch-outs waiting for ambassadors', () => {
    const health = programmeHealth(makeBoard(fresh()), NOW, 'leader');
    expect(health.steps.every((s) => s.state === 'notStarted')).toBe(true);
    expect(health.steps[0]).toEqual({ step: 'taskPlan', state: 'notStarted', reasons: ['noTasks'] });
    expect(health.watchOuts.every((w) => w.state === 'notStarted' && w.reasons[0] === 'noAmbassadors')).toBe(
      true,
    );
  });

  it('needs attention when a step’s due date has passed, saying why', () => {
    const late = fresh();
    late.steps.taskPlan.dueDate = '2026-03-19';
    expect(programmeHealth(makeBoard(late), NOW, 'leader').steps[0]).toEqual({
      step: 'taskPlan',
      state: 'needsAttention',
      reasons: ['overdue', 'noTasks'],
    });
    // On the due day itself it is not late yet.
    late.steps.taskPlan.dueDate = '2026-03-20';
    expect(programmeHealth(makeBoard(late), NOW, 'leader').steps[0]!.state).toBe('notStarted');
  });

  it('needs attention when the monthly alignment meeting is overdue, with its date', () => {
    const programme = completeProgramme();
    const board = {
      ...onTrackBoard(programme),
      ambassadorships: [trainedAmbassador(programme), trainedAmbassador(programme, BO, 'amb-bo')],
    };
    const align = programmeHealth(board, NOW, 'leader').watchOuts.find(
      (w) => w.watchOut === 'alignMessages',
    )!;
    expect(align).toMatchObject({
      state: 'needsAttention',
      reasons: ['alignmentOverdue'],
      params: { date: '2026-03-02' },
    });
    const meetings = programmeHealth(board, NOW, 'leader').steps.find((s) => s.step === 'meetings')!;
    expect(meetings.state).toBe('needsAttention');
    expect(meetings.reasons).toContain('alignmentMeetingMissing');
  });

  it('needs attention for exits to plan and themes waiting, and tells only leaders', () => {
    const ending = rawAmbassadorship({
      id: 'amb-carl',
      person: CARL,
      term: { start: '2025-06-01', end: '2026-04-01' },
      activatedAt: '2025-06-01T08:00:00.000Z',
    });
    const checkIns = [1, 2, 3, 4, 5].map((n) =>
      checkInSchema.parse({
        id: `ci-${n}`,
        tenantId: TENANT,
        programmeId: PROGRAMME_ID,
        type: 'checkIn',
        authorKey: `author-${n}`,
        situations: [{ theme: 'Workload', description: '' }],
        alignment: 3,
        keyMessageVersion: 1,
        changeCourse: 'no',
        submittedAt: `2026-03-1${n}T09:00:00.000Z`,
        expiresAt: '2028-01-01T00:00:00.000Z',
      }),
    );
    const board = { ...onTrackBoard(), ambassadorships: [ending], checkIns };
    const leader = programmeHealth(board, NOW, 'leader').watchOuts;
    expect(leader.find((w) => w.watchOut === 'limitPeriod')).toMatchObject({
      state: 'needsAttention',
      reasons: ['exitsToPlan'],
      params: { exits: 1, debriefs: 0 },
    });
    expect(leader.find((w) => w.watchOut === 'feedback')).toMatchObject({
      state: 'needsAttention',
      reasons: ['themesWaiting'],
      params: { count: 1 },
    });
    for (const role of ['ambassador', 'employee'] as const) {
      expect(programmeHealth(board, NOW, role).watchOuts.map((w) => w.watchOut)).toEqual(['alignMessages']);
    }
  });
});
