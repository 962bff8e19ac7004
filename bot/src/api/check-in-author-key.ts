import { createHmac, randomBytes } from 'node:crypto';

/**
 * The pseudonymous author of a check-in: HMAC-SHA256 over (programme, ambassadorship) with a
 * server secret. Stable for one ambassadorship (so "how many different ambassadors answered"
 * can be counted) but not reversible by anyone who knows the ids — leaders do, so a plain hash
 * of the ids would name the author. The secret comes from the deployment's configuration; without
 * one, a per-process random secret keeps it unlinkable (keys then change on restart).
 */
export function createCheckInAuthorKey(
  secret: string | undefined,
): (programmeId: string, ambassadorshipId: string) => string {
  const key = secret && secret.length > 0 ? secret : randomBytes(32).toString('hex');
  return (programmeId, ambassadorshipId) =>
    createHmac('sha256', key).update(`${programmeId}\u0000${ambassadorshipId}`).digest('base64url');
}
