import type { Ambassadorship } from '../model/ambassadorship';
import type { TrainingModule } from '../model/programme';
import { DEFAULT_SETTINGS, type ProgrammeSettings } from '../model/settings';
import { DomainError } from '../errors/domain-error';
import { addDays, localDateOf, workingDayOnOrAfter } from './calendar';
import { assertOpen, assertTermRunning } from './ambassadorship-lifecycle';
import { trainingCompletion, type TrainingPlan } from './training-completion';

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
  /** Required items done, of those that count for this ambassador (see trainingCompletion). */
  done: number;
  total: number;
  complete: boolean;
  /** Required modules still open. */
  openModules: TrainingModule[];
  /** Required sessions not (yet) recorded as attended. */
  openSessions: string[];
}

/**
 * Progress against the programme's *current* course ("3 of 4 required"): the completion rule's
 * figures, with the open modules for the cards that link to them.
 */
export function trainingProgress(amb: Ambassadorship, plan: TrainingPlan): TrainingProgress {
  const completion = trainingCompletion(amb, plan);
  const openIds = new Set(completion.open.filter((i) => i.kind === 'module').map((i) => i.id));
  return {
    done: completion.requiredDone,
    total: completion.requiredTotal,
    complete: completion.complete,
    openModules: plan.modules.filter((m) => openIds.has(m.id)),
    openSessions: completion.open.filter((i) => i.kind === 'session').map((i) => i.id),
  };
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
