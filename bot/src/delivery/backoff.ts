/**
 * Exponential backoff with jitter for retryable send failures (412, 502, 503, 504): the n-th
 * retry waits a random time between half and all of `initial × 2^(n-1)`, capped — so instances
 * that failed together do not retry together. (cockatiel 4 is ESM-only and its retry loop is
 * in-process; our retries are durable outbox state, so only the delay formula is needed.)
 */
export interface BackoffOptions {
  initialMs: number;
  maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { initialMs: 2000, maxMs: 5 * 60_000 };

export function backoffDelay(
  attempt: number,
  options: BackoffOptions = DEFAULT_BACKOFF,
  random = Math.random,
): number {
  const exp = Math.min(options.maxMs, options.initialMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(exp / 2 + random() * (exp / 2));
}
