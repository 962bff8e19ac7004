import { randomUUID } from 'node:crypto';
import {
  addTrainingSession,
  changeTrainingSession,
  recordSessionAttendance,
  removeTrainingSession,
  sessionAttendanceBodySchema,
  trainingSessionBodySchema,
  trainingSessionUpdateBodySchema,
} from '@ambassadors/shared';
import { programmeRoute } from './api-route';
import { boardResult, findIn, saveDocument, saveProgramme } from './board-writes';

/**
 * Step 4 sessions: leaders add, change and remove them (If-Match: programme) and record who
 * attended (If-Match: the ambassadorship), only once a session has started. Ambassadors tick
 * their own modules through the ambassador routes.
 */
export const trainingRoutes = [
  programmeRoute({
    method: 'post',
    path: '/api/v1/programmes/:id/training/sessions',
    summary: "Add a training session: day and time in the programme's zone, a place or an https link",
    action: 'training:edit',
    ifMatch: 'required',
    body: trainingSessionBodySchema,
    response: 'BoardView',
    status: 201,
    handler: async (scope, deps) => {
      const next = addTrainingSession(scope.board.programme, scope.body, randomUUID(), scope.now);
      return boardResult(scope, await saveProgramme(deps, scope, next), 201);
    },
  }),
  programmeRoute({
    method: 'patch',
    path: '/api/v1/programmes/:id/training/sessions/:sessionId',
    summary: 'Change a training session (only the fields sent; day and time together)',
    action: 'training:edit',
    ifMatch: 'required',
    body: trainingSessionUpdateBodySchema,
    response: 'BoardView',
    status: 200,
    handler: async (scope, deps) => {
      const next = changeTrainingSession(
        scope.board.programme,
        scope.params.sessionId ?? '',
        scope.body,
        scope.now,
      );
      return boardResult(scope, await saveProgramme(deps, scope, next), 200);
    },
  }),
  programmeRoute({
    method: 'del',
    path: '/api/v1/programmes/:id/training/sessions/:sessionId',
    summary: 'Remove a training session (attendance recorded for it no longer counts)',
    action: 'training:edit',
    ifMatch: 'required',
    response: 'BoardView',
    status: 200,
    handler: async (scope, deps) => {
      const next = removeTrainingSession(scope.board.programme, scope.params.sessionId ?? '', scope.now);
      return boardResult(scope, await saveProgramme(deps, scope, next), 200);
    },
  }),
  programmeRoute({
    method: 'put',
    path: '/api/v1/programmes/:id/ambassadors/:ambId/training/sessions/:sessionId/attendance',
    summary: 'Record whether an ambassador attended a training session (leaders, once it started)',
    action: 'training:edit',
    ifMatch: 'optional',
    body: sessionAttendanceBodySchema,
    response: 'BoardView',
    status: 200,
    handler: async (scope, deps) => {
      const amb = findIn(scope.board.ambassadorships, scope.params.ambId);
      const next = recordSessionAttendance(
        amb,
        scope.board.programme,
        scope.params.sessionId ?? '',
        scope.body.attended,
        scope.ctx.user,
        scope.now,
      );
      if (next === amb) return boardResult(scope, scope.board, 200, amb.etag);
      const { board, stored } = await saveDocument(deps, scope, amb, next);
      return boardResult(scope, board, 200, stored.etag);
    },
  }),
];
