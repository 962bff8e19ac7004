import { z } from 'zod';
import { idSchema, stampSchema } from './common';

/**
 * A leaders' answer to feedback: change course, keep course, or explain. Linked to the
 * check-ins (or their theme) it answers, so ambassadors see "you said, we did".
 */
export const DECISION_OUTCOMES = ['changeCourse', 'keepCourse', 'explain'] as const;

export const decisionSchema = z
  .object({
    id: idSchema,
    tenantId: idSchema,
    programmeId: idSchema,
    type: z.literal('decision'),
    outcome: z.enum(DECISION_OUTCOMES),
    theme: z.string().trim().min(1).max(100),
    checkInIds: z.array(idSchema).min(1).max(500),
    explanation: z.string().trim().min(1).max(4000),
  })
  .and(stampSchema);
export type Decision = z.infer<typeof decisionSchema>;
