import { z } from 'zod';
import { DomainError, type Clock } from '@ambassadors/shared';
import type { DirectorySearcher } from '@ambassadors/shared/ports/people-directory';

/**
 * Exchanges the person's Teams SSO token for a Microsoft Graph token on their behalf (OAuth 2.0
 * on-behalf-of), so the directory is read with the person's own rights and the app never holds
 * a broader permission than `User.ReadBasic.All` delegated. The app proves itself with a client
 * assertion (a managed identity's token, see managed-identity-assertion.ts): no secret exists.
 *
 * The tenant of the exchange is the verified token's tenant, never anything from the request.
 * Tokens are cached per tenant and person until shortly before they expire, and concurrent
 * searches of one person share one exchange.
 */
export interface OboTokenSource {
  tokenFor(searcher: DirectorySearcher): Promise<string>;
  /** Drops a cached token Graph has refused (revoked or expired early). */
  forget(searcher: DirectorySearcher): void;
}

export interface OboTokenOptions {
  loginBaseUrl: string;
  clientId: string;
  /** The delegated permission asked for, e.g. `https://graph.microsoft.com/User.ReadBasic.All`. */
  scope: string;
  clientAssertion: () => Promise<string>;
  clock: Clock;
  fetchImpl?: typeof fetch;
  /** A token is not reused in its last seconds (default 120), so it cannot expire mid-search. */
  expirySkewSeconds?: number;
  /** Most people whose tokens are kept (default 5000); the oldest is dropped first. */
  maxCached?: number;
}

const tokenAnswer = z.object({ access_token: z.string().min(1), expires_in: z.coerce.number().positive() });
const errorAnswer = z
  .object({
    error: z.string().optional(),
    error_description: z.string().optional(),
    error_codes: z.array(z.number()).optional(),
    suberror: z.string().optional(),
  })
  .loose();

/** AADSTS65001 (`invalid_grant` with `consent_required`): nobody has consented to the permission. */
export function isConsentMissing(answer: z.infer<typeof errorAnswer>): boolean {
  return (
    answer.error_codes?.includes(65001) === true ||
    answer.suberror === 'consent_required' ||
    /AADSTS65001\b/.test(answer.error_description ?? '')
  );
}

export function createOboTokenSource(options: OboTokenOptions): OboTokenSource {
  const doFetch = options.fetchImpl ?? fetch;
  const skewMs = (options.expirySkewSeconds ?? 120) * 1000;
  const maxCached = options.maxCached ?? 5000;
  const cache = new Map<string, { token: string; expiresAt: number }>();
  const inFlight = new Map<string, Promise<string>>();
  const keyOf = (s: DirectorySearcher) => `${s.tenantId.toLowerCase()}|${s.userId}`;

  async function exchange(searcher: DirectorySearcher, key: string): Promise<string> {
    if (!searcher.userToken) throw new DomainError('UNAUTHENTICATED');
    let assertion: string;
    try {
      assertion = await options.clientAssertion();
    } catch (cause) {
      throw new DomainError('DIRECTORY_UNAVAILABLE', {}, { cause });
    }
    const url = `${options.loginBaseUrl}/${encodeURIComponent(searcher.tenantId)}/oauth2/v2.0/token`;
    let response: Response;
    try {
      response = await doFetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: new URLSearchParams({
          grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
          requested_token_use: 'on_behalf_of',
          client_id: options.clientId,
          client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
          client_assertion: assertion,
          assertion: searcher.userToken,
          scope: options.scope,
        }).toString(),
        signal: AbortSignal.timeout(10_000),
      });
    } catch (cause) {
      throw new DomainError('DIRECTORY_UNAVAILABLE', {}, { cause });
    }
    const body: unknown = await response.json().catch(() => ({}));
    if (!response.ok) {
      const problem = errorAnswer.safeParse(body);
      if (problem.success && isConsentMissing(problem.data))
        throw new DomainError('DIRECTORY_CONSENT_MISSING');
      throw new DomainError(
        'DIRECTORY_UNAVAILABLE',
        {},
        {
          cause: new Error(`token endpoint ${response.status}: ${problem.success ? problem.data.error : ''}`),
        },
      );
    }
    const parsed = tokenAnswer.safeParse(body);
    if (!parsed.success) throw new DomainError('DIRECTORY_UNAVAILABLE', {}, { cause: parsed.error });
    if (cache.size >= maxCached) cache.delete(cache.keys().next().value!);
    cache.set(key, {
      token: parsed.data.access_token,
      expiresAt: options.clock.now().getTime() + parsed.data.expires_in * 1000,
    });
    return parsed.data.access_token;
  }

  return {
    async tokenFor(searcher) {
      const key = keyOf(searcher);
      const cached = cache.get(key);
      if (cached && cached.expiresAt - skewMs > options.clock.now().getTime()) return cached.token;
      cache.delete(key);
      const running = inFlight.get(key);
      if (running) return running;
      const pending = exchange(searcher, key).finally(() => inFlight.delete(key));
      inFlight.set(key, pending);
      return pending;
    },
    forget(searcher) {
      cache.delete(keyOf(searcher));
    },
  };
}
