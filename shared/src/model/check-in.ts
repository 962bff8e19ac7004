import { z } from 'zod';
import { idSchema, isoDateTimeSchema } from './common';

const feedbackText = z.string().trim().max(2000);

/**
 * What "should we change course?" starts at in every form (tab and bot card): "not sure", so
 * an ambassador who skips the question is not counted as a vote either way.
 */
export const CHANGE_COURSE_DEFAULT = 'unsure' as const;

/**
 * An ambassador's check-in (watch-out "get feedback along the way"). It is about situations and
 * themes, never named colleagues; free text may still touch on health, so it is kept for the
 * programme's retention period only (`expiresAt`, enforced by Cosmos TTL) and is immutable,
 * so an edit can never extend its life.
 */
export const checkInSchema = z.object({
  id: idSchema,
  tenantId: idSchema,
  programmeId: idSchema,
  type: z.literal('checkIn'),
  ambassadorshipId: idSchema,
  /** Hashed with the programme id, so leaders' views cannot list check-ins per person. */
  authorKey: z.string().min(1).max(100),
  progress: feedbackText.default(''),
  challenges: feedbackText.default(''),
  successes: feedbackText.default(''),
  situations: z
    .array(z.object({ theme: z.string().trim().min(1).max(100), description: feedbackText.default('') }))
    .max(10)
    .default([]),
  alignment: z.number().int().min(1).max(5),
  keyMessageVersion: z.number().int().min(1).nullable(),
  changeCourse: z.enum(['yes', 'no', 'unsure']),
  changeCourseSuggestion: feedbackText.default(''),
  submittedAt: isoDateTimeSchema,
  expiresAt: isoDateTimeSchema,
});
export type CheckIn = z.infer<typeof checkInSchema>;
