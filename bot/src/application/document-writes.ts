import {
  DomainError,
  type BoardDocument,
  type Programme,
  type ProgrammeBoard,
  type ProgrammeStore,
  type Stored,
  type TenantContext,
} from '@ambassadors/shared';

/**
 * Writes of the tab's API, with optimistic concurrency: an update names the version it builds
 * on (If-Match, else the version just loaded), and the store replaces only that version. Either
 * way a concurrent change ends in 409 CONFLICT with nothing written, never a lost update.
 * Every write answers with the whole board as the caller now sees it, so the tab re-renders from
 * one consistent state instead of patching its own copy.
 */
/** What a write needs: the caller's tenant, the board it read and the version it builds on. */
export interface WriteScope {
  ctx: TenantContext;
  board: ProgrammeBoard;
  /** The If-Match header without quotes, when sent. */
  ifMatch: string | undefined;
}
/** The store is all a write needs of the server, so the bot's card actions write the same way. */
export interface WriteDeps {
  store: ProgrammeStore;
}

/** Rules return updated copies of stored documents; the old ETag must not travel into the store. */
function withoutEtag<T extends object>(doc: T): T {
  const { etag: _etag, ...rest } = doc as T & { etag?: string };
  return rest as T;
}

function assertVersion(scope: WriteScope, current: { etag: string }): void {
  if (scope.ifMatch !== undefined && scope.ifMatch !== current.etag) throw new DomainError('CONFLICT');
}

const COLLECTIONS = {
  ambassadorship: 'ambassadorships',
  application: 'applications',
  meeting: 'meetings',
  checkIn: 'checkIns',
  decision: 'decisions',
  feedbackMonth: 'feedbackMonths',
  openSituation: 'openSituations',
} as const satisfies Record<BoardDocument['type'], keyof ProgrammeBoard>;

/** The board with one document put in place (added or replaced by id). */
function withDocument(board: ProgrammeBoard, doc: Stored<BoardDocument>): ProgrammeBoard {
  const key = COLLECTIONS[doc.type];
  const list = (board[key] ?? []) as Stored<BoardDocument>[];
  const next = list.some((d) => d.id === doc.id)
    ? list.map((d) => (d.id === doc.id ? doc : d))
    : [...list, doc];
  return { ...board, [key]: next };
}

export async function saveProgramme(
  deps: WriteDeps,
  scope: WriteScope,
  next: Programme,
): Promise<ProgrammeBoard> {
  const current = scope.board.programme;
  assertVersion(scope, current);
  const stored = await deps.store.replaceProgramme(scope.ctx, withoutEtag(next), current.etag);
  return { ...scope.board, programme: stored };
}

export async function saveDocument<D extends BoardDocument>(
  deps: WriteDeps,
  scope: WriteScope,
  current: Stored<D>,
  next: D,
): Promise<{ board: ProgrammeBoard; stored: Stored<D> }> {
  assertVersion(scope, current);
  const stored = await deps.store.replaceDocument(scope.ctx, withoutEtag(next), current.etag);
  return { board: withDocument(scope.board, stored as Stored<BoardDocument>), stored };
}

export async function createDocument<D extends BoardDocument>(
  deps: WriteDeps,
  scope: WriteScope,
  doc: D,
): Promise<{ board: ProgrammeBoard; stored: Stored<D> }> {
  const stored = await deps.store.createDocument(scope.ctx, withoutEtag(doc));
  return { board: withDocument(scope.board, stored as Stored<BoardDocument>), stored };
}

/** A document of this programme by id, or 404 (ids of other programmes or tenants are never found). */
export function findIn<T extends { id: string }>(items: readonly T[], id: string | undefined): T {
  const item = items.find((candidate) => candidate.id === id);
  if (!item) throw new DomainError('NOT_FOUND');
  return item;
}
