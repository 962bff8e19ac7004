import { DomainError, parseInput } from '@ambassadors/shared';
import { peopleSearchQuerySchema } from '@ambassadors/shared/rules/people-query';
import { headerValue } from '../caller';
import { programmeRoute } from './api-route';

/** The caller's own bearer token: the directory is read on their behalf (null in local mode). */
function bearerToken(headers: Record<string, string | string[] | undefined>): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(headerValue({ headers }, 'authorization') ?? '');
  return match?.[1] ?? null;
}

/**
 * Leaders find colleagues by name wherever they choose a person (invitations, direct selection,
 * co-owners, meeting attendees). The query is validated here (2–100 characters, in the caller's
 * language); who searches — tenant and person — comes from the verified token only.
 */
export const peopleRoutes = [
  programmeRoute({
    method: 'get',
    path: '/api/v1/programmes/:id/people',
    summary:
      'Find people in the organisation’s directory by name (?q=, 2–100 characters; ?page= the previous answer’s nextPage)',
    action: 'people:search',
    response: 'PeoplePage',
    status: 200,
    handler: async (scope, deps) => {
      const params = new URL(scope.req.url ?? '/', 'http://localhost').searchParams;
      const query = parseInput(peopleSearchQuerySchema, {
        q: params.get('q') ?? undefined,
        page: params.get('page') ?? undefined,
      });
      if (!deps.people) throw new DomainError('DIRECTORY_NOT_CONFIGURED');
      const page = await deps.people.search(
        {
          tenantId: scope.ctx.tenantId,
          userId: scope.ctx.user.userId,
          userToken: bearerToken(scope.req.headers),
        },
        query.q,
        query.page ?? null,
      );
      return { status: 200, body: page };
    },
  }),
];
