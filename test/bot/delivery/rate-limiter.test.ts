import { backoffDelay } from '../../../bot/src/delivery/backoff';
import {
  CONVERSATION_LIMITS,
  SlidingWindowLimiter,
  TENANT_LIMITS,
} from '../../../bot/src/delivery/rate-limiter';

/** Drives a limiter greedily on a simulated clock and returns the times it let requests go. */
function drive(limiter: SlidingWindowLimiter, count: number): number[] {
  const times: number[] = [];
  let now = 0;
  while (times.length < count) {
    const wait = limiter.waitMs('k', now);
    if (wait === 0) {
      limiter.record('k', now);
      times.push(now);
    } else now += wait;
  }
  return times;
}

const maxInWindow = (times: number[], windowMs: number) => {
  let max = 0;
  for (let i = 0, j = 0; i < times.length; i++) {
    while (times[i]! - times[j]! >= windowMs) j++;
    max = Math.max(max, i - j + 1);
  }
  return max;
};

describe('client-side rate limits', () => {
  it('never lets more than 50 requests into any second of a tenant, and keeps close to it', () => {
    const times = drive(new SlidingWindowLimiter(TENANT_LIMITS, 30), 1000);
    expect(maxInWindow(times, 1030)).toBeLessThanOrEqual(50);
    const rate = (times.length - 1) / ((times.at(-1)! - times[0]!) / 1000);
    expect(rate).toBeGreaterThan(47);
  });

  it('holds every per-conversation window at once: 7/1 s, 8/2 s, 60/30 s', () => {
    const times = drive(new SlidingWindowLimiter(CONVERSATION_LIMITS), 120);
    expect(maxInWindow(times, 1000)).toBeLessThanOrEqual(7);
    expect(maxInWindow(times, 2000)).toBeLessThanOrEqual(8);
    expect(maxInWindow(times, 30_000)).toBeLessThanOrEqual(60);
    expect(times[60]! - times[0]!).toBeGreaterThanOrEqual(30_000);
  });

  it('counts requests about to take a slot', () => {
    const limiter = new SlidingWindowLimiter([{ limit: 3, windowMs: 1000 }]);
    limiter.record('k', 0);
    expect(limiter.waitMs('k', 10, 1)).toBe(0);
    expect(limiter.waitMs('k', 10, 2)).toBeGreaterThan(0);
  });

  it('backs off exponentially with jitter, capped', () => {
    const options = { initialMs: 1000, maxMs: 8000 };
    expect(backoffDelay(1, options, () => 0)).toBe(500);
    expect(backoffDelay(1, options, () => 1)).toBe(1000);
    expect(backoffDelay(3, options, () => 1)).toBe(4000);
    expect(backoffDelay(10, options, () => 1)).toBe(8000);
    const samples = new Set(Array.from({ length: 20 }, () => backoffDelay(2, options)));
    expect(samples.size).toBeGreaterThan(1);
  });
});
