import { z } from 'zod';
import { idSchema, isoDateTimeSchema, stampSchema, userRefSchema } from './common';
import { undoneActSchema } from './undo';

/** The message an applicant reads about the decision. */
export const applicantMessageSchema = z.string().trim().min(1).max(2000);

export const selectionOutcomeSchema = z.enum(['selected', 'declined']);

/** An employee's application to the posting, and the leaders' decision on it with a reason. */
export const applicationSchema = z.object({
  id: idSchema,
  tenantId: idSchema,
  programmeId: idSchema,
  type: z.literal('application'),
  applicant: userRefSchema,
  motivation: z.string().trim().min(1).max(4000),
  invited: z.boolean(),
  submittedAt: isoDateTimeSchema,
  decision: z
    .object({
      outcome: selectionOutcomeSchema,
      /**
       * The leaders' internal note: why. Never on the applicant's board or cards; their data
       * export holds it as the leaders' internal note (it is personal data about them).
       */
      reason: z.string().trim().min(1).max(2000),
      /**
       * What the applicant is told. Absent: the kind default in the reader's language
       * (`applicantMessageOf`), so an old decision never falls back to the internal note.
       */
      applicantMessage: applicantMessageSchema.optional(),
    })
    .and(stampSchema)
    .nullable()
    .default(null),
  /** Set when the applicant withdrew the application before a decision. */
  withdrawnAt: isoDateTimeSchema.nullable().optional(),
  /**
   * Earlier rounds of the same person's application (declined or withdrawn), oldest first: a
   * new round replaces the live application but keeps what happened before.
   */
  earlier: z
    .array(
      z.object({
        motivation: z.string(),
        submittedAt: isoDateTimeSchema,
        outcome: z.enum(['declined', 'withdrawn']),
        at: isoDateTimeSchema,
      }),
    )
    .optional(),
  /** Decisions and withdrawals of this round that were undone (rules/undo.ts), oldest first. */
  undone: z.array(undoneActSchema).optional(),
});
export type Application = z.infer<typeof applicationSchema>;
