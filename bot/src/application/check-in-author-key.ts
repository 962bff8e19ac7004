import { createHmac, randomBytes } from 'node:crypto';

/** The pseudonym of a check-in's author, given the programme and the person's user id. */
export type CheckInAuthorKey = (programmeId: string, userId: string) => string;

/**
 * Without a configured secret every part of one process (REST, the bot's cards, storage) must
 * still agree on the pseudonyms, or one ambassador would count as two. Across a restart they do
 * not agree, which is why a deployment on real Cosmos must set CHECKIN_AUTHOR_SECRET (the
 * embedded store keeps its own next to the snapshot).
 */
const PROCESS_SECRET = randomBytes(32).toString('hex');

function keyOf(secret: string | undefined): string {
  return secret && secret.length > 0 ? secret : PROCESS_SECRET;
}

/**
 * The pseudonymous author of a check-in: HMAC-SHA256 over (programme, person) with a server
 * secret. It is per person, not per ambassadorship, so the anonymity thresholds count people even
 * across a second term; it is not reversible by anyone who knows the ids (leaders do, so a plain
 * hash of the ids would name the author). The secret comes from the deployment's configuration
 * (CHECKIN_AUTHOR_SECRET); without one, a per-process random secret keeps it unlinkable.
 */
export function createCheckInAuthorKey(secret: string | undefined): CheckInAuthorKey {
  const key = keyOf(secret);
  return (programmeId, userId) =>
    createHmac('sha256', key).update(`person\u0000${programmeId}\u0000${userId}`).digest('base64url');
}

/**
 * The key check-ins were written under before keys were per person (programme, ambassadorship):
 * only for recognising such stored check-ins, so they count as the same person as newer ones.
 */
export function createLegacyCheckInAuthorKey(
  secret: string | undefined,
): (programmeId: string, ambassadorshipId: string) => string {
  const key = keyOf(secret);
  return (programmeId, ambassadorshipId) =>
    createHmac('sha256', key).update(`${programmeId}\u0000${ambassadorshipId}`).digest('base64url');
}
