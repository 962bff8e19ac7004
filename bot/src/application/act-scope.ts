import {
  DomainError,
  assertCan,
  assertProgrammeOpen,
  roleOf,
  type ProgrammeAction,
  type ProgrammeBoard,
  type ProgrammeRole,
  type ProgrammeStore,
  type Stored,
  type TenantContext,
} from '@ambassadors/shared';
import type { WriteDeps, WriteScope } from './document-writes';

/**
 * The application services: one function per act a person can do both in the tab (REST) and on
 * a bot card. The route and the card are only adapters — they turn an HTTP request or a card's
 * data into a call and the outcome into a board view or a card — so the two paths cannot drift
 * apart: the same permission check, the same validation, the same rule and the same write.
 */

/** Who acts, on which board as they loaded it, when, and on which version (If-Match). */
export interface ActScope extends WriteScope {
  ctx: TenantContext;
  board: ProgrammeBoard;
  now: Date;
  /** The ETag the caller builds on; undefined = the version just loaded. */
  ifMatch: string | undefined;
}

export type ActDeps = WriteDeps;

/** What an act leaves behind: the board as it now is and the document it wrote (or kept). */
export interface ActOutcome<D> {
  board: ProgrammeBoard;
  document: Stored<D>;
  /** False when the act was already done (idempotent acts answer without writing). */
  changed: boolean;
}

/**
 * The permission check every act makes first, with the caller's role derived from the board at
 * `now` (roles.ts): the REST route's `action` and the card's verb land in the same table.
 */
export function authorize(scope: ActScope, action: ProgrammeAction): ProgrammeRole {
  // Every act changes the programme, and a closed one is read-only (whichever path asks).
  assertProgrammeOpen(scope.board.programme);
  const role = roleOf(scope.board, scope.ctx.user.userId, scope.now);
  assertCan(role, action);
  return role;
}

/** The scope of an act arriving without a loaded board (a card action): NOT_FOUND outside the tenant. */
export async function loadActScope(
  store: ProgrammeStore,
  ctx: TenantContext,
  programmeId: string,
  now: Date,
): Promise<ActScope> {
  const board = await store.loadBoard(ctx, programmeId);
  if (!board) throw new DomainError('NOT_FOUND');
  return { ctx, board, now, ifMatch: undefined };
}
