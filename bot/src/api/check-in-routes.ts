import { randomUUID } from 'node:crypto';
import { DomainError, checkInBodySchema, createCheckIn, isOpenAmbassadorship } from '@ambassadors/shared';
import { programmeRoute } from './api-route';
import { boardResult, createDocument } from './board-writes';
import { createCheckInAuthorKey, type CheckInAuthorKey } from './check-in-author-key';

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
      const mine = scope.board.ambassadorships.find(
        (amb) => amb.person.userId === scope.ctx.user.userId && isOpenAmbassadorship(amb),
      );
      if (!mine) throw new DomainError('CHECK_IN_NOT_ALLOWED');
      let authorKeyFor = authorKeys.get(deps);
      if (!authorKeyFor) {
        authorKeyFor = createCheckInAuthorKey(deps.checkInAuthorSecret);
        authorKeys.set(deps, authorKeyFor);
      }
      const checkIn = createCheckIn({
        input: scope.body,
        ambassadorship: mine,
        programme: scope.board.programme,
        authorKey: authorKeyFor(scope.board.programme.id, mine.person.userId),
        previous: scope.board.checkIns,
        id: randomUUID(),
        now: scope.now,
      });
      const { board } = await createDocument(deps, scope, checkIn);
      return boardResult(scope, board, 201);
    },
  }),
];
