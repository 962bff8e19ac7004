import { z } from 'zod';

const int = (min: number, max: number, fallback: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);

const envSchema = z.object({
  /** 'off' stops the scheduler and dispatcher in this instance (the bot still answers). */
  REMINDERS: z.enum(['on', 'off']).default('on'),
  REMINDER_SCAN_INTERVAL_MS: int(100, 3_600_000, 60_000),
  DELIVERY_CONCURRENCY: int(1, 64, 8),
  DELIVERY_LEASE_MS: int(1000, 3_600_000, 60_000),
  DELIVERY_POLL_MS: int(10, 60_000, 1000),
  DELIVERY_MAX_ATTEMPTS: int(1, 20, 6),
  SEND_TIMEOUT_MS: int(500, 120_000, 15_000),
  DELIVERY_LIMITER_MARGIN_MS: int(0, 1000, 30),
});

export interface DeliveryConfig {
  enabled: boolean;
  scanIntervalMs: number;
  concurrency: number;
  leaseMs: number;
  pollMs: number;
  maxAttempts: number;
  sendTimeoutMs: number;
  /** Extra length of the client-side rate windows (arrival jitter); see rate-limiter.ts. */
  limiterMarginMs: number;
}

/**
 * Delivery settings from the environment. The lease must outlive a send's timeout: a lease that
 * ran out while the send was still waiting would let the sweeper call it 'unknown' too early.
 */
export function loadDeliveryConfig(env: NodeJS.ProcessEnv = process.env): DeliveryConfig {
  const parsed = envSchema.parse(env);
  return {
    enabled: parsed.REMINDERS === 'on',
    scanIntervalMs: parsed.REMINDER_SCAN_INTERVAL_MS,
    concurrency: parsed.DELIVERY_CONCURRENCY,
    leaseMs: Math.max(parsed.DELIVERY_LEASE_MS, parsed.SEND_TIMEOUT_MS + 1000),
    pollMs: parsed.DELIVERY_POLL_MS,
    maxAttempts: parsed.DELIVERY_MAX_ATTEMPTS,
    sendTimeoutMs: parsed.SEND_TIMEOUT_MS,
    limiterMarginMs: parsed.DELIVERY_LIMITER_MARGIN_MS,
  };
}
