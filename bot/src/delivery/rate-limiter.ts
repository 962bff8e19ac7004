/**
 * Client-side sliding-window limits, the same shape Teams enforces: per app per tenant
 * (50 requests per second) and per conversation (7/1 s, 8/2 s, 60/30 s, 1,800/h). Sending at
 * the limit instead of into it keeps throughput near the ceiling without 429s; a 429 that still
 * comes back pauses the whole tenant for its Retry-After.
 */
export interface RateWindow {
  limit: number;
  windowMs: number;
}

export const TENANT_LIMITS: RateWindow[] = [{ limit: 50, windowMs: 1000 }];
export const CONVERSATION_LIMITS: RateWindow[] = [
  { limit: 7, windowMs: 1000 },
  { limit: 8, windowMs: 2000 },
  { limit: 60, windowMs: 30_000 },
  { limit: 1800, windowMs: 3_600_000 },
];

export class SlidingWindowLimiter {
  private readonly stamps = new Map<string, number[]>();
  private readonly longest: number;

  /**
   * @param marginMs added to every window: requests leave here and arrive there a little
   * later and unevenly, so the client counts slightly longer windows than the server.
   */
  constructor(
    private readonly windows: RateWindow[],
    private readonly marginMs = 0,
  ) {
    this.longest = Math.max(0, ...windows.map((w) => w.windowMs + marginMs));
  }

  /**
   * Milliseconds until one more request fits every window (0 = now). `pending` requests about
   * to take a slot are counted as if they had just been sent.
   */
  waitMs(key: string, now: number, pending = 0): number {
    const list = this.prune(key, now);
    let wait = 0;
    for (const w of this.windows) {
      const span = w.windowMs + this.marginMs;
      let count = pending;
      for (let idx = list.length - 1; idx >= 0 && list[idx]! > now - span; idx--) count++;
      if (count >= w.limit) {
        // The request inside the window that must leave before one more fits.
        const blocking = list[list.length + pending - w.limit];
        wait = Math.max(wait, blocking === undefined ? 1 : blocking + span - now + 1);
      }
    }
    return wait;
  }

  record(key: string, now: number): void {
    const list = this.prune(key, now);
    list.push(now);
    this.stamps.set(key, list);
  }

  private prune(key: string, now: number): number[] {
    const list = this.stamps.get(key);
    if (!list) return [];
    let drop = 0;
    while (drop < list.length && list[drop]! <= now - this.longest) drop++;
    if (drop) list.splice(0, drop);
    if (list.length === 0) this.stamps.delete(key);
    return list;
  }
}
