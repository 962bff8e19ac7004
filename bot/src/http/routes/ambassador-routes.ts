import { randomUUID } from 'node:crypto';
import {
  agreementAcceptBodySchema,
  agreementProposalBodySchema,
  ambassadorshipSchema,
  checkAgreementAdjustment,
  exitPlanBodySchema,
  proposeAgreementVersion,
  selectAmbassador,
  selectAmbassadorBodySchema,
  withdraw,
  withdrawBodySchema,
} from '@ambassadors/shared';
import { acceptAgreementAct } from '../../application/accept-agreement';
import { completeTrainingAct } from '../../application/complete-training';
import { programmeRoute, type ProgrammeScope } from './api-route';
import { boardResult, createDocument, findIn, saveDocument } from './board-writes';
import { recordTermEnds } from '../../application/record-term-ends';

function ambassadorshipOf(scope: ProgrammeScope<unknown>) {
  return findIn(scope.board.ambassadorships, scope.params.ambId);
}

/**
 * Ambassadorships: direct selection, the agreement (steps 3), training (step 4) and the end of
 * the role (withdrawal, the planned exit). An ambassador may act only on their own ambassadorship.
 */
export const ambassadorRoutes = [
  programmeRoute({
    method: 'post',
    path: '/api/v1/programmes/:id/ambassadors',
    summary: 'Select a person (e.g. one the leaders invited) directly as ambassador, with the reason why',
    action: 'ambassador:select',
    body: selectAmbassadorBodySchema,
    response: 'BoardView',
    status: 201,
    handler: async (scope, deps) => {
      // A term that is over is recorded first, so a former ambassador can be selected again.
      const settled = {
        ...scope,
        board: await recordTermEnds(deps.store, scope.ctx, scope.board, scope.now),
      };
      const { ambassadorship } = selectAmbassador({
        programme: settled.board.programme,
        person: scope.body.person,
        reason: scope.body.reason,
        term: scope.body.term ?? null,
        by: scope.ctx.user,
        now: scope.now,
        id: randomUUID(),
        ambassadorships: settled.board.ambassadorships,
      });
      const { board, stored } = await createDocument(deps, settled, ambassadorship);
      return boardResult(scope, board, 201, stored.etag);
    },
  }),
  programmeRoute({
    method: 'post',
    path: '/api/v1/programmes/:id/ambassadors/:ambId/agreement',
    summary: "Propose a new version of the ambassador's agreement (voids earlier acceptances)",
    action: 'agreement:propose',
    ifMatch: 'required',
    body: agreementProposalBodySchema,
    response: 'BoardView',
    status: 201,
    handler: async (scope, deps) => {
      const amb = ambassadorshipOf(scope);
      // The leader's per-ambassador adjustment stays within the programme's bounds.
      const { terms, term } = checkAgreementAdjustment(scope.body, scope.board.programme.settings);
      const next = proposeAgreementVersion(
        amb,
        terms,
        term,
        scope.ctx.user,
        scope.now,
        scope.board.programme.settings,
        { timeZone: scope.board.programme.timeZone, ambassadorships: scope.board.ambassadorships },
      );
      const { board, stored } = await saveDocument(deps, scope, amb, next);
      return boardResult(scope, board, 201, stored.etag);
    },
  }),
  programmeRoute({
    method: 'post',
    path: '/api/v1/programmes/:id/ambassadors/:ambId/agreement/accept',
    summary: "Accept the agreement version read: the ambassador's own side, or the leaders' side",
    action: 'agreement:accept',
    ifMatch: 'optional',
    body: agreementAcceptBodySchema,
    response: 'BoardView',
    status: 200,
    handler: async (scope, deps) => {
      const { board, document } = await acceptAgreementAct(deps, scope, scope.params.ambId, scope.body);
      return boardResult(scope, board, 200, document.etag);
    },
  }),
  programmeRoute({
    method: 'post',
    path: '/api/v1/programmes/:id/ambassadors/:ambId/training/:moduleId/complete',
    summary: 'Mark a training module as completed (the ambassador, for themself; idempotent)',
    action: 'training:complete',
    ifMatch: 'optional',
    response: 'BoardView',
    status: 200,
    handler: async (scope, deps) => {
      const { board, document } = await completeTrainingAct(
        deps,
        scope,
        scope.params.ambId,
        scope.params.moduleId,
      );
      return boardResult(scope, board, 200, document.etag);
    },
  }),
  programmeRoute({
    method: 'post',
    path: '/api/v1/programmes/:id/ambassadors/:ambId/withdraw',
    summary: 'Withdraw an ambassador before the end of the term, with the reason',
    action: 'ambassador:withdraw',
    ifMatch: 'optional',
    body: withdrawBodySchema,
    response: 'BoardView',
    status: 200,
    handler: async (scope, deps) => {
      const amb = ambassadorshipOf(scope);
      const next = withdraw(
        amb,
        scope.body.reason,
        scope.ctx.user,
        scope.now,
        scope.board.programme.timeZone,
      );
      const { board, stored } = await saveDocument(deps, scope, amb, next);
      return boardResult(scope, board, 200, stored.etag);
    },
  }),
  programmeRoute({
    method: 'patch',
    path: '/api/v1/programmes/:id/ambassadors/:ambId/exit',
    summary: 'Plan or record the exit: debrief, thanks, hand-over notes',
    action: 'ambassador:withdraw',
    // The planned exits are what is left to do once a programme is closed.
    whenClosed: 'allowed',
    ifMatch: 'required',
    body: exitPlanBodySchema,
    response: 'BoardView',
    status: 200,
    handler: async (scope, deps) => {
      const amb = ambassadorshipOf(scope);
      const changes = Object.fromEntries(
        Object.entries(scope.body).filter(([, value]) => value !== undefined),
      );
      const next = ambassadorshipSchema.parse({
        ...amb,
        exit: { ...amb.exit, ...changes },
        updatedAt: scope.now.toISOString(),
      });
      const { board, stored } = await saveDocument(deps, scope, amb, next);
      return boardResult(scope, board, 200, stored.etag);
    },
  }),
];
