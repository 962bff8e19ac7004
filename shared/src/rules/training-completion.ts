import type { Ambassadorship } from '../model/ambassadorship';
import type { ProgrammeSteps } from '../model/programme';
import { hasSessionEnded } from './session-started';

/** What the completion rule needs of step 4: its modules and its sessions. */
export type TrainingPlan = Pick<ProgrammeSteps['training'], 'modules' | 'sessions'>;

/** One item of the course as it stands for one ambassador. */
export interface TrainingItemState {
  kind: 'session' | 'module';
  id: string;
  title: string;
  required: boolean;
  /** When the item was added (null: from the start). */
  addedAt: string | null;
  /**
   * When it was done: a module when the ambassador ticked it, a session when it started —
   * provided a leader recorded them as attended. Null while not done.
   */
  doneAt: string | null;
}

export interface TrainingCompletionState {
  /** Every required item that counts for this ambassador is done. */
  complete: boolean;
  /** The moment the last counting required item was done; null while open or when nothing is required. */
  completedAt: string | null;
  /** Required items that count for this ambassador, and how many of them are done. */
  requiredDone: number;
  requiredTotal: number;
  /** Required items still open, in course order (sessions by start, then modules). */
  open: TrainingItemState[];
}

const FROM_THE_START = Number.NEGATIVE_INFINITY;
const time = (iso: string | null): number => (iso === null ? FROM_THE_START : new Date(iso).getTime());

/** The course's items, sessions by start then modules in their order, as done or not by one ambassador. */
export function trainingItems(amb: Ambassadorship, plan: TrainingPlan): TrainingItemState[] {
  const ticked = new Map(amb.training.map((c) => [c.moduleId, c.completedAt]));
  const attended = new Map(amb.sessionAttendance.map((a) => [a.sessionId, a.attended]));
  const sessions = [...plan.sessions]
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
    .map((s): TrainingItemState => ({
      kind: 'session',
      id: s.id,
      title: s.title,
      required: s.required,
      addedAt: s.addedAt,
      doneAt: attended.get(s.id) === true ? s.startsAt : null,
    }));
  const modules = plan.modules.map((m): TrainingItemState => ({
    kind: 'module',
    id: m.id,
    title: m.title,
    required: m.required,
    addedAt: m.addedAt,
    doneAt: ticked.get(m.id) ?? null,
  }));
  return [...sessions, ...modules];
}

/**
 * The one completion rule of step 4, asked by the board, the guidance, the reminders and the
 * management report: an ambassador's training is complete when every REQUIRED item is done —
 * sessions recorded as attended, modules ticked. Optional items never block, and items of the
 * programme that were removed no longer count.
 *
 * Completion holds once reached: a required item added AFTER an ambassador completed (its
 * `addedAt` later than their `completedAt`) does not re-open their training — finishing the course
 * they were given is an achievement the board keeps, and nobody is suddenly nagged again. They
 * still see the new item and can do it; those who had not finished yet must do it too. Completion
 * is derived, never stored, so a corrected attendance (attended → not) re-opens it.
 *
 * Nothing required at all is complete (there is nothing to do); the step itself still asks the
 * leaders for a course (step-status).
 */
export function trainingCompletion(amb: Ambassadorship, plan: TrainingPlan): TrainingCompletionState {
  const items = trainingItems(amb, plan);
  const required = items.filter((i) => i.required);
  const doneTimes = [...new Set(required.filter((i) => i.doneAt !== null).map((i) => time(i.doneAt)))].sort(
    (a, b) => a - b,
  );
  // The earliest moment by which everything required and already added by then was done.
  const completedMs = doneTimes.find((t) =>
    required.every((i) => time(i.addedAt) > t || (i.doneAt !== null && time(i.doneAt) <= t)),
  );
  if (completedMs !== undefined) {
    const counted = required.filter((i) => time(i.addedAt) <= completedMs);
    return {
      complete: true,
      completedAt: new Date(completedMs).toISOString(),
      requiredDone: counted.length,
      requiredTotal: counted.length,
      open: [],
    };
  }
  const open = required.filter((i) => i.doneAt === null);
  return {
    complete: required.length === 0,
    completedAt: null,
    requiredDone: required.length - open.length,
    requiredTotal: required.length,
    open,
  };
}

/** Whether an ambassador's training is complete (see trainingCompletion). */
export function isTrainingComplete(amb: Ambassadorship, plan: TrainingPlan): boolean {
  return trainingCompletion(amb, plan).complete;
}

/** The next item an ambassador has to do (see nextTrainingItem). */
export interface NextTrainingItem {
  kind: 'session' | 'module';
  id: string;
  title: string;
}

/**
 * What is next in an ambassador's course while it is not complete: the earliest required session
 * still to come (not over yet, not recorded as attended), else the first required module not
 * ticked. A required session that is over without attendance is the leaders' to record, so it is
 * never "next" for the ambassador. Null once complete.
 */
export function nextTrainingItem(
  amb: Ambassadorship,
  plan: TrainingPlan,
  now: Date,
): NextTrainingItem | null {
  const completion = trainingCompletion(amb, plan);
  if (completion.complete) return null;
  const open = new Set(completion.open.map((i) => `${i.kind}:${i.id}`));
  const session = [...plan.sessions]
    .filter((s) => open.has(`session:${s.id}`) && !hasSessionEnded(s, now))
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0];
  if (session) return { kind: 'session', id: session.id, title: session.title };
  const module = plan.modules.find((m) => open.has(`module:${m.id}`));
  return module ? { kind: 'module', id: module.id, title: module.title } : null;
}
