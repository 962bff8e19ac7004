import { z } from 'zod';
import { idSchema, isoDateTimeSchema, userRefSchema } from './common';

/**
 * How an open situation reaches the leaders: `named` shows who raised it; `group` shows "the
 * ambassador group" and is allowed only once the group agreed to raise the theme at an alignment
 * meeting (`meetingId` names that meeting).
 */
export const OPEN_SITUATION_RAISED_AS = ['named', 'group'] as const;
export type OpenSituationRaisedAs = (typeof OPEN_SITUATION_RAISED_AS)[number];

/** A theme names the subject, never a colleague; the same bound as a check-in's theme. */
export const openSituationThemeSchema = z.string().trim().min(1).max(100);
/** The situation itself, as long as a check-in's situation may be. */
export const openSituationTextSchema = z.string().trim().min(1).max(2000);

/**
 * A situation an ambassador raises openly, beside the anonymous pulse: with four ambassadors the
 * pulse's thresholds (which count people) keep every figure hidden, so this is how feedback still
 * reaches the leaders in a small group. It is never a check-in and never counted in the anonymous
 * aggregates. It is about situations and themes, never named colleagues.
 *
 * Immutable once raised, like a check-in, so an edit cannot extend `expiresAt` (Cosmos TTL).
 * A `group` situation stores nobody: the leaders read "the ambassador group", and an erasure of
 * the ambassador who filed it has nothing to remove. Leaders answer it with a decision
 * (`decision.openSituationId`), which is what "you said, we did" shows.
 */
export const openSituationSchema = z.object({
  id: idSchema,
  tenantId: idSchema,
  programmeId: idSchema,
  type: z.literal('openSituation'),
  raisedAs: z.enum(OPEN_SITUATION_RAISED_AS),
  /** Who raised it (`named`), null for the group. */
  raisedBy: userRefSchema.nullable(),
  /** The alignment meeting at which the group agreed to raise it (`group`), null when named. */
  meetingId: idSchema.nullable(),
  theme: openSituationThemeSchema,
  situation: openSituationTextSchema,
  raisedAt: isoDateTimeSchema,
  expiresAt: isoDateTimeSchema,
});
export type OpenSituation = z.infer<typeof openSituationSchema>;
