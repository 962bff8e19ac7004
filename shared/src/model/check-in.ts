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
 * so an edit can never extend its life (only a shorter term may bring `expiresAt` forward).
 *
 * Nothing in it names the person: the id is random and the only trace of the author is the
 * keyed pseudonym `authorKey`. Documents written before that rule still carry an
 * `ambassadorshipId`; reading strips it (zod drops unknown keys), so they load unchanged.
 */
export const checkInSchema = z.object({
  id: idSchema,
  tenantId: idSchema,
  programmeId: idSchema,
  type: z.literal('checkIn'),
  /**
   * Keyed pseudonym of the person in this programme (HMAC with a server secret), so thresholds
   * can count people without anyone who knows the ids being able to name the author.
   */
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
