import { randomUUID } from 'node:crypto';
import { DomainError, createCheckIn, isOpenAmbassadorship, type CheckIn } from '@ambassadors/shared';
import { createDocument } from './document-writes';
import { authorize, type ActDeps, type ActOutcome, type ActScope } from './act-scope';

export interface SendCheckInDeps extends ActDeps {
  /** Pseudonymous author key of a check-in from (programme, user id); never the user id itself. */
  authorKey: (programmeId: string, userId: string) => string;
}

/**
 * Watch-out "get feedback along the way": the caller sends a check-in about their own
 * ambassadorship (found from who they are, never from an id in the request). The rules — active
 * ambassadors only, one per `checkInIntervalDays` (CHECK_IN_TOO_SOON), a random id, nothing
 * stored that names the person — are `createCheckIn`'s.
 */
export async function sendCheckInAct(
  deps: SendCheckInDeps,
  scope: ActScope,
  input: unknown,
): Promise<ActOutcome<CheckIn>> {
  authorize(scope, 'checkIn:submit');
  const mine = scope.board.ambassadorships.find(
    (amb) => amb.person.userId === scope.ctx.user.userId && isOpenAmbassadorship(amb),
  );
  if (!mine) throw new DomainError('CHECK_IN_NOT_ALLOWED');
  const checkIn = createCheckIn({
    input,
    ambassadorship: mine,
    programme: scope.board.programme,
    authorKey: deps.authorKey(scope.board.programme.id, mine.person.userId),
    previous: scope.board.checkIns,
    id: randomUUID(),
    now: scope.now,
  });
  const { board, stored } = await createDocument(deps, scope, checkIn);
  return { board, document: stored, changed: true };
}
