import { z } from 'zod';

/** Shorter queries match half the organisation; longer ones are no name. */
export const PEOPLE_QUERY_MIN_LENGTH = 2;
export const PEOPLE_QUERY_MAX_LENGTH = 100;

/**
 * `GET …/people?q=&page=`: the name to search for (trimmed, 2–100 characters) and, for the next
 * page, the opaque `nextPage` of the previous answer. Double quotes and backslashes are dropped:
 * they would end or escape Graph's quoted `$search` term, and no name needs them.
 */
export const peopleSearchQuerySchema = z.object({
  q: z
    .string()
    .transform((value) => value.replace(/["\\]/g, ' ').replace(/\s+/g, ' ').trim())
    .pipe(z.string().min(PEOPLE_QUERY_MIN_LENGTH).max(PEOPLE_QUERY_MAX_LENGTH)),
  page: z.string().min(1).max(4000).optional(),
});
export type PeopleSearchQuery = z.infer<typeof peopleSearchQuerySchema>;

function words(text: string): string[] {
  return text
    .toLocaleLowerCase('en')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * Whether a person matches a name search the way Microsoft Graph's `$search` on displayName and
 * mail does: every word of the query starts a word of the name or of the address, ignoring case
 * ("jo be" finds "Jonas Berg" and jonas.berg@…). The demo directory searches with it, so local
 * mode finds people as Teams does.
 */
export function matchesPeopleQuery(
  person: { displayName: string; mail?: string | null; upn?: string | null },
  query: string,
): boolean {
  const wanted = words(query);
  if (wanted.length === 0) return false;
  const fields = [person.displayName, person.mail ?? person.upn ?? ''].map(words);
  return fields.some((field) => wanted.every((w) => field.some((word) => word.startsWith(w))));
}
