import type { Ambassadorship } from '../model/ambassadorship';
import type { TrainingModule } from '../model/programme';
import { DEFAULT_SETTINGS, type ProgrammeSettings } from '../model/settings';
import { DomainError } from '../errors/domain-error';
import { addDays, localDateOf, workingDayOnOrAfter } from './calendar';
import { assertOpen, assertTermRunning } from './ambassadorship-lifecycle';

/**
 * Step 4, "mindset": a real training path of modules. Completions are per ambassadorship and
 * idempotent (a double click in a card records once). With the programme's `timeZone`, nothing
 * can be completed once the term is over (AMBASSADORSHIP_CLOSED).
 */
export function completeModule(
  amb: Ambassadorship,
  moduleId: string,
  modules: readonly TrainingModule[],
  now: Date,
  timeZone?: string,
): Ambassadorship {
  if (timeZone === undefined) assertOpen(amb);
  else assertTermRunning(amb, now, timeZone);
  if (!modules.some((m) => m.id === moduleId)) throw new DomainError('TRAINING_MODULE_UNKNOWN', { moduleId });
  if (amb.training.some((c) => c.moduleId === moduleId)) return amb;
  const at = now.toISOString();
  return { ...amb, training: [...amb.training, { moduleId, completedAt: at }], updatedAt: at };
}

export interface TrainingProgress {
  done: number;
  total: number;
  openModules: TrainingModule[];
}

/** Progress against the programme's *current* modules (completions of removed modules don't count). */
export function trainingProgress(amb: Ambassadorship, modules: readonly TrainingModule[]): TrainingProgress {
  const completed = new Set(amb.training.map((c) => c.moduleId));
  const openModules = modules.filter((m) => !completed.has(m.id));
  return { done: modules.length - openModules.length, total: modules.length, openModules };
}

/**
 * The day a module falls due `dueWithinDays` after an activation day — or the next working day
 * when that is a weekend or a public holiday of the programme's country.
 */
export function trainingDueDay(
  activationDay: string,
  dueWithinDays: number,
  settings: Pick<ProgrammeSettings, 'workingHours' | 'country'> = DEFAULT_SETTINGS,
): string {
  return workingDayOnOrAfter(
    addDays(activationDay, dueWithinDays),
    settings.workingHours.days,
    settings.country,
  );
}

/** The local day a module is due (see trainingDueDay); null without an activation or a due period. */
export function moduleDueDate(
  amb: Ambassadorship,
  module: TrainingModule,
  timeZone: string,
  settings: Pick<ProgrammeSettings, 'workingHours' | 'country'> = DEFAULT_SETTINGS,
): string | null {
  if (!amb.activatedAt || module.dueWithinDays === null) return null;
  return trainingDueDay(localDateOf(new Date(amb.activatedAt), timeZone), module.dueWithinDays, settings);
}
