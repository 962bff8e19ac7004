import { isMessagingFailure } from '@ambassadors/shared';

/** Thrown from `beforeSend` when the record must go back to the queue unsent. */
export class NotSent extends Error {}

const RETRYABLE = new Set([412, 502, 503, 504]);
const UNREACHABLE: Record<number, string> = {
  403: 'forbidden: the app is blocked or not installed for this user',
  404: 'not found: the conversation no longer exists',
};

/**
 * What became of a send that threw, decided from the error alone:
 * - `notSent`: it never left (the tenant stayed paused longer than the lease could wait);
 * - `throttled`: 429, the whole tenant waits `retryAfterMs`, this attempt does not count;
 * - `unknown`: no answer (a timeout, a cut connection) — it may have arrived, and Teams has no
 *   idempotent send, so it is never repeated;
 * - `unreachable`: 403/404, the app cannot reach this person;
 * - `retry`: a passing failure (412, 502–504, refused connection) with attempts left;
 * - `failed`: anything else, or a passing failure out of attempts.
 */
export type SendFailure =
  | { kind: 'notSent' }
  | { kind: 'throttled'; status: 429; retryAfterMs: number; reason: string }
  | { kind: 'unknown'; status: number | null; reason: string }
  | { kind: 'unreachable'; status: number; reason: string }
  | { kind: 'retry'; status: number | null; reason: string }
  | { kind: 'failed'; status: number | null; reason: string };

export interface FailurePolicy {
  /** Attempts of a passing failure before it counts as failed. */
  maxAttempts: number;
  /** Retry-After when a 429 carries none. */
  defaultRetryAfterMs: number;
}

/** Classifies the error of one send, the `attempts`-th (counting this one). Pure. */
export function classifySendFailure(error: unknown, attempts: number, policy: FailurePolicy): SendFailure {
  if (error instanceof NotSent) return { kind: 'notSent' };
  const failure = isMessagingFailure(error) ? error : null;
  const status = failure?.status ?? 0;
  if (status === 429) {
    const retryAfterMs = failure?.retryAfterMs ?? policy.defaultRetryAfterMs;
    return {
      kind: 'throttled',
      status: 429,
      retryAfterMs,
      reason: `throttled; retry after ${Math.round(retryAfterMs / 1000)} s`,
    };
  }
  if (!failure || failure.ambiguous) {
    return {
      kind: 'unknown',
      status: status || null,
      reason: `no answer (${failure?.message ?? String(error)}); it may or may not have arrived`,
    };
  }
  const unreachable = UNREACHABLE[status];
  if (unreachable) return { kind: 'unreachable', status, reason: unreachable };
  if ((RETRYABLE.has(status) || status === 0) && attempts < policy.maxAttempts) {
    return {
      kind: 'retry',
      status: status || null,
      reason: `retrying after ${status || 'refused connection'}`,
    };
  }
  return {
    kind: 'failed',
    status: status || null,
    reason: `${status || 'no connection'}: ${failure.message}`.slice(0, 500),
  };
}
