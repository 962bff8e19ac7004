import {
  ambassadorTaskSchema,
  cadenceSchema,
  completeModule,
  describeSteps,
  postingSchema,
  proposeAgreementVersion,
  trainingModuleSchema,
  withdraw,
  type BoardData,
  type StepState,
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
  makeMeeting,
  makeProgramme,
} from './fixtures';

const byKey = (steps: StepState[]) => Object.fromEntries(steps.map((s) => [s.key, s]));

describe('step status', () => {
  const now = new Date('2026-03-20T10:00:00Z');
  const at = new Date('2026-02-01T09:00:00Z');
  const posting = postingSchema.parse({
    title: 'Ambassador',
    responsibilities: [],
    expectations: [],
    hoursPerMonth: 3,
    termMonths: 12,
    applicationDeadline: '2026-02-15',
  });
  const modules = [
    trainingModuleSchema.parse({ id: 'm1', title: 'Intro' }),
    trainingModuleSchema.parse({ id: 'm2', title: 'Dialogues' }),
  ];
  const cadence = cadenceSchema.parse({ kind: 'monthly', weekOfMonth: -1, weekday: 4, time: '10:00' });

  it('starts with five not-started steps and their missing codes', () => {
    const steps = describeSteps(makeBoard(makeProgramme()), now);
    expect(steps.map((s) => [s.key, s.status])).toEqual([
      ['taskPlan', 'notStarted'],
      ['posting', 'notStarted'],
      ['agreement', 'notStarted'],
      ['training', 'notStarted'],
      ['meetings', 'notStarted'],
    ]);
    const s = byKey(steps);
    expect(s.taskPlan!.missing).toEqual(['noTasks']);
    expect(s.posting!.missing).toEqual(['postingNotDrafted', 'noAmbassadorsSelected']);
    expect(s.agreement!.missing).toEqual(['noAmbassadorsSelected']);
    expect(s.training!.missing).toEqual(['noTrainingModules', 'noActiveAmbassadors']);
    expect(s.meetings!.missing).toEqual(['noCadence']);
  });

  it('derives progress through the card', () => {
    const programme = makeProgramme({
      steps: {
        taskPlan: {
          tasks: [
            ambassadorTaskSchema.parse({ id: 't1', title: 'Open the Monday meeting', hoursPerMonth: 1 }),
          ],
        },
        posting: { posting },
        training: { modules },
        meetings: { cadence },
      },
    });
    const anna = makeActive(programme, ANNA, at);
    const bo = proposeAgreementVersion(
      makeCandidate(programme, BO, at),
      TERMS,
      { start: '2026-02-01', end: '2027-01-31' },
      LEADER,
      at,
    );
    const board: BoardData = makeBoard(programme, { ambassadorships: [anna, bo] });
    const s = byKey(describeSteps(board, now));
    expect(s.taskPlan).toMatchObject({ status: 'done', missing: [], progress: { done: 1, total: 1 } });
    // Ambassadors are selected, but the posting was never published: step 2 is not done.
    expect(s.posting).toMatchObject({
      status: 'inProgress',
      missing: ['postingNotPublished'],
      progress: { done: 2, total: 3 },
    });
    const published = makeBoard(
      makeProgramme({
        steps: { posting: { posting: { ...posting, publishedAt: '2026-01-20T09:00:00.000Z' } } },
      }),
      { ambassadorships: [anna, bo] },
    );
    expect(byKey(describeSteps(published, now)).posting).toMatchObject({
      status: 'done',
      missing: [],
      progress: { done: 3, total: 3 },
    });
    expect(s.agreement).toMatchObject({
      status: 'inProgress',
      missing: ['agreementsPending'],
      progress: { done: 1, total: 2 },
    });
    expect(s.training).toMatchObject({
      status: 'inProgress',
      missing: ['trainingIncomplete'],
      progress: { done: 0, total: 2 },
    });
    expect(s.meetings).toMatchObject({ status: 'inProgress', missing: ['noMeetingHeldRecently'] });

    // Withdrawn people do not hold the agreement step back; completed modules finish training.
    const trained = completeModule(completeModule(anna, 'm1', modules, now), 'm2', modules, now);
    const held = makeMeeting({ id: 'm-feb', scheduledAt: '2026-02-26T09:00:00.000Z', held: true });
    const next = byKey(
      describeSteps(
        { ...board, ambassadorships: [trained, withdraw(bo, 'x', LEADER, now)], meetings: [held] },
        now,
      ),
    );
    expect(next.agreement).toMatchObject({ status: 'done', progress: { done: 1, total: 1 } });
    expect(next.training).toMatchObject({ status: 'done', progress: { done: 2, total: 2 } });
    expect(next.meetings).toMatchObject({ status: 'done', missing: [], progress: { done: 2, total: 2 } });
    // A month later the last meeting is too old.
    expect(
      byKey(
        describeSteps(
          { ...board, ambassadorships: [trained], meetings: [held] },
          new Date('2026-04-10T10:00:00Z'),
        ),
      ).meetings,
    ).toMatchObject({
      status: 'inProgress',
      missing: ['noMeetingHeldRecently'],
    });
  });

  it('requires a monthly alignment meeting with two ambassadors', () => {
    const programme = makeProgramme({ steps: { meetings: { cadence } } });
    const ambassadors = [makeActive(programme, ANNA, at), makeActive(programme, CARL, at)];
    const regular = makeMeeting({ id: 'r1', scheduledAt: '2026-03-10T09:00:00.000Z', held: true });
    const s = byKey(
      describeSteps(makeBoard(programme, { ambassadorships: ambassadors, meetings: [regular] }), now),
    );
    expect(s.meetings).toMatchObject({
      status: 'inProgress',
      missing: ['alignmentMeetingMissing'],
      progress: { done: 2, total: 3 },
    });
    const alignment = makeMeeting({
      id: 'a1',
      kind: 'alignment',
      scheduledAt: '2026-03-12T09:00:00.000Z',
      held: true,
    });
    const done = byKey(
      describeSteps(
        makeBoard(programme, { ambassadorships: ambassadors, meetings: [regular, alignment] }),
        now,
      ),
    );
    expect(done.meetings).toMatchObject({ status: 'done', progress: { done: 3, total: 3 } });
  });

  it('lets a leader override win while keeping the derived status, and flags overdue steps', () => {
    const override = {
      status: 'done' as const,
      note: 'Tasks agreed on paper',
      by: LEADER,
      at: '2026-02-01T09:00:00.000Z',
    };
    const programme = makeProgramme({
      steps: { taskPlan: { override }, posting: { dueDate: '2026-03-01' } },
    });
    const s = byKey(describeSteps(makeBoard(programme), now));
    expect(s.taskPlan).toMatchObject({
      status: 'done',
      derivedStatus: 'notStarted',
      override,
      missing: ['noTasks'],
      overdue: false,
    });
    expect(s.posting).toMatchObject({ status: 'notStarted', overdue: true, dueDate: '2026-03-01' });
    const back = makeProgramme({
      steps: { meetings: { cadence, override: { ...override, status: 'notStarted', note: 'Paused' } } },
    });
    expect(byKey(describeSteps(makeBoard(back), now)).meetings).toMatchObject({
      status: 'notStarted',
      derivedStatus: 'inProgress',
    });
  });
});
