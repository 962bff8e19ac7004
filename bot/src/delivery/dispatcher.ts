import { randomUUID } from 'node:crypto';
import {
  type Clock,
  type ConversationTarget,
  type DeliveryStore,
  type MessagingPort,
  type OutboxRecord,
  type OutgoingMessage,
  type ProgrammeStore,
  type WithEtag,
} from '@ambassadors/shared';
import { CONFIG_DEFAULTS } from '../runtime/app-config';
import type { Logger } from '../runtime/logger';
import { backoffDelay, DEFAULT_BACKOFF, type BackoffOptions } from './backoff';
import { OutboxLease } from './outbox-lease';
import { preSendDecision } from './pre-send-checks';
import { classifySendFailure, NotSent } from './send-failure';
import { CONVERSATION_LIMITS, SlidingWindowLimiter, TENANT_LIMITS, type RateWindow } from './rate-limiter';

export interface DispatcherOptions {
  store: DeliveryStore;
  messaging: MessagingPort;
  clock: Clock;
  logger: Logger;
  /**
   * Where programmes live: each claimed record's programme is read again before it is sent, so
   * nothing goes for a programme closed after the card was queued. Without it (tests of the
   * sending alone) that check is skipped.
   */
  programmes?: Pick<ProgrammeStore, 'getProgramme'> | null;
  /** Renders the card of one outbox record in the recipient's language. */
  render: (record: OutboxRecord, locale: OutboxRecord['locale']) => OutgoingMessage;
  instanceId?: string;
  /** Sends in flight at once; also the most records that can end up 'unknown' in a crash. */
  concurrency?: number;
  /** How long a claim or an in-flight send is ours. Must exceed the send timeout. */
  leaseMs?: number;
  /** Records claimed per query. */
  batchSize?: number;
  /** Attempts for retryable failures (412, 502, 503, 504, refused connection) before 'failed'. */
  maxAttempts?: number;
  backoff?: BackoffOptions;
  /** Idle poll interval when nothing is due. */
  pollMs?: number;
  tenantLimits?: RateWindow[];
  conversationLimits?: RateWindow[];
  /** Extra length of each client-side window (arrival jitter); see SlidingWindowLimiter. */
  limiterMarginMs?: number;
  /** Retry-After when a 429 carries none. */
  defaultRetryAfterMs?: number;
  /** Paused users are looked at again after this long. */
  pausedRecheckMs?: number;
  /**
   * Milliseconds on a steady timer, for pacing only (rate windows, tenant pauses, sweeps): how
   * long since, never a time of day. Every time written into a record comes from `clock`.
   */
  pace?: () => number;
}

interface Ready {
  record: WithEtag<OutboxRecord>;
  target: ConversationTarget;
  locale: OutboxRecord['locale'];
}

export interface DispatcherStats {
  claimed: number;
  sent: number;
  delivered: number;
  retried: number;
  throttled: number;
  unreachable: number;
  failed: number;
  unknown: number;
  deferred: number;
  cancelled: number;
  lostRaces: number;
}

/**
 * Sends the outbox: claims due records under a lease (outbox-lease.ts: of several instances
 * exactly one gets each record), checks the recipient can be disturbed (not paused, inside
 * working hours), sends at Teams' pace per tenant and conversation, and writes the outcome back
 * (send-failure.ts decides what a failed send becomes).
 *
 * The crash window: a record is marked 'sending' right before the HTTP call and 'delivered'
 * right after; one found 'sending' once its lease has run out may or may not have arrived and
 * becomes 'unknown'. At most `concurrency` records can be in that state per crash.
 */
export class Dispatcher {
  readonly instanceId: string;
  readonly stats: DispatcherStats = {
    claimed: 0,
    sent: 0,
    delivered: 0,
    retried: 0,
    throttled: 0,
    unreachable: 0,
    failed: 0,
    unknown: 0,
    deferred: 0,
    cancelled: 0,
    lostRaces: 0,
  };
  private readonly o: Required<Omit<DispatcherOptions, 'instanceId'>>;
  private readonly lease: OutboxLease;
  private readonly tenantLimiter: SlidingWindowLimiter;
  private readonly conversationLimiter: SlidingWindowLimiter;
  private readonly pausedTenants = new Map<string, number>();
  private readonly queues = new Map<string, Ready[]>();
  private readonly known = new Set<string>();
  /** Per tenant: records picked for sending that have not yet taken their rate-limit slot. */
  private readonly waiting = new Map<string, number>();
  private inFlight = 0;
  private running = false;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;
  private claiming: Promise<void> | null = null;
  private lastSweep = Number.NEGATIVE_INFINITY;

  constructor(options: DispatcherOptions) {
    this.instanceId = options.instanceId ?? `dispatcher-${randomUUID()}`;
    this.o = {
      concurrency: CONFIG_DEFAULTS.DELIVERY_CONCURRENCY,
      leaseMs: CONFIG_DEFAULTS.DELIVERY_LEASE_MS,
      batchSize: 200,
      maxAttempts: CONFIG_DEFAULTS.DELIVERY_MAX_ATTEMPTS,
      backoff: DEFAULT_BACKOFF,
      pollMs: CONFIG_DEFAULTS.DELIVERY_POLL_MS,
      tenantLimits: TENANT_LIMITS,
      conversationLimits: CONVERSATION_LIMITS,
      limiterMarginMs: CONFIG_DEFAULTS.DELIVERY_LIMITER_MARGIN_MS,
      defaultRetryAfterMs: 2000,
      pausedRecheckMs: 3_600_000,
      pace: () => Date.now(),
      programmes: null,
      ...options,
    } as Required<Omit<DispatcherOptions, 'instanceId'>>;
    this.lease = new OutboxLease({
      store: this.o.store,
      clock: this.o.clock,
      instanceId: this.instanceId,
      leaseMs: this.o.leaseMs,
    });
    this.tenantLimiter = new SlidingWindowLimiter(this.o.tenantLimits, this.o.limiterMarginMs);
    this.conversationLimiter = new SlidingWindowLimiter(this.o.conversationLimits, this.o.limiterMarginMs);
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.pump().catch((error) =>
      this.o.logger.error({ err: error }, 'dispatcher stopped on an error'),
    );
  }

  async stop(): Promise<void> {
    this.running = false;
    this.poke();
    await this.loop;
    while (this.inFlight > 0) await new Promise((resolve) => setTimeout(resolve, 5));
  }

  /** Wakes the loop now (e.g. right after the scheduler queued something). */
  /** What the last claim found (claimed or lost to another instance): 0 = nothing to do. */
  private lastClaimFound = 0;

  poke(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  /** Records waiting in memory (claimed, not yet sent). */
  get backlog(): number {
    let n = 0;
    for (const q of this.queues.values()) n += q.length;
    return n;
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.wake = null;
        resolve();
      }, ms);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  private async pump(): Promise<void> {
    while (this.running) {
      const nowMs = this.o.pace();
      if (nowMs - this.lastSweep > Math.min(5000, this.o.leaseMs / 2)) {
        this.lastSweep = nowMs;
        await this.sweepStale().catch((error) => this.o.logger.warn({ err: error }, 'sweep failed'));
      }
      if (this.backlog < this.o.batchSize / 2 && !this.claiming) {
        this.claiming = this.claim()
          .catch((error) => this.o.logger.warn({ err: error }, 'claim failed'))
          .finally(() => {
            this.claiming = null;
            // A claim that found nothing waits for the next poll, so an idle dispatcher never
            // spins on a store that answers at once; one that found work looks again at once.
            if (this.backlog > 0 || this.lastClaimFound > 0) this.poke();
          });
      }
      if (this.inFlight >= this.o.concurrency) {
        await this.sleep(50);
        continue;
      }
      const pick = this.pickNext(this.o.pace());
      if (pick.ready) {
        this.inFlight++;
        void this.send(pick.ready)
          .catch((error) => this.o.logger.error({ err: error }, 'send bookkeeping failed'))
          .finally(() => {
            this.inFlight--;
            this.poke();
          });
        continue;
      }
      const idle = this.backlog === 0;
      await this.sleep(idle ? this.o.pollMs : Math.max(1, Math.min(pick.waitMs, 50)));
    }
  }

  /**
   * Round-robin over tenants: the first record whose tenant is not paused and whose tenant and
   * conversation have room. Nothing is reserved here: the slot is taken in `acquire`, right
   * before the HTTP call, so the time the limiter counts is the time the request leaves.
   */
  private pickNext(nowMs: number): { ready: Ready | null; waitMs: number } {
    let waitMs = Number.POSITIVE_INFINITY;
    for (const [tenantId, queue] of this.queues) {
      if (queue.length === 0) {
        this.queues.delete(tenantId);
        continue;
      }
      const pausedUntil = this.pausedTenants.get(tenantId) ?? 0;
      if (pausedUntil > nowMs) {
        waitMs = Math.min(waitMs, pausedUntil - nowMs);
        continue;
      }
      // Requests of this tenant already on their way to `acquire` count against its window.
      const tenantWait = this.tenantLimiter.waitMs(tenantId, nowMs, this.waiting.get(tenantId) ?? 0);
      if (tenantWait > 0) {
        waitMs = Math.min(waitMs, tenantWait);
        continue;
      }
      for (let i = 0; i < queue.length && i < 500; i++) {
        const ready = queue[i]!;
        const convWait = this.conversationLimiter.waitMs(ready.target.conversationId, nowMs);
        if (convWait > 0) {
          waitMs = Math.min(waitMs, convWait);
          continue;
        }
        queue.splice(i, 1);
        this.waiting.set(tenantId, (this.waiting.get(tenantId) ?? 0) + 1);
        // Rotate so the next pick starts with another tenant.
        this.queues.delete(tenantId);
        if (queue.length) this.queues.set(tenantId, queue);
        return { ready, waitMs: 0 };
      }
    }
    return { ready: null, waitMs: Number.isFinite(waitMs) ? waitMs : this.o.pollMs };
  }

  /**
   * Takes a slot in the tenant's and the conversation's windows, waiting for room. Resolves
   * false when the tenant got paused (429) for longer than the record's lease can wait: past
   * `waitUntilMs` (on the pacing timer).
   */
  private async acquire(ready: Ready, waitUntilMs: number): Promise<boolean> {
    const tenantId = ready.record.tenantId;
    const conversationId = ready.target.conversationId;
    for (;;) {
      const nowMs = this.o.pace();
      const pausedUntil = this.pausedTenants.get(tenantId) ?? 0;
      const wait = Math.max(
        pausedUntil - nowMs,
        this.tenantLimiter.waitMs(tenantId, nowMs),
        this.conversationLimiter.waitMs(conversationId, nowMs),
      );
      if (wait <= 0) {
        this.tenantLimiter.record(tenantId, nowMs);
        this.conversationLimiter.record(conversationId, nowMs);
        return true;
      }
      // Never let a 'sending' record outlive its lease while it waits: hand it back instead.
      if (nowMs + wait > waitUntilMs) return false;
      await new Promise((resolve) => setTimeout(resolve, Math.min(wait, 100)));
    }
  }

  /** 'sending' records whose lease ran out were in flight when their instance died: 'unknown'. */
  async sweepStale(): Promise<number> {
    const marked = await this.lease.sweepStale();
    this.stats.unknown += marked;
    if (marked) this.o.logger.warn({ marked }, 'in-flight sends of a stopped instance marked unknown');
    return marked;
  }

  /** Claims due records under a lease and prepares them for sending. */
  async claim(): Promise<void> {
    const now = this.lease.now();
    const due = await this.lease.findDue(now, this.o.batchSize);
    this.lastClaimFound = due.length;
    const work = due.filter((r) => !this.known.has(r.id));
    // One read per programme per claim: a batch holds many cards of the same programme.
    const closedWhy = new Map<string, Promise<string | null>>();
    const worker = async () => {
      for (let record = work.shift(); record; record = work.shift()) {
        const claimed = await this.lease.claim(record, now);
        if (!claimed) {
          this.stats.lostRaces++;
          continue;
        }
        this.stats.claimed++;
        await this.prepare(claimed, now, closedWhy);
      }
    };
    await Promise.all(Array.from({ length: Math.min(16, work.length) }, worker));
  }

  /** Writes an outcome; a record another instance changed first is theirs (a lost race). */
  private async finish(
    record: WithEtag<OutboxRecord>,
    patch: Partial<OutboxRecord>,
  ): Promise<WithEtag<OutboxRecord> | null> {
    const updated = await this.lease.write(record, patch);
    if (!updated) this.stats.lostRaces++;
    return updated;
  }

  /** Gives a record back unsent (the lease let go); a lost race as in `finish`. */
  private async release(
    record: WithEtag<OutboxRecord>,
    patch: Partial<OutboxRecord> & { status: 'queued' | 'deferred'; nextAttemptAt: string },
  ): Promise<void> {
    if (!(await this.lease.release(record, patch))) this.stats.lostRaces++;
  }

  /**
   * Decides whether a claimed record can go now (pre-send-checks.ts); if so it joins its
   * tenant's send queue, otherwise it is settled or put back as the decision says.
   */
  private async prepare(
    record: WithEtag<OutboxRecord>,
    now: Date,
    programmes: Map<string, Promise<string | null>> = new Map(),
  ): Promise<void> {
    const decision = await preSendDecision(record, now, this.o, programmes);
    switch (decision.kind) {
      case 'cancelled':
      case 'failed':
      case 'unreachable':
        this.stats[decision.kind]++;
        await this.finish(record, { status: decision.kind, reason: decision.reason, leaseOwner: null });
        return;
      case 'deferred':
        this.stats.deferred++;
        await this.release(record, {
          status: 'deferred',
          reason: decision.reason,
          nextAttemptAt: decision.nextAttemptAt.toISOString(),
        });
        return;
      case 'send': {
        const queue = this.queues.get(record.tenantId) ?? [];
        queue.push({ record, target: decision.target, locale: decision.locale });
        this.queues.set(record.tenantId, queue);
        this.known.add(record.id);
      }
    }
  }

  private async send(ready: Ready): Promise<void> {
    try {
      await this.sendOne(ready);
    } finally {
      const left = (this.waiting.get(ready.record.tenantId) ?? 1) - 1;
      if (left > 0) this.waiting.set(ready.record.tenantId, left);
      else this.waiting.delete(ready.record.tenantId);
    }
  }

  private async sendOne(ready: Ready): Promise<void> {
    const { target } = ready;
    const now = this.lease.now();
    const message = this.o.render(ready.record, ready.locale);
    // A send may wait for its rate slot for half its lease at most, then it is handed back.
    const waitUntil = this.o.pace() + this.o.leaseMs / 2;
    const sending = await this.lease.markSending(
      ready.record,
      now,
      now.getTime() + this.o.leaseMs,
      target.conversationId,
    );
    if (!sending) {
      this.stats.lostRaces++;
      this.known.delete(ready.record.id);
      return;
    }
    try {
      // The rate-limit slot is taken inside the send, right before the request leaves.
      const receipt = await this.o.messaging.send(target, message, {
        beforeSend: async () => {
          if (!(await this.acquire(ready, waitUntil))) throw new NotSent();
          this.stats.sent++;
        },
      });
      this.stats.delivered++;
      this.known.delete(ready.record.id);
      await this.finish(sending, {
        status: 'delivered',
        lastStatusCode: 201,
        activityId: receipt.activityId,
        reason: null,
        leaseOwner: null,
      });
    } catch (error) {
      await this.failed(sending, ready, error);
    }
  }

  private async failed(sending: WithEtag<OutboxRecord>, ready: Ready, error: unknown): Promise<void> {
    const tenantId = ready.record.tenantId;
    const failure = classifySendFailure(error, sending.attempts, this.o);
    const nowMs = this.lease.now().getTime();
    switch (failure.kind) {
      case 'notSent': {
        // Paused for longer than the lease allows: back to the queue, not sent, when the pause ends.
        this.known.delete(ready.record.id);
        const pausedForMs = Math.max(0, (this.pausedTenants.get(tenantId) ?? 0) - this.o.pace());
        await this.release(sending, {
          status: 'queued',
          attempts: sending.attempts - 1,
          nextAttemptAt: new Date(nowMs + pausedForMs).toISOString(),
        });
        return;
      }
      case 'throttled': {
        // Teams throttles the app per tenant: pause the whole tenant, not just this message.
        this.pausedTenants.set(tenantId, this.o.pace() + failure.retryAfterMs);
        this.stats.throttled++;
        const requeued = await this.finish(sending, {
          status: 'queued',
          attempts: sending.attempts - 1,
          lastStatusCode: failure.status,
          reason: failure.reason,
          nextAttemptAt: new Date(nowMs + failure.retryAfterMs).toISOString(),
        });
        if (requeued) {
          const queue = this.queues.get(requeued.tenantId) ?? [];
          queue.unshift({ ...ready, record: requeued });
          this.queues.set(requeued.tenantId, queue);
        } else this.known.delete(sending.id);
        return;
      }
      case 'retry':
        this.known.delete(sending.id);
        this.stats.retried++;
        await this.release(sending, {
          status: 'queued',
          lastStatusCode: failure.status,
          reason: failure.reason,
          nextAttemptAt: new Date(nowMs + backoffDelay(sending.attempts, this.o.backoff)).toISOString(),
        });
        return;
      case 'unknown':
      case 'unreachable':
      case 'failed':
        // Settled for good. An 'unknown' keeps its lease owner: which instance sent it (diagnosis).
        this.known.delete(sending.id);
        this.stats[failure.kind]++;
        await this.finish(sending, {
          status: failure.kind,
          lastStatusCode: failure.status,
          reason: failure.reason,
          ...(failure.kind === 'unknown' ? {} : { leaseOwner: null }),
        });
        return;
    }
  }
}
