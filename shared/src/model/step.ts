import { z } from 'zod';
import { isoDateSchema, longTextSchema, stampSchema, userRefSchema } from './common';
import { undoneActSchema } from './undo';

export const STEP_STATUSES = ['notStarted', 'inProgress', 'done'] as const;
export const stepStatusSchema = z.enum(STEP_STATUSES);
export type StepStatus = z.infer<typeof stepStatusSchema>;

/**
 * What every one of the five steps has besides its own content. The status itself is derived
 * from the content (rules/step-status.ts); `override` lets a leader set it anyway, with a note
 * saying why, which the board shows next to the derived value.
 */
export const stepMetaSchema = z.object({
  owner: userRefSchema.nullable().default(null),
  dueDate: isoDateSchema.nullable().default(null),
  notes: longTextSchema.default(''),
  override: z
    .object({ status: stepStatusSchema, note: z.string().trim().min(1).max(1000) })
    .and(stampSchema)
    .nullable()
    .default(null),
  /**
   * The override the current one replaced (null: none), so its author can undo it shortly after
   * and the step goes back to exactly what it showed before (rules/undo.ts).
   */
  previousOverride: z
    .object({ status: stepStatusSchema, note: z.string().trim().min(1).max(1000) })
    .and(stampSchema)
    .nullable()
    .optional(),
  /** Overrides that were undone, oldest first: the step's history keeps them. */
  undone: z.array(undoneActSchema).optional(),
});
export type StepMeta = z.infer<typeof stepMetaSchema>;
