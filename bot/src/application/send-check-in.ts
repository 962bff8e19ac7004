import { randomUUID } from 'node:crypto';
import { DomainError, createCheckIn, isOpenAmbassadorship, type CheckIn } from '@ambassadors/shared';
import { createDocument } from '../api/board-writes';
import { authorize, type ActDeps, type ActOutcome, type ActScope } from './act-scope';

export interface SendCheckInDeps extends ActDeps {
  /** Pseudonymous author key of a check-in (never the user id); one secret for tab and bot. */
  authorKey: (programmeId: string, ambassadorshipId: string) => string;
}

/**
 * Watch-out "get feedback along the way": the caller sends a check-in about their own
 * ambassadorship (found from who they are, never from an id in the request). The id is random,
 * so nothing about it points back to the person.
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
    authorKey: deps.authorKey(scope.board.programme.id, mine.id),
    id: randomUUID(),
    now: scope.now,
  });
  const { board, stored } = await createDocument(deps, scope, checkIn);
  return { board, document: stored, changed: true };
}
