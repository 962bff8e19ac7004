/**
 * Time to live the way Cosmos DB defines it, for stores that have to honour it themselves (the
 * embedded SQLite store): the container's `defaultTtl` switches TTL on and gives the default,
 * a document's own `ttl` overrides it.
 * - container default absent/null: TTL is off, a document's `ttl` is ignored;
 * - container default `-1`: on, but nothing expires unless the document has a positive `ttl`;
 * - container default `n > 0`: everything expires `n` s after its last write, unless the
 *   document says otherwise (`ttl: -1` = never, `ttl: m > 0` = after `m` s).
 * A document `ttl` that is not a positive whole number or -1 is ignored (Cosmos rejects it).
 * Returns the expiry in epoch milliseconds, or null for "never".
 */
export function ttlExpiresAt(
  containerDefaultTtl: number | null | undefined,
  documentTtl: unknown,
  writtenAtMs: number,
): number | null {
  if (containerDefaultTtl === undefined || containerDefaultTtl === null) return null;
  const own = isValidTtl(documentTtl) ? documentTtl : undefined;
  const effective = own ?? containerDefaultTtl;
  if (effective === -1 || !(effective > 0)) return null;
  return writtenAtMs + effective * 1000;
}

function isValidTtl(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && (value === -1 || value > 0);
}
