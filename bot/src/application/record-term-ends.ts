import {
  DomainError,
  endTermsDue,
  type ProgrammeBoard,
  type ProgrammeStore,
  type Stored,
  type TenantContext,
} from '@ambassadors/shared';

/** Rules return copies of stored documents; the old ETag must not travel into the store. */
function withoutEtag<T extends object>(doc: T): T {
  const { etag: _etag, ...rest } = doc as T & { etag?: string };
  return rest as T;
}

/**
 * Writes the end of every term that is over (shared `endTermsDue`): the ambassadorship is
 * stored as ended on its end date. The scheduler calls this on its tick, and writes that depend
 * on it (a new selection of the same person) call it first. Each replace names the version it
 * read, so a concurrent change wins and this one is simply left for the next time (the rules
 * treat a term that is over as ended anyway). Returns the board with what was written.
 */
export async function recordTermEnds(
  store: ProgrammeStore,
  ctx: TenantContext,
  board: ProgrammeBoard,
  now: Date,
): Promise<ProgrammeBoard> {
  const due = endTermsDue(board, now);
  if (due.length === 0) return board;
  const written = new Map<string, Stored<ProgrammeBoard['ambassadorships'][number]>>();
  for (const next of due) {
    try {
      written.set(next.id, await store.replaceDocument(ctx, withoutEtag(next), next.etag));
    } catch (error) {
      if (!(error instanceof DomainError) || (error.code !== 'CONFLICT' && error.code !== 'NOT_FOUND')) {
        throw error;
      }
    }
  }
  return {
    ...board,
    ambassadorships: board.ambassadorships.map((amb) => written.get(amb.id) ?? amb),
  };
}
