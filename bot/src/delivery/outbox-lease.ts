import type { Clock, DeliveryStore, OutboxRecord, WithEtag } from '@ambassadors/shared';

/** A lease that is no one's: the record may be claimed again as soon as it is due. */
const NO_LEASE = new Date(0).toISOString();

export interface OutboxLeaseOptions {
  store: DeliveryStore;
  /** The one clock of every time written into a record. */
  clock: Clock;
  instanceId: string;
  /** How long a claim or an in-flight send is ours. */
  leaseMs: number;
}

/**
 * The lease protocol of the outbox. Every change is a conditional write on the record's ETag,
 * so of several instances exactly one wins each record; `null` back means another instance (or
 * the sweeper) changed it first and this one lets go.
 *
 * A record is claimed with a lease, marked 'sending' (durably) right before the HTTP call and
 * given its outcome right after. One found 'sending' once its lease has run out was in flight
 * when an instance died: `sweepStale` calls it 'unknown', never to be re-sent automatically.
 */
export class OutboxLease {
  constructor(private readonly o: OutboxLeaseOptions) {}

  now(): Date {
    return this.o.clock.now();
  }

  /** Writes `patch` onto `record` if nobody changed it since it was read. */
  async write(
    record: WithEtag<OutboxRecord>,
    patch: Partial<OutboxRecord>,
  ): Promise<WithEtag<OutboxRecord> | null> {
    const { etag, ...plain } = record;
    return this.o.store.replaceOutbox({ ...plain, ...patch, updatedAt: this.now().toISOString() }, etag);
  }

  /** Due records at `now` (claimable: queued or deferred and due, or with a lapsed lease). */
  findDue(now: Date, limit: number): Promise<WithEtag<OutboxRecord>[]> {
    return this.o.store.findClaimable(now, limit);
  }

  /** Takes the lease of one due record until `now` + the lease. */
  claim(record: WithEtag<OutboxRecord>, now: Date): Promise<WithEtag<OutboxRecord> | null> {
    const leaseUntil = new Date(now.getTime() + this.o.leaseMs).toISOString();
    return this.write(record, { leaseOwner: this.o.instanceId, leaseUntil });
  }

  /**
   * Marks the record 'sending' for one more attempt, leased until `leaseUntilMs`: if this
   * instance dies after this write, the record says so.
   */
  markSending(
    record: WithEtag<OutboxRecord>,
    now: Date,
    leaseUntilMs: number,
    conversationId: string,
  ): Promise<WithEtag<OutboxRecord> | null> {
    return this.write(record, {
      status: 'sending',
      attempts: record.attempts + 1,
      lastAttemptAt: now.toISOString(),
      leaseOwner: this.o.instanceId,
      leaseUntil: new Date(leaseUntilMs).toISOString(),
      conversationId,
    });
  }

  /** Gives a record back unsent, to be claimed again from `nextAttemptAt`. */
  release(
    record: WithEtag<OutboxRecord>,
    patch: Partial<OutboxRecord> & { status: 'queued' | 'deferred'; nextAttemptAt: string },
  ): Promise<WithEtag<OutboxRecord> | null> {
    return this.write(record, { ...patch, leaseOwner: null, leaseUntil: NO_LEASE });
  }

  /** 'sending' records whose lease ran out were in flight when their instance died: 'unknown'. */
  async sweepStale(limit = 500): Promise<number> {
    const stale = await this.o.store.findStaleSending(this.now(), limit);
    let marked = 0;
    for (const record of stale) {
      const updated = await this.write(record, {
        status: 'unknown',
        // leaseOwner stays: which instance was sending (diagnosis, and the crash test's proof).
        reason: 'in flight when a server instance stopped; it may or may not have arrived',
      });
      if (updated) marked++;
    }
    return marked;
  }
}
