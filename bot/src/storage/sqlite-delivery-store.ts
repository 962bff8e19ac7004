import type { StatementSync } from 'node:sqlite';
import type { z } from 'zod';
import {
  DomainError,
  cardActionRecordSchema,
  conversationRecordSchema,
  isDomainError,
  outboxRecordSchema,
  preferenceRecordSchema,
  type CardActionRecord,
  type ConversationKey,
  type ConversationRecord,
  type DeliveryErasureScope,
  type DeliveryStore,
  type OutboxRecord,
  type PersonDeliveryRecords,
  type PreferenceRecord,
  type WithEtag,
} from '@ambassadors/shared';
import { ttlExpiresAt } from './cosmos-ttl';
import { nextTurn } from './next-turn';
import { conversationDocId, retentionTtlSeconds } from './cosmos-delivery-store';
import { CONTAINER_DEFAULT_TTL, deliveryColumns, newEtag, type EmbeddedDatabase } from './embedded-sqlite';
import { isConstraintError } from './sqlite-programme-store';
import { personDeliveryRecords, planDeliveryErasure, programmeRecordIds } from './delivery-person-records';

interface Row {
  etag: string;
  body: string;
}

const preferenceId = (userId: string) => `pref:${userId}`;

/**
 * DeliveryStore on the embedded SQLite database, with the Cosmos adapter's behaviour (same
 * contract suite): creates of an existing id answer 'exists', outbox replaces are conditional on
 * the ETag (null when someone else changed the record first — the dispatcher's lease), records
 * carry the same retention `ttl` and vanish when it runs out. The dispatcher's two cross-tenant
 * scans are served by partial indexes on the outbox's status and times, so they read what is
 * claimable, not the whole outbox.
 */
export class SqliteDeliveryStore implements DeliveryStore {
  private readonly sql: Record<
    | 'get'
    | 'insert'
    | 'upsert'
    | 'replaceIf'
    | 'delete'
    | 'deleteExpired'
    | 'list'
    | 'tenant'
    | 'claimable'
    | 'stale',
    StatementSync
  >;

  constructor(
    private readonly database: EmbeddedDatabase,
    /** Wall-clock time, as Cosmos measures TTL (the retention `ttl` is computed from it too). */
    private readonly now: () => number = Date.now,
  ) {
    const db = database.db;
    const live = '(expires_at IS NULL OR expires_at > ?)';
    this.sql = {
      get: db.prepare(`SELECT etag, body FROM delivery_docs WHERE tenant_id = ? AND id = ? AND ${live}`),
      insert: db.prepare(
        `INSERT INTO delivery_docs (tenant_id, id, type, programme_id, status, next_attempt_at, lease_until, expires_at, etag, body)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      upsert: db.prepare(
        `INSERT INTO delivery_docs (tenant_id, id, type, programme_id, status, next_attempt_at, lease_until, expires_at, etag, body)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (tenant_id, id) DO UPDATE SET type = excluded.type, programme_id = excluded.programme_id,
         status = excluded.status, next_attempt_at = excluded.next_attempt_at, lease_until = excluded.lease_until,
         expires_at = excluded.expires_at, etag = excluded.etag, body = excluded.body`,
      ),
      replaceIf: db.prepare(
        `UPDATE delivery_docs SET type = ?, programme_id = ?, status = ?, next_attempt_at = ?, lease_until = ?,
         expires_at = ?, etag = ?, body = ? WHERE tenant_id = ? AND id = ? AND etag = ? AND ${live}`,
      ),
      delete: db.prepare('DELETE FROM delivery_docs WHERE tenant_id = ? AND id = ?'),
      deleteExpired: db.prepare(
        'DELETE FROM delivery_docs WHERE tenant_id = ? AND id = ? AND expires_at IS NOT NULL AND expires_at <= ?',
      ),
      list: db.prepare(
        `SELECT etag, body FROM delivery_docs WHERE tenant_id = ? AND type = ? AND programme_id = ? AND ${live}`,
      ),
      tenant: db.prepare(`SELECT etag, body FROM delivery_docs WHERE tenant_id = ? AND ${live}`),
      claimable: db.prepare(
        `SELECT etag, body FROM delivery_docs WHERE type = 'outbox' AND status IN ('queued', 'deferred')
         AND next_attempt_at <= ? AND lease_until <= ? AND ${live} ORDER BY next_attempt_at LIMIT ?`,
      ),
      stale: db.prepare(
        `SELECT etag, body FROM delivery_docs WHERE type = 'outbox' AND status = 'sending'
         AND lease_until < ? AND ${live} LIMIT ?`,
      ),
    };
  }

  async upsertConversation(record: ConversationRecord): Promise<void> {
    await nextTurn();
    const doc = conversationRecordSchema.parse({ ...record, id: conversationDocId(record) });
    await this.write(() => this.upsert(doc));
  }

  async removeConversation(tenantId: string, key: ConversationKey): Promise<boolean> {
    await nextTurn();
    const existing = await this.getConversation(tenantId, key);
    if (!existing || existing.conversationId !== key.conversationId) return false;
    const result = await this.write(() => this.sql.delete.run(tenantId, conversationDocId(key)));
    return Number(result.changes) > 0;
  }

  async getConversation(tenantId: string, key: ConversationKey): Promise<ConversationRecord | null> {
    await nextTurn();
    const doc = this.read(tenantId, conversationDocId(key));
    return doc && doc.type === 'conversation' ? conversationRecordSchema.parse(doc) : null;
  }

  async findPersonalConversation(tenantId: string, userId: string): Promise<ConversationRecord | null> {
    await nextTurn();
    return this.getConversation(tenantId, { scope: 'personal', userId, conversationId: '' });
  }

  async getPreference(tenantId: string, userId: string): Promise<PreferenceRecord | null> {
    await nextTurn();
    const doc = this.read(tenantId, preferenceId(userId));
    return doc ? preferenceRecordSchema.parse(doc) : null;
  }

  async setPreference(record: PreferenceRecord): Promise<void> {
    await nextTurn();
    const doc = preferenceRecordSchema.parse({ ...record, id: preferenceId(record.userId) });
    await this.write(() => this.upsert(doc));
  }

  /** All records in one transaction: one log flush for a reminder to 2,000 people. */
  async enqueue(records: OutboxRecord[]): Promise<{ created: number; existing: number }> {
    await nextTurn();
    const docs = records.map((r) => outboxRecordSchema.parse(r));
    let created = 0;
    await this.write(() => {
      for (const doc of docs) {
        if (this.create({ ...doc, ttl: retentionTtlSeconds(doc.expiresAt, new Date(this.now())) }))
          created += 1;
      }
    });
    return { created, existing: docs.length - created };
  }

  async findClaimable(now: Date, limit: number): Promise<WithEtag<OutboxRecord>[]> {
    await nextTurn();
    const at = now.toISOString();
    const rows = this.run(() => this.sql.claimable.all(at, at, this.now(), limit) as unknown as Row[]);
    return rows.map((row) => this.toOutbox(row));
  }

  async findStaleSending(now: Date, limit: number): Promise<WithEtag<OutboxRecord>[]> {
    await nextTurn();
    const rows = this.run(() => this.sql.stale.all(now.toISOString(), this.now(), limit) as unknown as Row[]);
    return rows.map((row) => this.toOutbox(row));
  }

  async replaceOutbox(record: OutboxRecord, etag: string): Promise<WithEtag<OutboxRecord> | null> {
    await nextTurn();
    const doc = outboxRecordSchema.parse(record);
    const body = { ...doc, ttl: retentionTtlSeconds(doc.expiresAt, new Date(this.now())) };
    const c = deliveryColumns(body);
    const next = newEtag();
    const result = await this.write(() =>
      this.sql.replaceIf.run(
        c.type,
        c.programmeId,
        c.status,
        c.nextAttemptAt,
        c.leaseUntil,
        this.expiry(body),
        next,
        JSON.stringify(body),
        c.tenantId,
        c.id,
        etag,
        this.now(),
      ),
    );
    return Number(result.changes) === 0 ? null : { ...doc, etag: next };
  }

  async getOutbox(tenantId: string, id: string): Promise<WithEtag<OutboxRecord> | null> {
    await nextTurn();
    const row = this.run(() => this.sql.get.get(tenantId, id, this.now()) as unknown as Row | undefined);
    return row ? this.toOutbox(row) : null;
  }

  async listOutbox(tenantId: string, programmeId: string): Promise<OutboxRecord[]> {
    await nextTurn();
    return this.list(tenantId, 'outbox', programmeId, outboxRecordSchema);
  }

  async createAction(record: CardActionRecord): Promise<'created' | 'exists'> {
    await nextTurn();
    const doc = cardActionRecordSchema.parse(record);
    const created = await this.write(() =>
      this.create({ ...doc, ttl: retentionTtlSeconds(doc.recordedAt, new Date(this.now())) }),
    );
    return created ? 'created' : 'exists';
  }

  async completeAction(record: CardActionRecord): Promise<void> {
    await nextTurn();
    const doc = cardActionRecordSchema.parse(record);
    await this.write(() =>
      this.upsert({ ...doc, ttl: retentionTtlSeconds(doc.recordedAt, new Date(this.now())) }),
    );
  }

  async getAction(tenantId: string, id: string): Promise<CardActionRecord | null> {
    await nextTurn();
    const doc = this.read(tenantId, id);
    return doc && doc.type === 'cardAction' ? cardActionRecordSchema.parse(doc) : null;
  }

  async deleteAction(tenantId: string, id: string): Promise<void> {
    await nextTurn();
    await this.write(() => this.sql.delete.run(tenantId, id));
  }

  async listActions(tenantId: string, programmeId: string): Promise<CardActionRecord[]> {
    await nextTurn();
    return this.list(tenantId, 'cardAction', programmeId, cardActionRecordSchema);
  }

  async listForUser(tenantId: string, userId: string): Promise<PersonDeliveryRecords> {
    await nextTurn();
    return personDeliveryRecords(this.tenantRecords(tenantId), userId);
  }

  async eraseUser(tenantId: string, userId: string, scope: DeliveryErasureScope = {}): Promise<number> {
    await nextTurn();
    const plan = planDeliveryErasure(this.tenantRecords(tenantId), userId, scope);
    return this.write(() => {
      let changed = 0;
      for (const id of plan.deletes) changed += Number(this.sql.delete.run(tenantId, id).changes);
      for (const kept of plan.rewrites) {
        this.upsert(conversationRecordSchema.parse({ ...kept, id: conversationDocId(kept) }));
        changed++;
      }
      return changed;
    });
  }

  async deleteProgrammeRecords(tenantId: string, programmeId: string): Promise<number> {
    await nextTurn();
    const ids = programmeRecordIds(this.tenantRecords(tenantId), programmeId);
    return this.write(() => ids.reduce((n, id) => n + Number(this.sql.delete.run(tenantId, id).changes), 0));
  }

  private tenantRecords(tenantId: string): Record<string, unknown>[] {
    const rows = this.run(() => this.sql.tenant.all(tenantId, this.now()) as unknown as Row[]);
    return rows.map((row) => JSON.parse(row.body) as Record<string, unknown>);
  }

  private list<T>(tenantId: string, type: string, programmeId: string, schema: z.ZodType<T>): T[] {
    const rows = this.run(
      () => this.sql.list.all(tenantId, type, programmeId, this.now()) as unknown as Row[],
    );
    return rows.map((row) => schema.parse(JSON.parse(row.body)));
  }

  private read(tenantId: string, id: string): Record<string, unknown> | null {
    const row = this.run(() => this.sql.get.get(tenantId, id, this.now()) as unknown as Row | undefined);
    if (!row) return null;
    const doc = JSON.parse(row.body) as Record<string, unknown>;
    return doc.tenantId === tenantId ? doc : null;
  }

  private toOutbox(row: Row): WithEtag<OutboxRecord> {
    return { ...outboxRecordSchema.parse(JSON.parse(row.body)), etag: row.etag };
  }

  /** Create unless the id exists (an expired record no longer does); true when created. */
  private create(doc: Record<string, unknown>): boolean {
    const c = deliveryColumns(doc);
    this.sql.deleteExpired.run(c.tenantId, c.id, this.now());
    try {
      this.sql.insert.run(
        c.tenantId,
        c.id,
        c.type,
        c.programmeId,
        c.status,
        c.nextAttemptAt,
        c.leaseUntil,
        this.expiry(doc),
        newEtag(),
        JSON.stringify(doc),
      );
      return true;
    } catch (error) {
      if (isConstraintError(error)) return false;
      throw error;
    }
  }

  private upsert(doc: Record<string, unknown>): void {
    const c = deliveryColumns(doc);
    this.sql.upsert.run(
      c.tenantId,
      c.id,
      c.type,
      c.programmeId,
      c.status,
      c.nextAttemptAt,
      c.leaseUntil,
      this.expiry(doc),
      newEtag(),
      JSON.stringify(doc),
    );
  }

  private expiry(doc: Record<string, unknown>): number | null {
    return ttlExpiresAt(CONTAINER_DEFAULT_TTL.delivery, doc.ttl, this.now());
  }

  /** A group-committed write (see EmbeddedDatabase.write); SQLite failures are STORE_UNAVAILABLE. */
  private async write<T>(work: () => T): Promise<T> {
    try {
      return await this.database.write(work);
    } catch (error) {
      if (isDomainError(error)) throw error;
      throw new DomainError('STORE_UNAVAILABLE', {}, { cause: error });
    }
  }

  private run<T>(work: () => T): T {
    try {
      return work();
    } catch (error) {
      if (isDomainError(error)) throw error;
      throw new DomainError('STORE_UNAVAILABLE', {}, { cause: error });
    }
  }
}
