import { z } from 'zod';
import { DomainError, invalidPageCursor, type Clock } from '@ambassadors/shared';
import type {
  DirectoryPerson,
  DirectorySearcher,
  PeopleDirectory,
  PeoplePage,
} from '@ambassadors/shared/ports/people-directory';
import type { OboTokenSource } from './obo-token-exchange';
import { retryAfterSeconds, sleep as realSleep } from './retry-after';

/**
 * People search in the organisation's directory through Microsoft Graph:
 * `GET /v1.0/users?$search="displayName:…" OR "mail:…"` with `ConsistencyLevel: eventual`
 * (Graph refuses `$search` without it), only the fields a leader needs (`$select`), a page of
 * `$top`, and the next page through Graph's own `@odata.nextLink`, handed to the tab as an
 * opaque cursor and accepted back only if it points at this Graph's `/v1.0/users`.
 *
 * Throttling (429, 503) is retried after Graph's `Retry-After`, a bounded number of times and
 * waiting no longer than `maxRetryWaitSeconds` in all, so a leader never waits long for a search;
 * past that they are told to try again in so many seconds. A 403 means the permission was never consented; anything else is "unavailable" —
 * never a 500, and the manual entry keeps working.
 */
export interface GraphPeopleDirectoryOptions {
  graphBaseUrl: string;
  tokens: OboTokenSource;
  clock: Clock;
  /** People per page (Graph's `$top`; default 10). */
  pageSize?: number;
  /** Retries after throttling (default 3). */
  maxRetries?: number;
  /** Longest the server waits for Graph in all, per search (default 10 s); past it the leader is told. */
  maxRetryWaitSeconds?: number;
  fetchImpl?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
}

export const GRAPH_USER_FIELDS = ['id', 'displayName', 'userPrincipalName', 'mail', 'jobTitle'] as const;

const graphUser = z.object({
  id: z.string().min(1).max(100),
  displayName: z.string().nullish(),
  userPrincipalName: z.string().min(1).max(254),
  mail: z.string().nullish(),
  jobTitle: z.string().nullish(),
});
const graphPage = z.object({
  value: z.array(z.unknown()),
  '@odata.nextLink': z.string().optional(),
});

function toPerson(user: z.infer<typeof graphUser>): DirectoryPerson {
  return {
    id: user.id,
    displayName: (user.displayName ?? '').trim().slice(0, 200) || user.userPrincipalName,
    upn: user.userPrincipalName,
    mail: user.mail ?? null,
    jobTitle: user.jobTitle ?? null,
  };
}

export function createGraphPeopleDirectory(options: GraphPeopleDirectoryOptions): PeopleDirectory {
  const doFetch = options.fetchImpl ?? fetch;
  const wait = options.sleep ?? realSleep;
  const pageSize = options.pageSize ?? 10;
  const maxRetries = options.maxRetries ?? 3;
  const maxWait = options.maxRetryWaitSeconds ?? 10;
  const usersUrl = `${options.graphBaseUrl}/v1.0/users`;

  function firstPageUrl(query: string): string {
    const params = new URLSearchParams({
      $search: `"displayName:${query}" OR "mail:${query}"`,
      $select: GRAPH_USER_FIELDS.join(','),
      $top: String(pageSize),
    });
    return `${usersUrl}?${params.toString()}`;
  }

  /** A cursor is Graph's nextLink; only one that leads back to this Graph's users is followed. */
  function pageUrl(cursor: string): string {
    let link: URL;
    try {
      link = new URL(Buffer.from(cursor, 'base64url').toString('utf8'));
    } catch {
      throw invalidPageCursor();
    }
    const expected = new URL(usersUrl);
    if (link.origin !== expected.origin || link.pathname !== expected.pathname) {
      throw invalidPageCursor();
    }
    return link.toString();
  }

  async function get(url: string, searcher: DirectorySearcher): Promise<Response> {
    let refreshed = false;
    let waited = 0;
    for (let attempt = 0; ; attempt += 1) {
      const token = await options.tokens.tokenFor(searcher);
      let response: Response;
      try {
        response = await doFetch(url, {
          headers: {
            authorization: `Bearer ${token}`,
            consistencylevel: 'eventual',
            accept: 'application/json',
          },
          signal: AbortSignal.timeout(10_000),
        });
      } catch (cause) {
        throw new DomainError('DIRECTORY_UNAVAILABLE', {}, { cause });
      }
      if (response.ok) return response;
      await response.body?.cancel();
      if (response.status === 401 && !refreshed) {
        // Revoked or expired early: one fresh exchange, then Graph's answer stands.
        refreshed = true;
        options.tokens.forget(searcher);
        continue;
      }
      if (response.status === 429 || response.status === 503) {
        const seconds = retryAfterSeconds(response.headers.get('retry-after'), options.clock.now());
        if (attempt >= maxRetries || waited + seconds > maxWait) {
          throw new DomainError('DIRECTORY_BUSY', {
            seconds: Math.max(1, seconds),
            retryAfter: Math.max(1, seconds),
          });
        }
        waited += seconds;
        await wait(seconds * 1000);
        continue;
      }
      if (response.status === 403) throw new DomainError('DIRECTORY_CONSENT_MISSING');
      throw new DomainError(
        'DIRECTORY_UNAVAILABLE',
        {},
        { cause: new Error(`Graph answered ${response.status}`) },
      );
    }
  }

  return {
    source: 'graph',
    async search(searcher, query, cursor): Promise<PeoplePage> {
      const url = cursor ? pageUrl(cursor) : firstPageUrl(query);
      const response = await get(url, searcher);
      const body = graphPage.safeParse(await response.json().catch(() => null));
      if (!body.success) throw new DomainError('DIRECTORY_UNAVAILABLE', {}, { cause: body.error });
      const people = body.data.value.flatMap((item) => {
        const user = graphUser.safeParse(item);
        return user.success ? [toPerson(user.data)] : [];
      });
      const next = body.data['@odata.nextLink'];
      return {
        people,
        nextPage: next ? Buffer.from(next, 'utf8').toString('base64url') : null,
        source: 'graph',
      };
    },
  };
}
