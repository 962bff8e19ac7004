import { deliverySettings } from '../runtime/app-config';

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
 * Delivery settings from the environment (their schema and defaults: runtime/app-config.ts).
 * The lease must outlive a send's timeout: a lease that ran out while the send was still
 * waiting would let the sweeper call it 'unknown' too early.
 */
export function loadDeliveryConfig(env: NodeJS.ProcessEnv = process.env): DeliveryConfig {
  const parsed = deliverySettings.parse(env);
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
