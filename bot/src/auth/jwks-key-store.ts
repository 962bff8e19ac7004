import { createLocalJWKSet, errors, type JWTVerifyGetKey } from 'jose';
import { DomainError } from '@ambassadors/shared';

/**
 * The Entra ID signing keys of one authority host, fetched per tenant from
 * `{host}/{tid}/discovery/v2.0/keys`, cached, and refreshed when a token names an unknown `kid`.
 *
 * Why not jose's `createRemoteJWKSet`? Its 30 s cooldown protects ONE url, but Entra's key url
 * contains the tenant: in a multi-tenant deployment a flood of tokens with random `tid`s would
 * create a key set (and a fetch) per tenant. It also counts the cooldown from the last successful
 * fetch only, so while the endpoint fails every request fetches again. This store therefore adds
 * (1) a host-wide fetch budget (sliding window) shared by all tenants, (2) a per-tenant cooldown
 * that also follows failed fetches, and (3) a bounded number of cached tenants. jose still does
 * all the key matching and importing (`createLocalJWKSet`).
 */
export interface JwksKeyStoreOptions {
  /** e.g. https://login.microsoftonline.com (no trailing slash needed). */
  authorityHost: string;
  fetch?: typeof fetch;
  /** Milliseconds since the epoch; injectable so the rate limits are testable. */
  now?: () => number;
  /** An unknown `kid` refreshes a tenant's keys at most once per this (default 30 s). */
  refreshCooldownMs?: number;
  /** Keys are re-fetched when older than this even without an unknown `kid` (default 1 h). */
  maxAgeMs?: number;
  /** At most `max` fetches per `windowMs` for the whole host (default 10 per minute). */
  fetchBudget?: { max: number; windowMs: number };
  timeoutMs?: number;
  /** How many tenants' key sets are kept (least recently used are dropped). */
  maxTenants?: number;
}

export interface JwksKeyStore {
  /** A jose key resolver for tokens of this tenant. */
  resolverFor(tenantId: string): JWTVerifyGetKey;
  /** How many HTTP fetches of key sets were made (for tests and metrics). */
  readonly fetchCount: number;
}

interface TenantKeys {
  local: ReturnType<typeof createLocalJWKSet> | null;
  /** When the last fetch attempt (successful or not) finished. */
  attemptedAt: number;
  /** When keys were last fetched successfully. */
  fetchedAt: number;
  pending: Promise<void> | null;
  /** A 4xx answer: Entra does not know this tenant. */
  rejected: boolean;
  /** The last attempt failed (network, timeout, 5xx) and no keys are cached: the endpoint is down. */
  unavailable: boolean;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function createJwksKeyStore(options: JwksKeyStoreOptions): JwksKeyStore {
  const host = options.authorityHost.replace(/\/+$/, '');
  const fetchImpl = options.fetch ?? fetch;
  const now = options.now ?? Date.now;
  const cooldown = options.refreshCooldownMs ?? 30_000;
  const maxAge = options.maxAgeMs ?? 60 * 60_000;
  const budget = options.fetchBudget ?? { max: 10, windowMs: 60_000 };
  const timeoutMs = options.timeoutMs ?? 5_000;
  const maxTenants = options.maxTenants ?? 1_000;
  const tenants = new Map<string, TenantKeys>();
  const recentFetches: number[] = [];
  let fetchCount = 0;

  function entryFor(tenantId: string): TenantKeys {
    let entry = tenants.get(tenantId);
    if (entry) {
      // Map order is insertion order: re-inserting marks it most recently used.
      tenants.delete(tenantId);
    } else {
      entry = {
        local: null,
        attemptedAt: -Infinity,
        fetchedAt: -Infinity,
        pending: null,
        rejected: false,
        unavailable: false,
      };
    }
    tenants.set(tenantId, entry);
    while (tenants.size > maxTenants) {
      const oldest = tenants.keys().next().value;
      if (oldest === undefined) break;
      tenants.delete(oldest);
    }
    return entry;
  }

  function takeBudget(): boolean {
    const t = now();
    while (recentFetches.length > 0 && recentFetches[0]! <= t - budget.windowMs) recentFetches.shift();
    if (recentFetches.length >= budget.max) return false;
    recentFetches.push(t);
    return true;
  }

  async function fetchKeys(tenantId: string, entry: TenantKeys): Promise<void> {
    fetchCount += 1;
    try {
      const response = await fetchImpl(`${host}/${tenantId}/discovery/v2.0/keys`, {
        headers: { accept: 'application/json' },
        redirect: 'error',
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (response.status >= 400 && response.status < 500) {
        entry.rejected = true;
        return;
      }
      if (response.status !== 200) throw new Error(`key endpoint answered ${response.status}`);
      entry.local = createLocalJWKSet(await response.json());
      entry.fetchedAt = now();
      entry.rejected = false;
      entry.unavailable = false;
    } catch (cause) {
      // Keep whatever keys we had; the cooldown in refresh() stops a failing endpoint being hammered.
      entry.unavailable = !entry.local;
      if (entry.unavailable) throw new DomainError('AUTH_KEYS_UNAVAILABLE', {}, { cause });
    } finally {
      entry.attemptedAt = now();
    }
  }

  /** Fetches unless a fetch is running, the tenant is cooling down, or the host budget is spent. */
  async function refresh(tenantId: string, entry: TenantKeys): Promise<void> {
    if (entry.pending) return entry.pending;
    if (now() - entry.attemptedAt < cooldown) return;
    if (!takeBudget()) return;
    entry.pending = fetchKeys(tenantId, entry).finally(() => {
      entry.pending = null;
    });
    return entry.pending;
  }

  function unknownKey(): DomainError {
    return new DomainError('TOKEN_INVALID', { reason: 'unknownKey' });
  }

  return {
    get fetchCount() {
      return fetchCount;
    },
    resolverFor(tenantId: string): JWTVerifyGetKey {
      if (!GUID.test(tenantId)) throw new DomainError('TOKEN_INVALID', { reason: 'malformed' });
      return async (header, token) => {
        const entry = entryFor(tenantId);
        if (!entry.local || now() - entry.fetchedAt >= maxAge) await refresh(tenantId, entry);
        if (entry.unavailable) throw new DomainError('AUTH_KEYS_UNAVAILABLE');
        if (entry.rejected || !entry.local) throw unknownKey();
        try {
          return await entry.local(header, token);
        } catch (error) {
          if (!(error instanceof errors.JWKSNoMatchingKey)) throw error;
        }
        await refresh(tenantId, entry);
        if (!entry.local) throw unknownKey();
        try {
          return await entry.local(header, token);
        } catch (error) {
          if (error instanceof errors.JWKSNoMatchingKey) throw unknownKey();
          throw error;
        }
      };
    },
  };
}
