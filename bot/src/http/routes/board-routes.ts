import { programmeRoute } from './api-route';
import { boardResult } from './board-writes';

/**
 * The board: everything the tab shows for one programme, cut to the caller's role. The
 * programme's own URL answers with the same view, so no route hands a role more than it may see.
 */
export const boardRoutes = [
  programmeRoute({
    method: 'get',
    path: '/api/v1/programmes/:id',
    summary: "The programme with its five steps, as the caller's role may see it (same as …/board)",
    action: 'programme:view',
    response: 'BoardView',
    status: 200,
    handler: async (scope) => boardResult(scope, scope.board, 200),
  }),
  programmeRoute({
    method: 'get',
    path: '/api/v1/programmes/:id/board',
    summary: "The programme's board as the caller's role may see it",
    action: 'programme:view',
    response: 'BoardView',
    status: 200,
    handler: async (scope) => boardResult(scope, scope.board, 200),
  }),
];
