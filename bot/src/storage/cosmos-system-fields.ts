/** Cosmos' own fields on every document: never shown to callers (`_etag` comes back as `etag`). */
export const COSMOS_SYSTEM_FIELDS = ['_rid', '_self', '_ts', '_attachments', '_etag'] as const;

/** A copy of a stored document without Cosmos' own fields. */
export function withoutSystemFields(doc: object): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...doc };
  for (const field of COSMOS_SYSTEM_FIELDS) delete copy[field];
  return copy;
}
