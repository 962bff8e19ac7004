import { checkInBodySchema } from '@ambassadors/shared';
import { sendCheckInAct } from '../../application/send-check-in';
import { programmeRoute } from './api-route';
import { boardResult } from './board-writes';
import { createCheckInAuthorKey, type CheckInAuthorKey } from '../../application/check-in-author-key';

/** One author-key function per server (its secret lives in the deps). */
const authorKeys = new WeakMap<object, CheckInAuthorKey>();

/**
 * Watch-out "get feedback along the way": an active ambassador sends a check-in. The rules —
 * active ambassadors only, one per `checkInIntervalDays` (a second is refused with
 * CHECK_IN_TOO_SOON), a random id, nothing stored that names the person — are `createCheckIn`'s,
 * the same the bot's check-in card goes through.
 */
export const checkInRoutes = [
  programmeRoute({
    method: 'post',
    path: '/api/v1/programmes/:id/check-ins',
    summary:
      'Send a check-in (active ambassadors, one per check-in interval): progress, challenges, successes, situations by theme',
    action: 'checkIn:submit',
    body: checkInBodySchema,
    response: 'BoardView',
    status: 201,
    handler: async (scope, deps) => {
      let authorKeyFor = authorKeys.get(deps);
      if (!authorKeyFor) {
        authorKeyFor = createCheckInAuthorKey(deps.checkInAuthorSecret);
        authorKeys.set(deps, authorKeyFor);
      }
      const { board } = await sendCheckInAct({ ...deps, authorKey: authorKeyFor }, scope, scope.body);
      return boardResult(scope, board, 201);
    },
  }),
];
