import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { DomainError, type ErrorCode } from '@ambassadors/shared';
import type { HttpLimits } from '../runtime/app-config';
import type { CallerIdentity } from './caller';

const MINUTE_SECONDS = 60;
const DAY_SECONDS = 24 * 60 * 60;

export type QuotaKind = 'programmes' | 'checkIns';

/**
 * The routes that create something a person could otherwise create without end, with the quota
 * that bounds them. Keyed by restify's route (method and path pattern); a test checks that each
 * is a registered route, so a renamed path cannot silently drop its quota.
 */
export const QUOTA_ROUTES: Readonly<Record<string, QuotaKind>> = {
  'POST /api/v1/programmes': 'programmes',
  'POST /api/v1/programmes/:id/check-ins': 'checkIns',
};

const QUOTA_ERRORS: Record<QuotaKind, ErrorCode> = {
  programmes: 'PROGRAMME_QUOTA_EXCEEDED',
  checkIns: 'CHECK_IN_QUOTA_EXCEEDED',
};

export interface RequestLimits {
  /** Spends one request of the caller's and then of their tenant's rate; 429 RATE_LIMITED past either. */
  admit(caller: CallerIdentity): Promise<void>;
  /**
   * Runs `work` within the caller's quota for `kind`; 429 past it. Only what succeeds counts:
   * a refused attempt (4xx/5xx or a thrown error) gives its unit back.
   */
  withinQuota<T extends { status: number }>(
    kind: QuotaKind,
    caller: CallerIdentity,
    work: () => Promise<T>,
  ): Promise<T>;
}

const userKey = (caller: CallerIdentity) => `${caller.tenantId}\u0000${caller.user.userId}`;
const secondsOf = (res: RateLimiterRes) => Math.max(1, Math.ceil(res.msBeforeNext / 1000));

/**
 * Rates and quotas per verified caller, in memory (rate-limiter-flexible, fixed windows). Only a
 * verified token reaches them, so nothing an attacker makes up takes a slot. A user's flood is
 * stopped by the user's rate before it spends the tenant's, so one person cannot lock their
 * colleagues out. Per process: see the README on several instances.
 */
export function createRequestLimits(limits: HttpLimits): RequestLimits {
  const users = new RateLimiterMemory({ points: limits.userRequestsPerMinute, duration: MINUTE_SECONDS });
  const tenants = new RateLimiterMemory({ points: limits.tenantRequestsPerMinute, duration: MINUTE_SECONDS });
  const quotas: Record<QuotaKind, { limiter: RateLimiterMemory; limit: number }> = {
    programmes: {
      limiter: new RateLimiterMemory({ points: limits.programmesPerUserPerDay, duration: DAY_SECONDS }),
      limit: limits.programmesPerUserPerDay,
    },
    checkIns: {
      limiter: new RateLimiterMemory({ points: limits.checkInsPerUserPerDay, duration: DAY_SECONDS }),
      limit: limits.checkInsPerUserPerDay,
    },
  };

  const spend = async (
    limiter: RateLimiterMemory,
    key: string,
    refuse: (res: RateLimiterRes) => DomainError,
  ) => {
    try {
      await limiter.consume(key);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) throw refuse(rejection);
      throw rejection;
    }
  };
  const rateLimited = (res: RateLimiterRes) =>
    new DomainError('RATE_LIMITED', { seconds: secondsOf(res), retryAfter: secondsOf(res) });

  return {
    async admit(caller) {
      await spend(users, userKey(caller), rateLimited);
      await spend(tenants, caller.tenantId, rateLimited);
    },
    async withinQuota(kind, caller, work) {
      const { limiter, limit } = quotas[kind];
      const key = userKey(caller);
      await spend(
        limiter,
        key,
        (res) =>
          new DomainError(QUOTA_ERRORS[kind], {
            limit,
            hours: Math.max(1, Math.ceil(res.msBeforeNext / 3_600_000)),
            retryAfter: secondsOf(res),
          }),
      );
      const giveBack = () => limiter.reward(key, 1).catch(() => undefined);
      try {
        const result = await work();
        if (result.status >= 400) await giveBack();
        return result;
      } catch (error) {
        await giveBack();
        throw error;
      }
    },
  };
}
