import { DomainError, completeModule, type Ambassadorship } from '@ambassadors/shared';
import { findIn, saveDocument } from './document-writes';
import { authorize, type ActDeps, type ActOutcome, type ActScope } from './act-scope';

/**
 * Step 4: an ambassador marks a module of their own training as done (idempotent). Nothing can
 * be completed for someone else, nor once the term is over.
 */
export async function completeTrainingAct(
  deps: ActDeps,
  scope: ActScope,
  ambassadorshipId: string | undefined,
  moduleId: string | undefined,
): Promise<ActOutcome<Ambassadorship>> {
  authorize(scope, 'training:complete');
  const amb = findIn(scope.board.ambassadorships, ambassadorshipId);
  if (amb.person.userId !== scope.ctx.user.userId) throw new DomainError('FORBIDDEN');
  const next = completeModule(
    amb,
    moduleId ?? '',
    scope.board.programme.steps.training.modules,
    scope.now,
    scope.board.programme.timeZone,
  );
  if (next === amb) return { board: scope.board, document: amb, changed: false };
  const { board, stored } = await saveDocument(deps, scope, amb, next);
  return { board, document: stored, changed: true };
}
