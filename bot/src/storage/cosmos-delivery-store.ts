import type { Container, ItemDefinition } from '@azure/cosmos';
import type { CosmosRequestInfo } from './cosmos-client';
import { cosmosCaller, type CosmosCall } from './cosmos-call';
import { cosmosStatusOf } from './cosmos-errors';
import { withoutSystemFields as strip } from './cosmos-system-fields';
import {
  DELIVERY_RECORD_RETENTION_DAYS,
  DomainError,
  isDomainError,
  cardActionRecordSchema,
  conversationRecordSchema,
  outboxRecordSchema,
  preferenceRecordSchema,
  type CardActionRecord,
  type ConversationKey,
  type ConversationRecord,
  type DeliveryErasureScope,
  type DeliveryStore,
  type ErrorCode,
  type PersonDeliveryRecords,
  type OutboxRecord,
  type PreferenceRecord,
  type WithEtag,
} from '@ambassadors/shared';
import { personDeliveryRecords, planDeliveryErasure, programmeRecordIds } from './delivery-person-records';

/**
 * The delivery port answers STORE_UNAVAILABLE for every store failure it does not handle itself;
 * the SDK's error stays attached as the cause.
 */
function unavailable(error: unknown): DomainError {
  if (isDomainError(error) && error.code === 'STORE_UNAVAILABLE') return error;
  const cause = isDomainError(error) && error.cause !== undefined ? error.cause : error;
  return new DomainError('STORE_UNAVAILABLE', {}, { cause });
}

/** Whether a store call failed with this code (cosmos-errors.ts maps the SDK's statuses). */
const failedWith = (error: unknown, code: ErrorCode): boolean => isDomainError(error) && error.code === code;

/**
 * Retention of delivery records, stated rather than left open: an outbox record (recipient,
 * what the reminder was about, delivery status) and a card-action record are deleted by Cosmos
 * TTL this long after the reminder stopped mattering (its `expiresAt`) or the action was taken.
 * Long enough for the leaders' delivery report to cover a programme's season, short enough
 * that nobody's reminder history lingers.
 */
export const DELIVERY_RETENTION_DAYS = DELIVERY_RECORD_RETENTION_DAYS;
const DAY_SECONDS = 24 * 60 * 60;

/** Cosmos `ttl` (seconds from this write) for a record that may go `DELIVERY_RETENTION_DAYS` after `from`. */
export function retentionTtlSeconds(from: string, now: Date = new Date()): number {
  const until = new Date(from).getTime() + DELIVERY_RETENTION_DAYS * DAY_SECONDS * 1000;
  return Math.max(1, Math.ceil((until - now.getTime()) / 1000));
}

/**
 * Document id of a conversation reference. Personal chats are keyed by the person (one per
 * person and bot), so the dispatcher finds one with a point read; others by conversation id,
 * encoded because Teams conversation ids contain characters Cosmos ids must not (`/`, `#`, `?`).
 */
export function conversationDocId(key: ConversationKey): string {
  if (key.scope === 'personal' && key.userId)
    return `personal:${Buffer.from(key.userId).toString('base64url')}`;
  return `conv:${Buffer.from(key.conversationId).toString('base64url')}`.slice(0, 250);
}

const preferenceId = (userId: string) => `pref:${userId}`;

/**
 * The bot's delivery state in the Cosmos container `delivery` (partition key /tenantId).
 * Every point operation names the tenant's partition; every query also filters by tenantId in
 * WHERE (the embedded server ignores the partition option), except the dispatcher's two
 * cross-tenant scans, which read only outbox records by status and time.
 */
export class CosmosDeliveryStore implements DeliveryStore {
  private readonly measured: CosmosCall;

  constructor(
    private readonly container: Container,
    options: { onRequest?: (info: CosmosRequestInfo) => void } = {},
  ) {
    this.measured = cosmosCaller(options.onRequest);
  }

  private async create(
    operation: string,
    doc: { id: string; tenantId: string; ttl?: number },
  ): Promise<'created' | 'exists'> {
    try {
      await this.measured(operation, () => this.container.items.create(doc));
      return 'created';
    } catch (error) {
      if (failedWith(error, 'ALREADY_EXISTS')) return 'exists';
      throw unavailable(error);
    }
  }

  private async read(operation: string, tenantId: string, id: string): Promise<ItemDefinition | null> {
    try {
      const { resource } = await this.measured(operation, () => this.container.item(id, tenantId).read());
      if (!resource || resource.tenantId !== tenantId) return null;
      return resource;
    } catch (error) {
      if (failedWith(error, 'NOT_FOUND')) return null;
      throw unavailable(error);
    }
  }

  private async query(
    operation: string,
    query: string,
    parameters: Array<{ name: string; value: string | number }>,
  ): Promise<ItemDefinition[]> {
    try {
      const { resources } = await this.measured(operation, () =>
        this.container.items.query({ query, parameters }).fetchAll(),
      );
      return resources;
    } catch (error) {
      throw unavailable(error);
    }
  }

  async upsertConversation(record: ConversationRecord): Promise<void> {
    const doc = conversationRecordSchema.parse({ ...record, id: conversationDocId(record) });
    try {
      await this.measured('upsertConversation', () => this.container.items.upsert(doc));
    } catch (error) {
      throw unavailable(error);
    }
  }

  async removeConversation(tenantId: string, key: ConversationKey): Promise<boolean> {
    const existing = await this.getConversation(tenantId, key);
    if (!existing || existing.conversationId !== key.conversationId) return false;
    try {
      await this.measured('removeConversation', () =>
        this.container.item(conversationDocId(key), tenantId).delete(),
      );
      return true;
    } catch (error) {
      if (failedWith(error, 'NOT_FOUND')) return false;
      throw unavailable(error);
    }
  }

  async getConversation(tenantId: string, key: ConversationKey): Promise<ConversationRecord | null> {
    const doc = await this.read('getConversation', tenantId, conversationDocId(key));
    return doc && doc.type === 'conversation' ? conversationRecordSchema.parse(strip(doc)) : null;
  }

  async findPersonalConversation(tenantId: string, userId: string): Promise<ConversationRecord | null> {
    return this.getConversation(tenantId, { scope: 'personal', userId, conversationId: '' });
  }

  async getPreference(tenantId: string, userId: string): Promise<PreferenceRecord | null> {
    const doc = await this.read('getPreference', tenantId, preferenceId(userId));
    return doc ? preferenceRecordSchema.parse(strip(doc)) : null;
  }

  async setPreference(record: PreferenceRecord): Promise<void> {
    const doc = preferenceRecordSchema.parse({ ...record, id: preferenceId(record.userId) });
    try {
      await this.measured('setPreference', () => this.container.items.upsert(doc));
    } catch (error) {
      throw unavailable(error);
    }
  }

  async enqueue(records: OutboxRecord[]): Promise<{ created: number; existing: number }> {
    let created = 0;
    let existing = 0;
    // Bounded parallelism: a reminder to 2,000 people should not be 2,000 round trips in a row.
    const queue = records.map((r) => outboxRecordSchema.parse(r));
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        if (
          (await this.create('enqueue', { ...next, ttl: retentionTtlSeconds(next.expiresAt) })) === 'created'
        )
          created++;
        else existing++;
      }
    };
    await Promise.all(Array.from({ length: Math.min(16, queue.length) }, worker));
    return { created, existing };
  }

  private toOutbox(doc: ItemDefinition): WithEtag<OutboxRecord> {
    return { ...outboxRecordSchema.parse(strip(doc)), etag: String(doc._etag) };
  }

  async findClaimable(now: Date, limit: number): Promise<WithEtag<OutboxRecord>[]> {
    const rows = await this.query(
      'findClaimable',
      "SELECT TOP @n * FROM c WHERE c.type = 'outbox' AND (c.status = 'queued' OR c.status = 'deferred') AND c.nextAttemptAt <= @now AND c.leaseUntil <= @now ORDER BY c.nextAttemptAt",
      [
        { name: '@n', value: limit },
        { name: '@now', value: now.toISOString() },
      ],
    );
    return rows.map((row) => this.toOutbox(row));
  }

  async findStaleSending(now: Date, limit: number): Promise<WithEtag<OutboxRecord>[]> {
    const rows = await this.query(
      'findStaleSending',
      "SELECT TOP @n * FROM c WHERE c.type = 'outbox' AND c.status = 'sending' AND c.leaseUntil < @now",
      [
        { name: '@n', value: limit },
        { name: '@now', value: now.toISOString() },
      ],
    );
    return rows.map((row) => this.toOutbox(row));
  }

  async replaceOutbox(record: OutboxRecord, etag: string): Promise<WithEtag<OutboxRecord> | null> {
    const doc = outboxRecordSchema.parse(record);
    try {
      const { resource } = await this.measured('replaceOutbox', () =>
        this.container
          .item(doc.id, doc.tenantId)
          // A replace writes the whole document: the retention must be written again with it.
          .replace(
            { ...doc, ttl: retentionTtlSeconds(doc.expiresAt) },
            { accessCondition: { type: 'IfMatch', condition: etag } },
          ),
      );
      if (!resource) return null;
      return this.toOutbox(resource);
    } catch (error) {
      if (failedWith(error, 'CONFLICT') || failedWith(error, 'NOT_FOUND')) return null;
      throw unavailable(error);
    }
  }

  async getOutbox(tenantId: string, id: string): Promise<WithEtag<OutboxRecord> | null> {
    const doc = await this.read('getOutbox', tenantId, id);
    return doc ? this.toOutbox(doc) : null;
  }

  async listOutbox(tenantId: string, programmeId: string): Promise<OutboxRecord[]> {
    const rows = await this.query(
      'listOutbox',
      "SELECT * FROM c WHERE c.tenantId = @t AND c.type = 'outbox' AND c.programmeId = @p",
      [
        { name: '@t', value: tenantId },
        { name: '@p', value: programmeId },
      ],
    );
    return rows.map((row) => outboxRecordSchema.parse(strip(row)));
  }

  async createAction(record: CardActionRecord): Promise<'created' | 'exists'> {
    const doc = cardActionRecordSchema.parse(record);
    return this.create('createAction', { ...doc, ttl: retentionTtlSeconds(doc.recordedAt) });
  }

  async completeAction(record: CardActionRecord): Promise<void> {
    const doc = cardActionRecordSchema.parse(record);
    try {
      await this.measured('completeAction', () =>
        this.container.items.upsert({ ...doc, ttl: retentionTtlSeconds(doc.recordedAt) }),
      );
    } catch (error) {
      throw unavailable(error);
    }
  }

  async getAction(tenantId: string, id: string): Promise<CardActionRecord | null> {
    const doc = await this.read('getAction', tenantId, id);
    return doc && doc.type === 'cardAction' ? cardActionRecordSchema.parse(strip(doc)) : null;
  }

  async deleteAction(tenantId: string, id: string): Promise<void> {
    try {
      await this.measured('deleteAction', () => this.container.item(id, tenantId).delete());
    } catch (error) {
      if (!failedWith(error, 'NOT_FOUND')) throw unavailable(error);
    }
  }

  async listActions(tenantId: string, programmeId: string): Promise<CardActionRecord[]> {
    const rows = await this.query(
      'listActions',
      "SELECT * FROM c WHERE c.tenantId = @t AND c.type = 'cardAction' AND c.programmeId = @p",
      [
        { name: '@t', value: tenantId },
        { name: '@p', value: programmeId },
      ],
    );
    return rows.map((row) => cardActionRecordSchema.parse(strip(row)));
  }

  /** Every record of one tenant's partition (exports and erasures are rare; one partition read). */
  private async tenantRecords(tenantId: string): Promise<ItemDefinition[]> {
    try {
      const { resources } = await this.container.items
        .query(
          { query: 'SELECT * FROM c WHERE c.tenantId = @t', parameters: [{ name: '@t', value: tenantId }] },
          { partitionKey: tenantId, maxItemCount: -1 },
        )
        .fetchAll();
      return resources.filter((doc) => doc.tenantId === tenantId);
    } catch (error) {
      throw unavailable(error);
    }
  }

  private async deleteRecord(tenantId: string, id: string): Promise<boolean> {
    try {
      await this.container.item(id, tenantId).delete();
      return true;
    } catch (error) {
      if (cosmosStatusOf(error) === 404) return false;
      throw unavailable(error);
    }
  }

  async listForUser(tenantId: string, userId: string): Promise<PersonDeliveryRecords> {
    return personDeliveryRecords((await this.tenantRecords(tenantId)).map(strip), userId);
  }

  async eraseUser(tenantId: string, userId: string, scope: DeliveryErasureScope = {}): Promise<number> {
    const plan = planDeliveryErasure((await this.tenantRecords(tenantId)).map(strip), userId, scope);
    let changed = 0;
    for (const id of plan.deletes) if (await this.deleteRecord(tenantId, id)) changed++;
    for (const kept of plan.rewrites) {
      await this.upsertConversation(kept);
      changed++;
    }
    return changed;
  }

  async deleteProgrammeRecords(tenantId: string, programmeId: string): Promise<number> {
    let deleted = 0;
    for (const id of programmeRecordIds((await this.tenantRecords(tenantId)).map(strip), programmeId))
      if (await this.deleteRecord(tenantId, id)) deleted++;
    return deleted;
  }
}
