import { createLocalJWKSet, errors, type JWK, type JWTVerifyGetKey } from 'jose';
import { DomainError } from '@ambassadors/shared';

/**
 * The Entra ID signing keys of one authority host, fetched once for all tenants.
 *
 * Entra signs the tokens of every tenant with the same key set: the one the `common` discovery
 * document (`{host}/common/v2.0/.well-known/openid-configuration`) names as `jwks_uri`. Keeping one
 * key set per authority, rather than one per tenant, is what makes sign-in immune to forged tokens:
 * what a token claims about its tenant is unverified until the signature checks out, so it never
 * selects a cache slot, a fetch or a budget. The only thing an unverified token can cause is a
 * refresh for an unknown `kid` — at most one per cooldown for the whole host, and it fetches the
 * same key set every real tenant needs, so it can delay nobody.
 *
 * jose's `createRemoteJWKSet` is not used because it counts its cooldown from successful fetches
 * only: while the endpoint fails, every request would fetch again. jose still does the key
 * matching and importing (`createLocalJWKSet`).
 */
export interface JwksKeyStoreOptions {
  /** e.g. https://login.microsoftonline.com (no trailing slash needed). */
  authorityHost: string;
  fetch?: typeof fetch;
  /** Milliseconds since the epoch; injectable so the cooldowns are testable. */
  now?: () => number;
  /** An unknown `kid` refreshes the keys at most once per this, for the whole host (default 30 s). */
  refreshCooldownMs?: number;
  /** Keys are re-fetched when older than this even without an unknown `kid` (default 1 h). */
  maxAgeMs?: number;
  timeoutMs?: number;
}

export interface JwksKeyStore {
  /**
   * A jose key resolver for a token whose issuer must be `issuer` (`{host}/{tid}/v2.0`). A key
   * that names an issuer (Entra's carry the template `{host}/{tenantid}/v2.0`) only verifies
   * tokens of that issuer.
   */
  resolverFor(issuer: string): JWTVerifyGetKey;
  /** How many HTTP fetches of the key set were made (for tests and metrics). */
  readonly fetchCount: number;
}

interface KeySet {
  local: ReturnType<typeof createLocalJWKSet>;
  /** Each key's `issuer` (template), by `kid`. */
  issuers: Map<string, string>;
}

const DISCOVERY_PATH = '/common/v2.0/.well-known/openid-configuration';

export function createJwksKeyStore(options: JwksKeyStoreOptions): JwksKeyStore {
  const host = options.authorityHost.replace(/\/+$/, '');
  const hostOrigin = new URL(host).origin;
  const fetchImpl = options.fetch ?? fetch;
  const now = options.now ?? Date.now;
  const cooldown = options.refreshCooldownMs ?? 30_000;
  const maxAge = options.maxAgeMs ?? 60 * 60_000;
  const timeoutMs = options.timeoutMs ?? 5_000;

  let keySet: KeySet | null = null;
  let jwksUri: string | null = null;
  /** When the last attempt (successful or not) finished: the cooldown follows failures too. */
  let attemptedAt = -Infinity;
  let fetchedAt = -Infinity;
  let pending: Promise<void> | null = null;
  let fetchCount = 0;

  async function getJson(url: string): Promise<unknown> {
    const response = await fetchImpl(url, {
      headers: { accept: 'application/json' },
      redirect: 'error',
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
    return response.json();
  }

  /** The key set's address from the discovery document; only on the authority's own origin. */
  async function discoverJwksUri(): Promise<string> {
    const document = (await getJson(`${host}${DISCOVERY_PATH}`)) as { jwks_uri?: unknown };
    const uri = typeof document.jwks_uri === 'string' ? document.jwks_uri : '';
    if (!uri || new URL(uri).origin !== hostOrigin) {
      throw new Error('the discovery document names no jwks_uri on the authority host');
    }
    return uri;
  }

  async function fetchKeys(): Promise<void> {
    try {
      jwksUri ??= await discoverJwksUri();
      fetchCount += 1;
      const body = (await getJson(jwksUri)) as { keys?: unknown };
      if (!Array.isArray(body.keys)) throw new Error('the key set has no keys');
      const keys = body.keys as JWK[];
      const issuers = new Map<string, string>();
      for (const key of keys) {
        const issuer = (key as { issuer?: unknown }).issuer;
        if (typeof key.kid === 'string' && typeof issuer === 'string') issuers.set(key.kid, issuer);
      }
      keySet = { local: createLocalJWKSet({ keys }), issuers };
      fetchedAt = now();
    } catch (cause) {
      // Keep whatever keys we had (a failing endpoint must not sign everybody out); ask for the
      // discovery document again next time, in case the key address moved.
      jwksUri = null;
      if (!keySet) throw new DomainError('AUTH_KEYS_UNAVAILABLE', {}, { cause });
    } finally {
      attemptedAt = now();
    }
  }

  /** Fetches unless a fetch is running or the host is cooling down; concurrent callers share one. */
  async function refresh(): Promise<void> {
    if (pending) return pending;
    if (now() - attemptedAt < cooldown) return;
    pending = fetchKeys().finally(() => {
      pending = null;
    });
    return pending;
  }

  function issuerOf(kid: string | undefined, tokenIssuer: string): void {
    const template = kid === undefined ? undefined : keySet?.issuers.get(kid);
    if (template === undefined) return;
    const tid = /^.*\/([^/]+)\/v2\.0$/.exec(tokenIssuer)?.[1] ?? '';
    if (template.replace('{tenantid}', tid) !== tokenIssuer) {
      throw new DomainError('TOKEN_INVALID', { reason: 'issuer' });
    }
  }

  function unknownKey(): DomainError {
    return new DomainError('TOKEN_INVALID', { reason: 'unknownKey' });
  }

  async function match(
    header: Parameters<JWTVerifyGetKey>[0],
    token: Parameters<JWTVerifyGetKey>[1],
  ): Promise<Awaited<ReturnType<JWTVerifyGetKey>> | null> {
    if (!keySet) return null;
    try {
      return await keySet.local(header, token);
    } catch (error) {
      if (error instanceof errors.JWKSNoMatchingKey) return null;
      throw error;
    }
  }

  return {
    get fetchCount() {
      return fetchCount;
    },
    resolverFor(issuer: string): JWTVerifyGetKey {
      return async (header, token) => {
        if (!keySet) {
          await refresh();
          if (!keySet) throw new DomainError('AUTH_KEYS_UNAVAILABLE');
        } else if (now() - fetchedAt >= maxAge) {
          await refresh();
        }
        let key = await match(header, token);
        if (!key) {
          await refresh();
          key = await match(header, token);
        }
        if (!key) throw unknownKey();
        issuerOf(header.kid, issuer);
        return key;
      };
    },
  };
}
