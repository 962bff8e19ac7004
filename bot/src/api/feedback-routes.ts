import { randomUUID } from 'node:crypto';
import {
  DomainError,
  decisionBodySchema,
  feedbackOverview,
  liveCheckIns,
  recordDecision,
} from '@ambassadors/shared';
import { programmeRoute } from './api-route';
import { boardResult, createDocument } from './board-writes';

/**
 * The leaders' side of the feedback loop: the overview (aggregates only, hidden below the
 * anonymity thresholds) and decisions on themes, which ambassadors see as "you said, we did".
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
    method: 'post',
    path: '/api/v1/programmes/:id/decisions',
    summary: 'Answer a feedback theme: change course, keep course, or explain',
    action: 'decision:record',
    body: decisionBodySchema,
    response: 'BoardView',
    status: 201,
    handler: async (scope, deps) => {
      const theme = scope.body.theme.trim().toLocaleLowerCase();
      // Leaders never see check-ins one by one: by default the decision answers every live
      // check-in that raised the theme.
      const checkInIds =
        scope.body.checkInIds ??
        liveCheckIns(scope.board, scope.now)
          .filter((c) => c.situations.some((s) => s.theme.trim().toLocaleLowerCase() === theme))
          .map((c) => c.id);
      if (checkInIds.length === 0) throw new DomainError('FEEDBACK_NOT_FOUND', { ids: scope.body.theme });
      const decision = recordDecision({
        board: scope.board,
        input: { ...scope.body, checkInIds },
        by: scope.ctx.user,
        now: scope.now,
        id: randomUUID(),
      });
      const { board } = await createDocument(deps, scope, decision);
      return boardResult(scope, board, 201);
    },
  }),
];
