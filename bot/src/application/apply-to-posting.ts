import { createHash } from 'node:crypto';
import {
  DomainError,
  applicationBodySchema,
  applyToPosting,
  parseInput,
  type Application,
} from '@ambassadors/shared';
import { createDocument, saveDocument } from './document-writes';
import { authorize, type ActDeps, type ActOutcome, type ActScope } from './act-scope';

/**
 * One application per person and programme, whichever way it arrives: the id is derived from
 * tenant, programme and person, so two concurrent applications (a card and the tab at once)
 * collide in the store instead of both being saved.
 */
function applicationId(scope: ActScope): string {
  const digest = createHash('sha256')
    .update([scope.ctx.tenantId, scope.board.programme.id, scope.ctx.user.userId].join('\u0000'))
    .digest('hex')
    .slice(0, 40);
  return `app-${digest}`;
}

/** Step 2: the caller applies to the posting, for themself (`posting:apply`, then the posting rule). */
export async function applyToPostingAct(
  deps: ActDeps,
  scope: ActScope,
  input: unknown,
): Promise<ActOutcome<Application>> {
  authorize(scope, 'posting:apply');
  const { motivation } = parseInput(applicationBodySchema, input);
  const application = applyToPosting({
    board: scope.board,
    applicant: scope.ctx.user,
    motivation,
    now: scope.now,
    id: applicationId(scope),
  });
  const earlier = scope.board.applications.find((a) => a.id === application.id);
  if (earlier) {
    // A new round after a decline or a withdrawal: the same document, the old round kept inside.
    const { board, stored } = await saveDocument(deps, scope, earlier, application);
    return { board, document: stored, changed: true };
  }
  try {
    const { board, stored } = await createDocument(deps, scope, application);
    return { board, document: stored, changed: true };
  } catch (error) {
    if (error instanceof DomainError && error.code === 'ALREADY_EXISTS')
      throw new DomainError('ALREADY_APPLIED');
    throw error;
  }
}
