import { z } from 'zod';
import { idSchema, stampSchema } from './common';

/**
 * A leaders' answer to feedback: change course, keep course, or explain. It answers a theme,
 * never check-ins by id: a link to single check-ins would let whoever knows an id confirm who
 * wrote it. Decisions stored with `checkInIds` load unchanged (zod drops the unknown key).
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
    explanation: z.string().trim().min(1).max(4000),
    /** The open situation this answers, null for a theme of the anonymous pulse. */
    openSituationId: idSchema.nullable().default(null),
  })
  .and(stampSchema);
export type Decision = z.infer<typeof decisionSchema>;
