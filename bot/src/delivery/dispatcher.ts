import { randomUUID } from 'node:crypto';
import {
  isMessagingFailure,
  isWithinWorkingHours,
  nextWorkingInstant,
  pickLocale,
  type Clock,
  type ConversationTarget,
  type DeliveryStore,
  type MessagingPort,
  type OutboxRecord,
  type OutgoingMessage,
  type WithEtag,
} from '@ambassadors/shared';
import { CONFIG_DEFAULTS } from '../runtime/app-config';
import type { Logger } from '../runtime/logger';
import { backoffDelay, DEFAULT_BACKOFF, type BackoffOptions } from './backoff';
import { CONVERSATION_LIMITS, SlidingWindowLimiter, TENANT_LIMITS, type RateWindow } from './rate-limiter';

export interface DispatcherOptions {
  store: DeliveryStore;
  messaging: MessagingPort;
  clock: Clock;
  logger: Logger;
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
  lostRaces: number;
}

/** Thrown from `beforeSend` when the record must go back to the queue unsent. */
class NotSent extends Error {}

const RETRYABLE = new Set([412, 502, 503, 504]);
const UNREACHABLE: Record<number, string> = {
  403: 'forbidden: the app is blocked or not installed for this user',
  404: 'not found: the conversation no longer exists',
};

/**
 * Sends the outbox: claims due records with a lease (conditional write on the ETag, so of
 * several instances exactly one gets each record), checks the recipient can be disturbed
 * (not paused, inside working hours), sends at Teams' pace per tenant and conversation, and
 * writes the outcome back.
 *
 * The crash window: a record is marked 'sending' (durably) right before the HTTP call and
 * 'delivered' right after. A record found 'sending' once its lease has run out was in flight
 * when an instance died — it may or may not have arrived, and Teams has no idempotent send — so
 * it becomes 'unknown' and is never re-sent automatically. At most `concurrency` records can be
 * in that state per crash.
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
    lostRaces: 0,
  };
  private readonly o: Required<Omit<DispatcherOptions, 'instanceId'>>;
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
  private lastSweep = 0;

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
      ...options,
    } as Required<Omit<DispatcherOptions, 'instanceId'>>;
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

  private now(): Date {
    return this.o.clock.now();
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
      const nowMs = Date.now();
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
      const pick = this.pickNext(Date.now());
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
   * false when the tenant got paused (429) for longer than the record's lease can wait.
   */
  private async acquire(ready: Ready, leaseUntilMs: number): Promise<boolean> {
    const tenantId = ready.record.tenantId;
    const conversationId = ready.target.conversationId;
    for (;;) {
      const nowMs = Date.now();
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
      if (nowMs + wait > leaseUntilMs - this.o.leaseMs / 2) return false;
      await new Promise((resolve) => setTimeout(resolve, Math.min(wait, 100)));
    }
  }

  /** 'sending' records whose lease ran out were in flight when their instance died: 'unknown'. */
  async sweepStale(): Promise<number> {
    const now = this.now();
    const stale = await this.o.store.findStaleSending(now, 500);
    let marked = 0;
    for (const record of stale) {
      const { etag, ...plain } = record;
      const updated = await this.o.store.replaceOutbox(
        {
          ...plain,
          status: 'unknown',
          // leaseOwner stays: which instance was sending (diagnosis, and the crash test's proof).
          reason: 'in flight when a server instance stopped; it may or may not have arrived',
          updatedAt: now.toISOString(),
        },
        etag,
      );
      if (updated) {
        marked++;
        this.stats.unknown++;
      }
    }
    if (marked) this.o.logger.warn({ marked }, 'in-flight sends of a stopped instance marked unknown');
    return marked;
  }

  /** Claims due records (lease by conditional write) and prepares them for sending. */
  async claim(): Promise<void> {
    const now = this.now();
    const due = await this.o.store.findClaimable(now, this.o.batchSize);
    this.lastClaimFound = due.length;
    const leaseUntil = new Date(now.getTime() + this.o.leaseMs).toISOString();
    const work = due.filter((r) => !this.known.has(r.id));
    const worker = async () => {
      for (let record = work.shift(); record; record = work.shift()) {
        const { etag, ...plain } = record;
        const claimed = await this.o.store.replaceOutbox(
          { ...plain, leaseOwner: this.instanceId, leaseUntil, updatedAt: now.toISOString() },
          etag,
        );
        if (!claimed) {
          this.stats.lostRaces++;
          continue;
        }
        this.stats.claimed++;
        await this.prepare(claimed, now);
      }
    };
    await Promise.all(Array.from({ length: Math.min(16, work.length) }, worker));
  }

  private async finish(
    record: WithEtag<OutboxRecord>,
    patch: Partial<OutboxRecord>,
  ): Promise<WithEtag<OutboxRecord> | null> {
    const { etag, ...plain } = record;
    const updated = await this.o.store.replaceOutbox(
      { ...plain, ...patch, updatedAt: this.now().toISOString() },
      etag,
    );
    if (!updated) this.stats.lostRaces++;
    return updated;
  }

  /** Decides whether a claimed record can go now; if so it joins its tenant's send queue. */
  private async prepare(record: WithEtag<OutboxRecord>, now: Date): Promise<void> {
    if (new Date(record.expiresAt).getTime() <= now.getTime()) {
      this.stats.failed++;
      await this.finish(record, {
        status: 'failed',
        reason: 'expired before it could be sent',
        leaseOwner: null,
      });
      return;
    }
    const preference = await this.o.store.getPreference(record.tenantId, record.recipient.userId);
    if (preference?.paused) {
      this.stats.deferred++;
      await this.finish(record, {
        status: 'deferred',
        reason: 'paused by the recipient',
        nextAttemptAt: new Date(now.getTime() + this.o.pausedRecheckMs).toISOString(),
        leaseOwner: null,
        leaseUntil: new Date(0).toISOString(),
      });
      return;
    }
    const window = record.sendWindow;
    if (window && !isWithinWorkingHours(now, window, window.timeZone, window.country)) {
      this.stats.deferred++;
      await this.finish(record, {
        status: 'deferred',
        reason: 'outside working hours',
        nextAttemptAt: nextWorkingInstant(now, window, window.timeZone, window.country).toISOString(),
        leaseOwner: null,
        leaseUntil: new Date(0).toISOString(),
      });
      return;
    }
    const conversation = await this.o.store.findPersonalConversation(
      record.tenantId,
      record.recipient.userId,
    );
    if (!conversation) {
      this.stats.unreachable++;
      await this.finish(record, {
        status: 'unreachable',
        reason: 'no conversation: the app is not installed for this user',
        leaseOwner: null,
      });
      return;
    }
    const target: ConversationTarget = {
      tenantId: conversation.tenantId,
      conversationId: conversation.conversationId,
      userId: conversation.userId,
      scope: conversation.scope,
      serviceUrl: conversation.serviceUrl,
      reference: conversation.reference,
    };
    const locale = preference?.locale ?? pickLocale(record.locale);
    const queue = this.queues.get(record.tenantId) ?? [];
    queue.push({ record, target, locale });
    this.queues.set(record.tenantId, queue);
    this.known.add(record.id);
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
    const now = this.now();
    const message = this.o.render(ready.record, ready.locale);
    const leaseUntil = now.getTime() + this.o.leaseMs;
    // Durably 'sending' before the HTTP call: if we die after it, the record says so.
    const sending = await this.finish(ready.record, {
      status: 'sending',
      attempts: ready.record.attempts + 1,
      lastAttemptAt: now.toISOString(),
      leaseOwner: this.instanceId,
      leaseUntil: new Date(leaseUntil).toISOString(),
      conversationId: target.conversationId,
    });
    if (!sending) {
      this.known.delete(ready.record.id);
      return;
    }
    try {
      // The rate-limit slot is taken inside the send, right before the request leaves.
      const receipt = await this.o.messaging.send(target, message, {
        beforeSend: async () => {
          if (!(await this.acquire(ready, leaseUntil))) throw new NotSent();
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
    if (error instanceof NotSent) {
      // Paused for longer than the lease allows: back to the queue, not sent.
      this.known.delete(ready.record.id);
      const pausedUntil = this.pausedTenants.get(ready.record.tenantId) ?? Date.now();
      await this.finish(sending, {
        status: 'queued',
        attempts: sending.attempts - 1,
        nextAttemptAt: new Date(pausedUntil).toISOString(),
        leaseOwner: null,
        leaseUntil: new Date(0).toISOString(),
      });
      return;
    }
    const failure = isMessagingFailure(error) ? error : null;
    const status = failure?.status ?? 0;
    const nowMs = this.now().getTime();
    if (status === 429) {
      // Teams throttles the app per tenant: pause the whole tenant, not just this message.
      const retryAfter = failure?.retryAfterMs ?? this.o.defaultRetryAfterMs;
      this.pausedTenants.set(ready.record.tenantId, Date.now() + retryAfter);
      this.stats.throttled++;
      const requeued = await this.finish(sending, {
        status: 'queued',
        attempts: sending.attempts - 1,
        lastStatusCode: 429,
        reason: `throttled; retry after ${Math.round(retryAfter / 1000)} s`,
        nextAttemptAt: new Date(nowMs + retryAfter).toISOString(),
      });
      if (requeued) {
        const queue = this.queues.get(requeued.tenantId) ?? [];
        queue.unshift({ ...ready, record: requeued });
        this.queues.set(requeued.tenantId, queue);
      } else this.known.delete(sending.id);
      return;
    }
    this.known.delete(sending.id);
    if (failure?.ambiguous || !failure) {
      this.stats.unknown++;
      await this.finish(sending, {
        status: 'unknown',
        lastStatusCode: status || null,
        reason: `no answer (${failure?.message ?? String(error)}); it may or may not have arrived`,
      });
      return;
    }
    if (UNREACHABLE[status]) {
      this.stats.unreachable++;
      await this.finish(sending, {
        status: 'unreachable',
        lastStatusCode: status,
        reason: UNREACHABLE[status],
        leaseOwner: null,
      });
      return;
    }
    if ((RETRYABLE.has(status) || status === 0) && sending.attempts < this.o.maxAttempts) {
      this.stats.retried++;
      await this.finish(sending, {
        status: 'queued',
        lastStatusCode: status || null,
        reason: `retrying after ${status || 'refused connection'}`,
        nextAttemptAt: new Date(nowMs + backoffDelay(sending.attempts, this.o.backoff)).toISOString(),
        leaseOwner: null,
        leaseUntil: new Date(0).toISOString(),
      });
      return;
    }
    this.stats.failed++;
    await this.finish(sending, {
      status: 'failed',
      lastStatusCode: status || null,
      reason: `${status || 'no connection'}: ${failure.message}`.slice(0, 500),
      leaseOwner: null,
    });
  }
}
