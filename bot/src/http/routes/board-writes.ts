import { buildBoardView, type ProgrammeBoard } from '@ambassadors/shared';
import type { RouteResult } from '../route';
import type { ProgrammeScope } from './api-route';

/**
 * The board routes write through the application's document writes (optimistic concurrency,
 * one consistent board back) and answer with the caller's view of the board.
 */
export {
  createDocument,
  findIn,
  saveDocument,
  saveProgramme,
  type WriteDeps,
  type WriteScope,
} from '../../application/document-writes';

type Scope = ProgrammeScope<unknown>;

/** The answer of every board route: the caller's view of the (updated) board. */
export function boardResult(
  scope: Scope,
  board: ProgrammeBoard,
  status: 200 | 201,
  etag?: string,
): RouteResult {
  return {
    status,
    body: buildBoardView(board, scope.ctx.user.userId, scope.now, scope.viewOptions),
    etag: etag ?? board.programme.etag,
  };
}
