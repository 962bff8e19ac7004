import { keyMessageBodySchema, publishKeyMessage } from '@ambassadors/shared';
import { programmeRoute } from './api-route';
import { boardResult, saveProgramme } from './board-writes';

/** Watch-out "align the messages": leaders publish a new version of the key message. */
export const keyMessageRoutes = [
  programmeRoute({
    method: 'post',
    path: '/api/v1/programmes/:id/key-messages',
    summary: 'Publish a new version of the key message the ambassadors carry',
    action: 'keyMessage:publish',
    ifMatch: 'optional',
    body: keyMessageBodySchema,
    response: 'BoardView',
    status: 201,
    handler: async (scope, deps) => {
      const next = publishKeyMessage(scope.board.programme, scope.body.text, scope.ctx.user, scope.now);
      return boardResult(scope, await saveProgramme(deps, scope, next), 201);
    },
  }),
];
