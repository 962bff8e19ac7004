import { randomUUID } from 'node:crypto';
import {
  anonymitySettingsBodySchema,
  decisionBodySchema,
  feedbackOverview,
  recordDecision,
  setAnonymityThresholds,
} from '@ambassadors/shared';
import { programmeRoute } from './api-route';
import { boardResult, createDocument, saveProgramme } from './board-writes';

/**
 * The leaders' side of the feedback loop: the overview (aggregates only, hidden below the
 * anonymity thresholds, which count people) and decisions on themes, which ambassadors see as
 * "you said, we did".
 */
export const feedbackRoutes = [
  programmeRoute({
    method: 'get',
    path: '/api/v1/programmes/:id/feedback/overview',
    summary: 'Aggregated feedback for leaders; aggregates from too few check-ins are hidden',
    action: 'feedback:viewOverview',
    response: 'FeedbackOverview',
    status: 200,
    handler: async (scope) => ({ status: 200, body: feedbackOverview(scope.board, scope.now) }),
  }),
  programmeRoute({
    method: 'put',
    path: '/api/v1/programmes/:id/settings/anonymity',
    summary:
      'Raise the anonymity thresholds (people behind a figure, behind free text); never below 5 and 10',
    action: 'programme:edit',
    ifMatch: 'required',
    body: anonymitySettingsBodySchema,
    response: 'BoardView',
    status: 200,
    handler: async (scope, deps) => {
      const next = setAnonymityThresholds(scope.board.programme, scope.body, scope.now);
      return boardResult(scope, await saveProgramme(deps, scope, next), 200);
    },
  }),
  programmeRoute({
    method: 'post',
    path: '/api/v1/programmes/:id/decisions',
    summary: 'Answer a feedback theme: change course, keep course, or explain',
    action: 'decision:record',
    body: decisionBodySchema,
    response: 'BoardView',
    status: 201,
    handler: async (scope, deps) => {
      // A theme, never check-in ids; accepted alike whether or not any check-in mentions it.
      const decision = recordDecision({
        board: scope.board,
        input: scope.body,
        by: scope.ctx.user,
        now: scope.now,
        id: randomUUID(),
      });
      const { board } = await createDocument(deps, scope, decision);
      return boardResult(scope, board, 201);
    },
  }),
];
