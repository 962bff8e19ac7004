import {
  acceptAgreement,
  agreementAcceptBodySchema,
  parseInput,
  type Ambassadorship,
} from '@ambassadors/shared';
import { findIn, saveDocument } from './document-writes';
import { authorize, type ActDeps, type ActOutcome, type ActScope } from './act-scope';

/**
 * Step 3: the caller accepts the agreement version they read. Which side is accepted follows
 * from the caller's role — leaders accept the leaders' side, an ambassador their own — never
 * from what the request claims. The rule refuses a stale version, someone else's side and an
 * ambassadorship whose term is over; accepting twice changes nothing.
 */
export async function acceptAgreementAct(
  deps: ActDeps,
  scope: ActScope,
  ambassadorshipId: string | undefined,
  input: unknown,
): Promise<ActOutcome<Ambassadorship>> {
  const role = authorize(scope, 'agreement:accept');
  const { version } = parseInput(agreementAcceptBodySchema, input);
  const amb = findIn(scope.board.ambassadorships, ambassadorshipId);
  const side = role === 'leader' ? 'leader' : 'ambassador';
  const next = acceptAgreement(amb, side, version, scope.ctx.user, scope.now, scope.board.programme.timeZone);
  if (next === amb) return { board: scope.board, document: amb, changed: false };
  const { board, stored } = await saveDocument(deps, scope, amb, next);
  return { board, document: stored, changed: true };
}
