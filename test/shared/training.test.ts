import {
  completeModule,
  moduleDueDate,
  trainingModuleSchema,
  trainingProgress,
  withdraw,
} from '@ambassadors/shared';
import { ANNA, LEADER, makeActive, makeProgramme, thrown } from './fixtures';

describe('training', () => {
  const modules = [
    trainingModuleSchema.parse({ id: 'm1', title: 'Why ambassadors', dueWithinDays: 14 }),
    trainingModuleSchema.parse({ id: 'm2', title: 'Hard conversations' }),
  ];
  const programme = makeProgramme({ steps: { training: { modules } } });
  const at = new Date('2026-02-01T09:00:00Z');
  const amb = makeActive(programme, ANNA, at);

  const plan = (list: typeof modules) => ({ modules: list, sessions: [] });
  const progress = (done: number, total: number, openModules: typeof modules) => ({
    done,
    total,
    complete: done === total,
    openModules,
    openSessions: [],
  });

  it('completes modules idempotently and reports progress with the open ones', () => {
    expect(trainingProgress(amb, plan(modules))).toEqual(progress(0, 2, modules));
    const once = completeModule(amb, 'm1', modules, new Date('2026-02-05T09:00:00Z'));
    expect(completeModule(once, 'm1', modules, new Date('2026-02-06T09:00:00Z'))).toBe(once);
    expect(once.training).toEqual([{ moduleId: 'm1', completedAt: '2026-02-05T09:00:00.000Z' }]);
    expect(trainingProgress(once, plan(modules))).toEqual(progress(1, 2, [modules[1]!]));
    expect(amb.training).toEqual([]);
  });

  it('ignores completions of removed modules and rejects unknown ones', () => {
    const done = completeModule(amb, 'm1', modules, at);
    expect(trainingProgress(done, plan([modules[1]!]))).toEqual(progress(0, 1, [modules[1]!]));
    expect(thrown(() => completeModule(amb, 'nope', modules, at)).code).toBe('TRAINING_MODULE_UNKNOWN');
    expect(thrown(() => completeModule(withdraw(amb, 'x', LEADER, at), 'm1', modules, at)).code).toBe(
      'AMBASSADORSHIP_CLOSED',
    );
  });

  it('dates a module dueWithinDays after activation, in the programme zone', () => {
    // 15 February 2026 is a Sunday: due the next working day.
    expect(moduleDueDate(amb, modules[0]!, 'Europe/Copenhagen')).toBe('2026-02-16');
    expect(moduleDueDate(amb, modules[1]!, 'Europe/Copenhagen')).toBeNull();
  });
});
