import {
  addTrainingSession,
  buildManagementReport,
  planReminders,
  describeSteps,
  ambassadorshipSchema,
  changeTrainingSession,
  completeModule,
  errorMessage,
  programmeSchema,
  recordSessionAttendance,
  removeTrainingSession,
  sessionLocalStart,
  trainingCompletion,
  trainingModuleSchema,
  trainingSessionInputSchema,
  type ErrorParams,
  type Programme,
} from '@ambassadors/shared';
import { ANNA, LEADER, makeActive, makeBoard, makeProgramme, thrown } from './fixtures';

const session = (over: Record<string, unknown> = {}) =>
  trainingSessionInputSchema.parse({
    title: 'Kick-off',
    date: '2026-03-02',
    time: '09:00',
    place: 'Room 4',
    ...over,
  });

describe('training as a course', () => {
  const at = new Date('2026-02-01T09:00:00Z');
  const base = makeProgramme({
    steps: {
      training: {
        modules: [
          trainingModuleSchema.parse({ id: 'm1', title: 'Role' }),
          trainingModuleSchema.parse({ id: 'm2', title: 'Extra reading', required: false }),
        ],
      },
    },
  });
  const programme: Programme = addTrainingSession(base, session(), 's1', at);
  const amb = makeActive(programme, ANNA, at);
  const afterSession = new Date('2026-03-02T10:00:00Z');

  it('loads a programme and an ambassadorship stored before sessions existed unchanged', () => {
    const stored = JSON.parse(JSON.stringify(base)) as Record<string, any>;
    delete stored.steps.training.sessions;
    for (const m of stored.steps.training.modules) {
      delete m.required;
      delete m.addedAt;
    }
    const loaded = programmeSchema.parse(stored);
    expect(loaded.steps.training.sessions).toEqual([]);
    expect(loaded.steps.training.modules.map((m) => [m.required, m.addedAt])).toEqual([
      [true, null],
      [true, null],
    ]);
    const rawAmb = JSON.parse(JSON.stringify(amb)) as Record<string, unknown>;
    delete rawAmb.sessionAttendance;
    expect(ambassadorshipSchema.parse(rawAmb).sessionAttendance).toEqual([]);
  });

  it('stores the session at its local time in the programme zone and reads it back the same', () => {
    const s = programme.steps.training.sessions[0]!;
    expect(s.startsAt).toBe('2026-03-02T08:00:00.000Z');
    expect(sessionLocalStart(s, 'Europe/Copenhagen')).toEqual({ date: '2026-03-02', time: '09:00' });
    expect(s.addedAt).toBe(at.toISOString());
  });

  it('is complete when every required item is done; optional items never block', () => {
    const plan = programme.steps.training;
    expect(trainingCompletion(amb, plan)).toMatchObject({
      complete: false,
      requiredDone: 0,
      requiredTotal: 2,
    });
    const ticked = completeModule(amb, 'm1', plan.modules, new Date('2026-02-03T09:00:00Z'));
    expect(trainingCompletion(ticked, plan)).toMatchObject({
      complete: false,
      requiredDone: 1,
      requiredTotal: 2,
    });
    const attended = recordSessionAttendance(ticked, programme, 's1', true, LEADER, afterSession);
    expect(trainingCompletion(attended, plan)).toMatchObject({
      complete: true,
      requiredDone: 2,
      requiredTotal: 2,
      completedAt: '2026-03-02T08:00:00.000Z',
      open: [],
    });
    // Recorded as absent: the session is not done.
    const absent = recordSessionAttendance(ticked, programme, 's1', false, LEADER, afterSession);
    expect(trainingCompletion(absent, plan).open.map((i) => i.id)).toEqual(['s1']);
  });

  it('keeps completion when a required item is added after the ambassador completed, not before', () => {
    const ticked = completeModule(
      amb,
      'm1',
      programme.steps.training.modules,
      new Date('2026-02-03T09:00:00Z'),
    );
    const done = recordSessionAttendance(ticked, programme, 's1', true, LEADER, afterSession);
    const later = addTrainingSession(
      programme,
      session({ title: 'Follow-up', date: '2026-04-01' }),
      's2',
      afterSession,
    );
    expect(trainingCompletion(done, later.steps.training)).toMatchObject({
      complete: true,
      requiredTotal: 2,
    });
    // Someone who had not finished when it was added must attend it too.
    expect(trainingCompletion(ticked, later.steps.training)).toMatchObject({
      complete: false,
      requiredDone: 1,
      requiredTotal: 3,
    });
  });

  it('records attendance only once the session has started, and only once per answer', () => {
    const before = new Date('2026-03-02T07:59:00Z');
    const error = thrown(() => recordSessionAttendance(amb, programme, 's1', true, LEADER, before));
    expect(error.code).toBe('TRAINING_SESSION_NOT_STARTED');
    expect(errorMessage('TRAINING_SESSION_NOT_STARTED', 'da', error.params as ErrorParams)).toContain(
      '2. marts 2026 kl. 09.00',
    );
    const once = recordSessionAttendance(amb, programme, 's1', true, LEADER, afterSession);
    expect(recordSessionAttendance(once, programme, 's1', true, LEADER, afterSession)).toBe(once);
    expect(
      thrown(() => recordSessionAttendance(amb, programme, 'nope', true, LEADER, afterSession)).code,
    ).toBe('TRAINING_SESSION_UNKNOWN');
  });

  it('refuses a session with neither a place nor a link, and a link that is not https', () => {
    const error = thrown(() => addTrainingSession(base, session({ place: '' }), 's9', at));
    expect(error.code).toBe('TRAINING_SESSION_WHERE_MISSING');
    expect(errorMessage('TRAINING_SESSION_WHERE_MISSING', 'da')).toContain('"Sted"');
    expect(errorMessage('TRAINING_SESSION_WHERE_MISSING', 'en')).toContain('"Link to join online"');
    expect(
      trainingSessionInputSchema.safeParse({ ...session(), onlineUrl: 'http://x.example' }).success,
    ).toBe(false);
    const online = addTrainingSession(
      base,
      session({ place: '', onlineUrl: 'https://teams.example/j' }),
      's9',
      at,
    );
    expect(online.steps.training.sessions[0]!.onlineUrl).toBe('https://teams.example/j');
  });

  it('changes and removes a session, keeping its id and when it was added', () => {
    const moved = changeTrainingSession(programme, 's1', { date: '2026-03-03', time: '13:30' }, afterSession);
    expect(moved.steps.training.sessions[0]).toMatchObject({
      id: 's1',
      startsAt: '2026-03-03T12:30:00.000Z',
      addedAt: at.toISOString(),
      place: 'Room 4',
    });
    expect(thrown(() => changeTrainingSession(programme, 's1', { place: '' }, at)).code).toBe(
      'TRAINING_SESSION_WHERE_MISSING',
    );
    expect(removeTrainingSession(programme, 's1', at).steps.training.sessions).toEqual([]);
    expect(thrown(() => removeTrainingSession(programme, 'nope', at)).code).toBe('TRAINING_SESSION_UNKNOWN');
  });

  it('the step status and the management report count training by the same rule', () => {
    const ticked = completeModule(
      amb,
      'm1',
      programme.steps.training.modules,
      new Date('2026-02-03T09:00:00Z'),
    );
    const open = makeBoard(programme, { ambassadorships: [ticked] });
    const training = (b: typeof open) => describeSteps(b, afterSession).find((s) => s.key === 'training')!;
    expect(training(open)).toMatchObject({
      progress: { done: 1, total: 2 },
      missing: ['trainingIncomplete'],
    });
    const report = (b: typeof open) =>
      buildManagementReport(b, 'en', afterSession).steps.find((s) => s.key === 'training')!;
    expect(report(open).progress).toBe('1/2');
    const attended = recordSessionAttendance(ticked, programme, 's1', true, LEADER, afterSession);
    const done = makeBoard(programme, { ambassadorships: [attended] });
    expect(training(done)).toMatchObject({ status: 'done', progress: { done: 2, total: 2 } });
    expect(report(done)).toMatchObject({ progress: '2/2', status: 'Done' });
  });

  it('announces a session the day before at its local time to the ambassadors whose attendance is not recorded', () => {
    const board = makeBoard(programme, { ambassadorships: [amb] });
    const window = { from: new Date('2026-02-28T00:00:00Z'), to: new Date('2026-03-03T00:00:00Z') };
    const sessions = planReminders(board, window).filter((r) => r.kind === 'trainingSession');
    expect(sessions.map((r) => [r.dueAt, r.recipients.map((p) => p.userId), r.data])).toEqual([
      [
        '2026-03-01T08:00:00.000Z',
        [ANNA.userId],
        expect.objectContaining({ sessionId: 's1', title: 'Kick-off', place: 'Room 4', required: true }),
      ],
    ]);
    const recorded = recordSessionAttendance(amb, programme, 's1', false, LEADER, afterSession);
    const after = makeBoard(programme, { ambassadorships: [recorded] });
    expect(planReminders(after, window).filter((r) => r.kind === 'trainingSession')).toEqual([]);
  });
});
