import { z } from 'zod';
import { DateTime } from 'luxon';
import { LOCALES } from '../i18n/locale';

/** Ids are opaque, URL-safe and short: they become Cosmos document ids and URL segments. */
export const idSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9._:-]+$/, 'only letters, digits and . _ : -');

export const localeSchema = z.enum(LOCALES);

/** A calendar date without time ("2026-11-27"); terms and due dates are days, not instants. */
export const isoDateSchema = z.iso.date();
/** An instant in UTC with offset, as stored ("2026-11-27T09:00:00.000Z"). */
export const isoDateTimeSchema = z.iso.datetime({ offset: true });

/** Zones already found valid: every stored programme and meeting names one, read on each load. */
const KNOWN_ZONES = new Set<string>();

/**
 * Whether the IANA zone exists. Asking luxon builds a date in the zone (an Intl formatter and an
 * offset computation), which every board load repeated for the same one or two zones; a valid
 * answer never changes, so it is kept. An invalid name is asked again each time (it is rare,
 * and the set stays the size of the zones actually in use).
 */
export function isKnownTimeZone(zone: string): boolean {
  if (KNOWN_ZONES.has(zone)) return true;
  const valid = DateTime.local().setZone(zone).isValid;
  if (valid) KNOWN_ZONES.add(zone);
  return valid;
}

export const timeZoneSchema = z.string().min(1).max(64).refine(isKnownTimeZone, 'unknown IANA time zone');

/**
 * A person as the product knows them: the Entra object id (stable across renames) plus the
 * name to show. The id is enough to chat with them in Teams; a meeting invitation needs their
 * sign-in name (UPN), so a person chosen from the directory also carries it (`upn`).
 */
export const userRefSchema = z.object({
  userId: z.string().min(1).max(100),
  displayName: z.string().trim().min(1).max(200),
  upn: z
    .string()
    .trim()
    .max(254)
    .regex(/^[^\s@]+@[^\s@]+$/, 'a sign-in name such as name@example.com')
    .optional(),
});
export type UserRef = z.infer<typeof userRefSchema>;

export const shortTextSchema = z.string().trim().max(200);
export const longTextSchema = z.string().trim().max(4000);

/** Who did something and when: the audit stamp used for answers, acceptances and decisions. */
export const stampSchema = z.object({
  by: userRefSchema,
  at: isoDateTimeSchema,
});
export type Stamp = z.infer<typeof stampSchema>;

/** The caller of every repository operation: tenant and user from a verified token only. */
export interface TenantContext {
  tenantId: string;
  user: UserRef;
}
