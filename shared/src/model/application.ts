import { z } from 'zod';
import { idSchema, isoDateTimeSchema, stampSchema, userRefSchema } from './common';

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
    .object({ outcome: selectionOutcomeSchema, reason: z.string().trim().min(1).max(2000) })
    .and(stampSchema)
    .nullable()
    .default(null),
});
export type Application = z.infer<typeof applicationSchema>;
