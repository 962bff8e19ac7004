import type { Container, PatchOperation } from '@azure/cosmos';
import { z } from 'zod';
import { DomainError, idSchema, isoDateTimeSchema, type Clock, type DueProgramme } from '@ambassadors/shared';
import type { CosmosCall } from './cosmos-call';
import {
  programmePartitionKey,
  scheduleStateDocument,
  scheduleStateId,
  validate,
} from './programme-documents';

/** What the scheduler's scan may ask for in one go. */
const MAX_DUE_LIMIT = 1000;
/** Schedule ETags remembered between loadBoard and setNextCheck (a scheduler pass or two). */
const MAX_SEEN_SCHEDULES = 10_000;

const scheduleKey = (tenantId: string, programmeId: string) => `${tenantId}\u0000${programmeId}`;

const dueProgrammeSchema = z.object({
  tenantId: idSchema,
  programmeId: idSchema,
  nextCheckAt: isoDateTimeSchema,
});

export interface CosmosScheduleIndexOptions {
  /** The `programmes` container, where each programme's schedule record lives in its partition. */
  container: Container;
  clock: Clock;
  call: CosmosCall;
  /** Whether the programme document exists (a missing schedule record is repaired only then). */
  programmeExists: (tenantId: string, programmeId: string) => Promise<boolean>;
}

/**
 * The scheduler's index over the programmes: one small `scheduleState` record per programme
 * with `nextCheckAt`, which every board change sets to "now" and the scheduler's scan reads
 * across partitions. It remembers the record's ETag as the board was loaded, so the scheduler's
 * later write cannot hide a change that came in between.
 */
export class CosmosScheduleIndex {
  /**
   * The schedule record's ETag as last seen by loadBoard, per programme: lets setNextCheck
   * notice a change that arrived after the board was loaded (bounded; oldest dropped first).
   */
  private readonly seenSchedule = new Map<string, string>();
  private readonly container: Container;
  private readonly clock: Clock;
  private readonly call: CosmosCall;

  constructor(private readonly o: CosmosScheduleIndexOptions) {
    this.container = o.container;
    this.clock = o.clock;
    this.call = o.call;
  }

  /** Forgets what loadBoard saw of a programme (it was deleted). */
  forget(tenantId: string, programmeId: string): void {
    this.seenSchedule.delete(scheduleKey(tenantId, programmeId));
  }

  async findDue(now: Date, limit: number): Promise<DueProgramme[]> {
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_DUE_LIMIT) {
      throw new DomainError('VALIDATION_FAILED', { details: `limit must be 1–${MAX_DUE_LIMIT}` });
    }
    // Cross-partition by design, but it only touches the small indexed schedule records.
    const { resources } = await this.call('findProgrammesDue', () =>
      this.container.items
        .query<unknown>({
          query:
            "SELECT TOP @limit c.tenantId, c.programmeId, c.nextCheckAt FROM c WHERE c.type = 'scheduleState' AND c.nextCheckAt <= @now ORDER BY c.nextCheckAt",
          parameters: [
            { name: '@limit', value: limit },
            { name: '@now', value: now.toISOString() },
          ],
        })
        .fetchAll(),
    );
    return resources.map((resource) => {
      const parsed = dueProgrammeSchema.safeParse(resource);
      if (!parsed.success) {
        const raw = (resource ?? {}) as Record<string, unknown>;
        throw new DomainError('STORED_DOCUMENT_INVALID', {
          type: 'scheduleState',
          id: String(raw.programmeId ?? 'unknown'),
        });
      }
      return parsed.data;
    });
  }

  /**
   * Normally one blind upsert. When this store loaded the programme's board before (as the
   * scheduler does), the write is conditional on the schedule record being unchanged since: a
   * board change in between has set nextCheckAt to "now", and overwriting that with a later time
   * would hide the change from the scheduler. Then the record is left as it is (due now).
   */
  async setNextCheck(tenantId: string, programmeId: string, nextCheckAt: Date): Promise<void> {
    validate(idSchema, tenantId);
    validate(idSchema, programmeId);
    if (Number.isNaN(nextCheckAt.getTime()))
      throw new DomainError('VALIDATION_FAILED', { details: 'nextCheckAt' });
    const key = scheduleKey(tenantId, programmeId);
    const seen = this.seenSchedule.get(key);
    this.seenSchedule.delete(key);
    const doc = scheduleStateDocument(tenantId, programmeId, nextCheckAt, this.clock.now());
    if (!seen) {
      await this.upsertOfLiveProgramme(tenantId, programmeId, doc);
      return;
    }
    try {
      await this.call('setNextCheck', () =>
        this.container
          .item(doc.id, programmePartitionKey(tenantId, programmeId))
          .replace(doc, { accessCondition: { type: 'IfMatch', condition: seen } }),
      );
    } catch (error) {
      if (error instanceof DomainError && error.code === 'CONFLICT') return;
      if (error instanceof DomainError && error.code === 'NOT_FOUND') {
        await this.upsertOfLiveProgramme(tenantId, programmeId, doc);
        return;
      }
      throw error;
    }
  }

  /**
   * Writes the schedule record only while its programme exists, and takes it back when the
   * programme turns out to be gone by the time the write landed: with deleteProgramme removing
   * the record once more after the programme document, a programme deleted while the scheduler
   * was planning it never comes back into the schedule as an orphan.
   */
  private async upsertOfLiveProgramme(
    tenantId: string,
    programmeId: string,
    doc: ReturnType<typeof scheduleStateDocument>,
  ): Promise<void> {
    if (!(await this.o.programmeExists(tenantId, programmeId))) return;
    await this.call('setNextCheck', () => this.container.items.upsert(doc));
    if (await this.o.programmeExists(tenantId, programmeId)) return;
    try {
      await this.call('setNextCheck.orphan', () =>
        this.container.item(doc.id, programmePartitionKey(tenantId, programmeId)).delete(),
      );
    } catch (error) {
      if (!(error instanceof DomainError && error.code === 'NOT_FOUND')) throw error;
    }
  }

  remember(tenantId: string, programmeId: string, etag: string): void {
    const key = scheduleKey(tenantId, programmeId);
    this.seenSchedule.delete(key);
    this.seenSchedule.set(key, etag);
    if (this.seenSchedule.size > MAX_SEEN_SCHEDULES) {
      const oldest = this.seenSchedule.keys().next();
      if (!oldest.done) this.seenSchedule.delete(oldest.value);
    }
  }

  /** "Something changed: look at this programme soon" — one small blind write. */
  async scheduleNow(tenantId: string, programmeId: string, operation: string): Promise<void> {
    const now = this.clock.now();
    await this.call(operation, () =>
      this.container.items.upsert(scheduleStateDocument(tenantId, programmeId, now, now)),
    );
  }

  /**
   * Sets nextCheckAt to now only if the programme's schedule record exists in this tenant, which
   * it does for every programme created through this store. A programme without one (e.g. the
   * write after createProgramme failed half-way) gets it back here.
   */
  async touch(tenantId: string, programmeId: string): Promise<void> {
    const now = this.clock.now().toISOString();
    const operations: PatchOperation[] = [
      { op: 'set', path: '/nextCheckAt', value: now },
      { op: 'set', path: '/updatedAt', value: now },
    ];
    try {
      await this.call('touchSchedule', () =>
        this.container
          .item(scheduleStateId(programmeId), programmePartitionKey(tenantId, programmeId))
          .patch(operations),
      );
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== 'NOT_FOUND') throw error;
      if (!(await this.o.programmeExists(tenantId, programmeId))) throw error;
      await this.scheduleNow(tenantId, programmeId, 'touchSchedule.repair');
    }
  }
}
