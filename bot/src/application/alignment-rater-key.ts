import { createHmac, randomBytes } from 'node:crypto';
import type { AlignmentRaterKey } from '@ambassadors/shared/views/alignment-round-view';

/** Without a configured secret, every path of one process must still make the same pseudonyms. */
const PROCESS_SECRET = randomBytes(32).toString('hex');

const bySecret = new Map<string, AlignmentRaterKey>();

/**
 * The pseudonym of a person in one meeting's alignment round: HMAC-SHA256 over (programme,
 * meeting, person) with the check-ins' server secret (CHECKIN_AUTHOR_SECRET). Keyed, so leaders —
 * who know every id — cannot recompute it and read a score's author from the stored round; per
 * meeting, so one person's scores in different rounds (or their check-ins) cannot be linked. The
 * same secret gives the same function, so the routes and the live board agree.
 */
export function alignmentRaterKeyFor(secret: string | undefined): AlignmentRaterKey {
  const key = secret && secret.length > 0 ? secret : PROCESS_SECRET;
  let made = bySecret.get(key);
  if (!made) {
    made = (programmeId, meetingId, userId) =>
      createHmac('sha256', key)
        .update(`alignment\u0000${programmeId}\u0000${meetingId}\u0000${userId}`)
        .digest('base64url');
    bySecret.set(key, made);
  }
  return made;
}
