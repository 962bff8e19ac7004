import {
  DomainError,
  applicationBodySchema,
  applicationDecisionBodySchema,
  declineApplication,
  selectAmbassador,
  withdrawApplication,
} from '@ambassadors/shared';
import { z } from 'zod';
import { applyToPostingAct } from '../../application/apply-to-posting';
import { programmeRoute } from './api-route';
import { boardResult, createDocument, findIn, saveDocument } from './board-writes';
import { recordTermEnds } from '../../application/record-term-ends';

const emptyBodySchema = z.strictObject({});

/** Step 2: employees apply to the posting; leaders select (with a reason) or decline. */
export const applicationRoutes = [
  programmeRoute({
    method: 'post',
    path: '/api/v1/programmes/:id/applications',
    summary: 'Apply to the ambassador posting (the caller applies for themself)',
    action: 'posting:apply',
    body: applicationBodySchema,
    response: 'BoardView',
    status: 201,
    handler: async (scope, deps) => {
      const { board, document } = await applyToPostingAct(deps, scope, scope.body);
      return boardResult(scope, board, 201, document.etag);
    },
  }),
  programmeRoute({
    method: 'post',
    path: '/api/v1/programmes/:id/applications/:appId/withdraw',
    summary: 'The applicant withdraws their own application before a decision',
    action: 'posting:apply',
    body: emptyBodySchema,
    response: 'BoardView',
    status: 200,
    handler: async (scope, deps) => {
      const application = findIn(scope.board.applications, scope.params.appId);
      const withdrawn = withdrawApplication(application, scope.ctx.user, scope.now);
      if (withdrawn === application) return boardResult(scope, scope.board, 200);
      const { board, stored } = await saveDocument(deps, scope, application, withdrawn);
      return boardResult(scope, board, 200, stored.etag);
    },
  }),
  programmeRoute({
    method: 'post',
    path: '/api/v1/programmes/:id/applications/:appId/decision',
    summary: 'Select the applicant as ambassador (with the reason why) or decline the application',
    action: 'application:decide',
    ifMatch: 'optional',
    body: applicationDecisionBodySchema,
    response: 'BoardView',
    status: 200,
    handler: async (scope, deps) => {
      const application = findIn(scope.board.applications, scope.params.appId);
      const by = scope.ctx.user;
      if (scope.body.outcome === 'declined') {
        const declined = declineApplication({
          application,
          reason: scope.body.reason,
          applicantMessage: scope.body.applicantMessage ?? null,
          by,
          now: scope.now,
        });
        const { board, stored } = await saveDocument(deps, scope, application, declined);
        return boardResult(scope, board, 200, stored.etag);
      }
      if (scope.ifMatch !== undefined && scope.ifMatch !== application.etag)
        throw new DomainError('CONFLICT');
      // A term that is over is recorded first, so a former ambassador can be selected again.
      const settled = {
        ...scope,
        board: await recordTermEnds(deps.store, scope.ctx, scope.board, scope.now),
      };
      const selected = selectAmbassador({
        programme: settled.board.programme,
        application,
        reason: scope.body.reason,
        term: scope.body.term ?? null,
        by,
        now: scope.now,
        // One ambassadorship per application: a repeated or concurrent selection collides on the id.
        id: `amb-${application.id}`,
        ambassadorships: settled.board.ambassadorships,
      });
      let created;
      try {
        created = await createDocument(deps, settled, selected.ambassadorship);
      } catch (error) {
        if (error instanceof DomainError && error.code === 'ALREADY_EXISTS')
          throw new DomainError('CONFLICT');
        throw error;
      }
      const { board } = await saveDocument(
        deps,
        { ...scope, board: created.board },
        application,
        selected.application!,
      );
      return boardResult(scope, board, 200, created.stored.etag);
    },
  }),
];
