import {
  closeProgramme,
  reopenProgramme,
  type ClosingResult,
  type ProgrammeBoard,
  type ProgrammeStore,
  type Stored,
} from '@ambassadors/shared';
import type { ActScope } from './act-scope';

function withoutEtag<T extends object>(doc: T): T {
  const { etag: _etag, ...rest } = doc as T & { etag?: string };
  return rest as T;
}

/**
 * Stores a close or a reopen: the programme document first, on the version the leader saw (its
 * ETag is the lock: a concurrent change ends in 409 with nothing written), then each
 * ambassadorship the rule changed, on the version just read. Returns the board as it now is.
 */
async function store(
  programmeStore: ProgrammeStore,
  scope: ActScope,
  result: ClosingResult,
): Promise<ProgrammeBoard> {
  const current = scope.board.programme;
  const etag = scope.ifMatch ?? current.etag;
  const programme = await programmeStore.replaceProgramme(scope.ctx, withoutEtag(result.programme), etag);
  const byId = new Map(scope.board.ambassadorships.map((a) => [a.id, a]));
  const written = new Map<string, Stored<ProgrammeBoard['ambassadorships'][number]>>();
  for (const next of result.ambassadorships) {
    const read = byId.get(next.id);
    if (!read) continue;
    written.set(next.id, await programmeStore.replaceDocument(scope.ctx, withoutEtag(next), read.etag));
  }
  return {
    ...scope.board,
    programme,
    ambassadorships: scope.board.ambassadorships.map((a) => written.get(a.id) ?? a),
  };
}

/** A leader closes the programme (shared `closeProgramme`); the route has checked the role. */
export function closeProgrammeAct(programmeStore: ProgrammeStore, scope: ActScope): Promise<ProgrammeBoard> {
  return store(programmeStore, scope, closeProgramme(scope.board, scope.ctx.user, scope.now));
}

/**
 * A leader reopens it (shared `reopenProgramme`) and the scheduler is told to look at it now,
 * since nothing was planned for it while it was closed.
 */
export async function reopenProgrammeAct(
  programmeStore: ProgrammeStore,
  scope: ActScope,
): Promise<ProgrammeBoard> {
  const board = await store(programmeStore, scope, reopenProgramme(scope.board, scope.ctx.user, scope.now));
  await programmeStore.setNextCheck(scope.ctx.tenantId, board.programme.id, scope.now);
  return board;
}
