import { z } from 'zod';
import { isoDateTimeSchema, userRefSchema } from './common';

/** The acts a person may take back shortly after (rules/undo.ts says when). */
export const UNDOABLE_ACTS = [
  'decision',
  'applicationWithdrawal',
  'stepOverride',
  'ambassadorWithdrawal',
] as const;
export const undoableActSchema = z.enum(UNDOABLE_ACTS);
export type UndoableAct = z.infer<typeof undoableActSchema>;

/**
 * An act that was taken back, kept where the act was recorded (the application, the step, the
 * ambassadorship), so the history shows both: what was done, by whom and when, and who undid it,
 * when and why. `what` is the act's outcome ('selected', 'declined', 'withdrawn', or the step
 * status that was set); `note` the act's own reason or note, when it had one.
 */
export const undoneActSchema = z.object({
  act: undoableActSchema,
  what: z.string().min(1).max(40),
  note: z.string().max(2000).nullable(),
  by: userRefSchema,
  at: isoDateTimeSchema,
  undoneBy: userRefSchema,
  undoneAt: isoDateTimeSchema,
  /** Why it was undone, if the person said. */
  reason: z.string().max(1000).nullable(),
});
export type UndoneAct = z.infer<typeof undoneActSchema>;
