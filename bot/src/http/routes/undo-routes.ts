import {
  assertCan,
  undoAmbassadorWithdrawal,
  undoApplicationWithdrawal,
  undoBodySchema,
  undoDecision,
  undoStepOverride,
  type ProgrammeAction,
  type UndoBody,
} from '@ambassadors/shared';
import { programmeRoute } from './api-route';
import { boardResult, findIn, saveDocument, saveProgramme } from './board-writes';

/** The permission the undone act needed: an undo needs it still (a former leader undoes nothing). */
const ACTION_OF: Readonly<Record<UndoBody['act'], ProgrammeAction>> = {
  decision: 'application:decide',
  applicationWithdrawal: 'posting:apply',
  stepOverride: 'step:override',
  ambassadorWithdrawal: 'ambassador:withdraw',
};

/**
 * One route for every undo: what to take back is in the body. The rule (rules/undo.ts) decides;
 * a refusal changes nothing, and a taken-back selection also removes the candidacy it created.
 */
export const undoRoutes = [
  programmeRoute({
    method: 'post',
    path: '/api/v1/programmes/:id/undo',
    summary:
      'Undo one of the caller’s own acts shortly after (a decision, a withdrawal, a step status), with an optional reason kept in the history',
    body: undoBodySchema,
    response: 'BoardView',
    status: 200,
    handler: async (scope, deps) => {
      const body = scope.body;
      assertCan(scope.role, ACTION_OF[body.act]);
      const actor = scope.ctx.user;
      switch (body.act) {
        case 'decision': {
          const application = findIn(scope.board.applications, body.applicationId);
          const result = undoDecision({
            application,
            ambassadorships: scope.board.ambassadorships,
            actor,
            now: scope.now,
            reason: body.reason ?? null,
          });
          const { board, stored } = await saveDocument(deps, scope, application, result.application);
          const removed = result.removeAmbassadorshipId;
          if (!removed) return boardResult(scope, board, 200, stored.etag);
          await deps.store.deleteDocument(scope.ctx, board.programme.id, 'ambassadorship', removed);
          const left = { ...board, ambassadorships: board.ambassadorships.filter((a) => a.id !== removed) };
          return boardResult(scope, left, 200, stored.etag);
        }
        case 'applicationWithdrawal': {
          const application = findIn(scope.board.applications, body.applicationId);
          const next = undoApplicationWithdrawal(application, actor, scope.now, body.reason ?? null);
          const { board, stored } = await saveDocument(deps, scope, application, next);
          return boardResult(scope, board, 200, stored.etag);
        }
        case 'stepOverride': {
          const next = undoStepOverride(
            scope.board.programme,
            body.stepKey,
            actor,
            scope.now,
            body.reason ?? null,
          );
          return boardResult(scope, await saveProgramme(deps, scope, next), 200);
        }
        case 'ambassadorWithdrawal': {
          const amb = findIn(scope.board.ambassadorships, body.ambassadorshipId);
          const next = undoAmbassadorWithdrawal(
            amb,
            scope.board.ambassadorships,
            actor,
            scope.now,
            body.reason ?? null,
          );
          const { board, stored } = await saveDocument(deps, scope, amb, next);
          return boardResult(scope, board, 200, stored.etag);
        }
      }
    },
  }),
];
