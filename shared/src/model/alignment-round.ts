import { z } from 'zod';

/** The most people one round keeps a score of (far above any ambassador programme). */
export const ALIGNMENT_ROUND_MAX_SCORES = 500;

/**
 * One alignment score as stored: the score and a keyed pseudonym of the person who gave it
 * (HMAC per programme, meeting and person, made on the server). The pseudonym lets a second score
 * replace the first and lets the gate count people; it is never shown, and it differs per
 * meeting, so rounds cannot be linked to each other or to check-ins.
 */
export const alignmentScoreSchema = z.object({
  raterKey: z.string().min(1).max(200),
  score: z.number().int().min(1).max(5),
});
export type AlignmentScore = z.infer<typeof alignmentScoreSchema>;

/**
 * The monthly alignment meeting's round: the draft of the next key message (leaders edit it
 * during the meeting) and the ambassadors' 1–5 scores of how well the messages fit what they
 * experience. Scores are kept in pseudonym order, so not even the stored order tells who came when.
 */
export const alignmentRoundSchema = z.object({
  draft: z.string().max(1000).default(''),
  scores: z.array(alignmentScoreSchema).max(ALIGNMENT_ROUND_MAX_SCORES).default([]),
});
export type AlignmentRound = z.infer<typeof alignmentRoundSchema>;

export const EMPTY_ALIGNMENT_ROUND: AlignmentRound = { draft: '', scores: [] };
