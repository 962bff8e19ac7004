import type { StatementSync } from 'node:sqlite';
import { z } from 'zod';
import {
  DomainError,
  idSchema,
  isDomainError,
  programmeSchema,
  systemClock,
  tenantSettingsSchema,
  type BoardData,
  type BoardDocument,
  type BoardDocumentOf,
  type BoardDocumentType,
  type Clock,
  type DueProgramme,
  type Programme,
  type ProgrammeBoard,
  type ProgrammeStore,
  type Stored,
  type TenantContext,
  type TenantSettings,
} from '@ambassadors/shared';
import { ttlExpiresAt } from './cosmos-ttl';
import { nextTurn } from './next-turn';
import { CONTAINER_DEFAULT_TTL, newEtag, programmeColumns, type EmbeddedDatabase } from './embedded-sqlite';
import {
  assembleBoard,
  BOARD_DOCUMENT_SCHEMAS,
  fromCosmosResource,
  isBoardDocumentType,
  scheduleStateDocument,
  TENANT_SETTINGS_ID,
  tenantSettingsDocument,
  toBoardCosmosDocument,
  toProgrammeDocument,
  boardDocumentsOf,
  requireEtag,
  tenantOf,
  validate,
  validateBoardDocument,
} from './programme-documents';

/** What the scheduler's scan may ask for in one go (as on Cosmos). */
const MAX_DUE_LIMIT = 1000;
const MAX_SEEN_SCHEDULES = 10_000;

interface Row {
  etag: string;
  body: string;
  expires_at: number | null;
}

const dueRowSchema = z.object({
  tenantId: idSchema,
  programmeId: idSchema,
  nextCheckAt: z.string(),
});

/**
 * ProgrammeStore on the embedded SQLite database (layout in data-model.md), with the behaviour
 * of the Cosmos adapter — the same contract suite runs against both: the tenant comes from `ctx`
 * and is part of every key, replaces are conditional on the caller's ETag (CONFLICT otherwise),
 * creates of an existing id are ALREADY_EXISTS, check-ins expire by their `ttl` as Cosmos
 * expires them. Each method is one transaction, so a programme and its schedule record, or a
 * document and the "look at this soon" it causes, are written together or not at all.
 *
 * node:sqlite is synchronous: every call here is a few index look-ups and, for writes, one fsync
 * of the write-ahead log; none of them scans what the store holds.
 */
export class SqliteProgrammeStore implements ProgrammeStore {
  private readonly clock: Clock;
  private readonly seenSchedule = new Map<string, string>();
  private readonly sql: Record<
    | 'get'
    | 'board'
    | 'partition'
    | 'list'
    | 'insert'
    | 'upsert'
    | 'replaceIf'
    | 'due'
    | 'deleteExpired'
    | 'deleteOne'
    | 'deletePartition'
    | 'exists',
    StatementSync
  >;

  constructor(
    private readonly database: EmbeddedDatabase,
    options: { clock?: Clock } = {},
  ) {
    this.clock = options.clock ?? systemClock;
    const db = database.db;
    const live = '(expires_at IS NULL OR expires_at > ?)';
    this.sql = {
      get: db.prepare(
        `SELECT etag, body, expires_at FROM programme_docs WHERE tenant_id = ? AND programme_id = ? AND id = ? AND ${live}`,
      ),
      board: db.prepare(
        `SELECT etag, body, expires_at FROM programme_docs WHERE tenant_id = ? AND programme_id = ? AND ${live}`,
      ),
      // Erasure must see check-ins past their retention too (the board hides them): no TTL filter.
      partition: db.prepare(
        'SELECT etag, body, expires_at FROM programme_docs WHERE tenant_id = ? AND programme_id = ?',
      ),
      list: db.prepare(
        `SELECT etag, body, expires_at FROM programme_docs WHERE tenant_id = ? AND type = 'programme' AND ${live}`,
      ),
      insert: db.prepare(
        'INSERT INTO programme_docs (tenant_id, programme_id, id, type, next_check_at, expires_at, etag, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      upsert: db.prepare(
        `INSERT INTO programme_docs (tenant_id, programme_id, id, type, next_check_at, expires_at, etag, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (tenant_id, programme_id, id) DO UPDATE SET type = excluded.type, next_check_at = excluded.next_check_at,
         expires_at = excluded.expires_at, etag = excluded.etag, body = excluded.body`,
      ),
      replaceIf: db.prepare(
        `UPDATE programme_docs SET type = ?, next_check_at = ?, expires_at = ?, etag = ?, body = ?
         WHERE tenant_id = ? AND programme_id = ? AND id = ? AND etag = ? AND ${live}`,
      ),
      due: db.prepare(
        "SELECT body FROM programme_docs WHERE type = 'scheduleState' AND next_check_at <= ? AND (expires_at IS NULL OR expires_at > ?) ORDER BY next_check_at LIMIT ?",
      ),
      deleteExpired: db.prepare(
        'DELETE FROM programme_docs WHERE tenant_id = ? AND programme_id = ? AND id = ? AND expires_at IS NOT NULL AND expires_at <= ?',
      ),
      deleteOne: db.prepare(
        'DELETE FROM programme_docs WHERE tenant_id = ? AND programme_id = ? AND id = ? AND type = ?',
      ),
      deletePartition: db.prepare('DELETE FROM programme_docs WHERE tenant_id = ? AND programme_id = ?'),
      exists: db.prepare(
        `SELECT 1 AS found FROM programme_docs WHERE tenant_id = ? AND programme_id = ? AND id = ? AND ${live}`,
      ),
    };
  }

  async listProgrammes(ctx: TenantContext): Promise<Stored<Programme>[]> {
    await nextTurn();
    const tenantId = tenantOf(ctx);
    const rows = this.run(() => this.sql.list.all(tenantId, this.nowMs()) as unknown as Row[]);
    return rows
      .map((row) => fromCosmosResource(programmeSchema, resourceOf(row)))
      .filter((programme) => programme.tenantId === tenantId)
      .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  }

  async loadBoard(ctx: TenantContext, programmeId: string): Promise<ProgrammeBoard | null> {
    await nextTurn();
    const tenantId = tenantOf(ctx);
    if (!idSchema.safeParse(programmeId).success) return null;
    const rows = this.run(() => this.sql.board.all(tenantId, programmeId, this.nowMs()) as unknown as Row[]);
    return assembleBoard(rows.map(resourceOf), tenantId, programmeId, this.clock.now(), (etag) =>
      this.rememberSchedule(tenantId, programmeId, etag),
    );
  }

  async getProgramme(ctx: TenantContext, programmeId: string): Promise<Stored<Programme> | null> {
    await nextTurn();
    const tenantId = tenantOf(ctx);
    if (!idSchema.safeParse(programmeId).success) return null;
    const resource = this.read(tenantId, programmeId, programmeId);
    if (!resource || resource.type !== 'programme') return null;
    return fromCosmosResource(programmeSchema, resource);
  }

  async createProgramme(ctx: TenantContext, programme: Programme): Promise<Stored<Programme>> {
    await nextTurn();
    const valid = validate(programmeSchema, { ...programme, tenantId: tenantOf(ctx) });
    const now = this.clock.now();
    const resource = await this.write(() => {
      const written = this.insert(toProgrammeDocument(valid), now);
      this.upsert(scheduleStateDocument(valid.tenantId, valid.id, now, now), now);
      return written;
    });
    return fromCosmosResource(programmeSchema, resource);
  }

  async replaceProgramme(ctx: TenantContext, programme: Programme, etag: string): Promise<Stored<Programme>> {
    await nextTurn();
    const valid = validate(programmeSchema, { ...programme, tenantId: tenantOf(ctx) });
    const now = this.clock.now();
    const resource = await this.write(() => {
      const written = this.replace(toProgrammeDocument(valid), requireEtag(etag), now);
      this.upsert(scheduleStateDocument(valid.tenantId, valid.id, now, now), now);
      return written;
    });
    return fromCosmosResource(programmeSchema, resource);
  }

  async getTenantSettings(ctx: TenantContext): Promise<Stored<TenantSettings> | null> {
    await nextTurn();
    const tenantId = tenantOf(ctx);
    const resource = this.read(tenantId, TENANT_SETTINGS_ID, TENANT_SETTINGS_ID);
    if (!resource || resource.type !== 'tenantSettings') return null;
    return fromCosmosResource(tenantSettingsSchema, resource);
  }

  async saveTenantSettings(
    ctx: TenantContext,
    settings: TenantSettings,
    etag: string | null,
  ): Promise<Stored<TenantSettings>> {
    await nextTurn();
    const valid = validate(tenantSettingsSchema, { ...settings, tenantId: tenantOf(ctx) });
    const doc = tenantSettingsDocument(valid);
    const now = this.clock.now();
    const resource = await this.write(() => {
      if (etag !== null) return this.replace(doc, requireEtag(etag), now);
      try {
        return this.insert(doc, now);
      } catch (error) {
        if (isDomainError(error) && error.code === 'ALREADY_EXISTS') throw new DomainError('CONFLICT');
        throw error;
      }
    });
    return fromCosmosResource(tenantSettingsSchema, resource);
  }

  async getDocument<T extends BoardDocumentType>(
    ctx: TenantContext,
    programmeId: string,
    type: T,
    id: string,
  ): Promise<Stored<BoardDocumentOf<T>> | null> {
    await nextTurn();
    const tenantId = tenantOf(ctx);
    if (!isBoardDocumentType(type))
      throw new DomainError('VALIDATION_FAILED', { details: `type: ${String(type)}` });
    if (!idSchema.safeParse(programmeId).success || !idSchema.safeParse(id).success) return null;
    const resource = this.read(tenantId, programmeId, id);
    if (!resource || resource.type !== type) return null;
    const doc = fromCosmosResource(
      BOARD_DOCUMENT_SCHEMAS[type] as unknown as z.ZodType<BoardDocumentOf<T>>,
      resource,
    );
    const expiresAt = (doc as { expiresAt?: unknown }).expiresAt;
    if (typeof expiresAt === 'string' && Date.parse(expiresAt) <= this.clock.now().getTime()) return null;
    return doc;
  }

  async createDocument<D extends BoardDocument>(ctx: TenantContext, doc: D): Promise<Stored<D>> {
    await nextTurn();
    const valid = validateBoardDocument(ctx, doc);
    const now = this.clock.now();
    const resource = await this.write(() => {
      // A document may only join a programme that exists in the caller's tenant.
      if (!this.sql.exists.get(valid.tenantId, valid.programmeId, valid.programmeId, now.getTime()))
        throw new DomainError('NOT_FOUND', {});
      const written = this.insert(toBoardCosmosDocument(valid, now), now);
      this.upsert(scheduleStateDocument(valid.tenantId, valid.programmeId, now, now), now);
      return written;
    });
    return fromCosmosResource(BOARD_DOCUMENT_SCHEMAS[valid.type] as unknown as z.ZodType<D>, resource);
  }

  async replaceDocument<D extends BoardDocument>(
    ctx: TenantContext,
    doc: D,
    etag: string,
  ): Promise<Stored<D>> {
    await nextTurn();
    const valid = validateBoardDocument(ctx, doc);
    const now = this.clock.now();
    const resource = await this.write(() => {
      const written = this.replace(toBoardCosmosDocument(valid, now), requireEtag(etag), now);
      this.upsert(scheduleStateDocument(valid.tenantId, valid.programmeId, now, now), now);
      return written;
    });
    return fromCosmosResource(BOARD_DOCUMENT_SCHEMAS[valid.type] as unknown as z.ZodType<D>, resource);
  }

  async listDocuments(ctx: TenantContext, programmeId: string): Promise<Stored<BoardDocument>[] | null> {
    await nextTurn();
    const tenantId = tenantOf(ctx);
    if (!idSchema.safeParse(programmeId).success) return null;
    const resources = this.run(() => this.sql.partition.all(tenantId, programmeId) as unknown as Row[]).map(
      resourceOf,
    );
    if (!resources.some((resource) => resource.type === 'programme')) return null;
    return boardDocumentsOf(resources);
  }

  async deleteDocument(
    ctx: TenantContext,
    programmeId: string,
    type: BoardDocumentType,
    id: string,
  ): Promise<boolean> {
    await nextTurn();
    const tenantId = tenantOf(ctx);
    if (!isBoardDocumentType(type))
      throw new DomainError('VALIDATION_FAILED', { details: `type: ${String(type)}` });
    if (!idSchema.safeParse(programmeId).success || !idSchema.safeParse(id).success) return false;
    const now = this.clock.now();
    return this.write(() => {
      const { changes } = this.sql.deleteOne.run(tenantId, programmeId, id, type);
      if (Number(changes) === 0) return false;
      this.upsert(scheduleStateDocument(tenantId, programmeId, now, now), now);
      return true;
    });
  }

  /** One transaction: the programme and everything in its partition go together, or nothing does. */
  async deleteProgramme(ctx: TenantContext, programmeId: string): Promise<number> {
    await nextTurn();
    const tenantId = tenantOf(ctx);
    if (!idSchema.safeParse(programmeId).success) return 0;
    const deleted = await this.write(() => {
      if (!this.sql.get.get(tenantId, programmeId, programmeId, this.nowMs())) return 0;
      return Number(this.sql.deletePartition.run(tenantId, programmeId).changes);
    });
    this.seenSchedule.delete(`${tenantId}\u0000${programmeId}`);
    return deleted;
  }

  async findProgrammesDue(now: Date, limit: number): Promise<DueProgramme[]> {
    await nextTurn();
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_DUE_LIMIT) {
      throw new DomainError('VALIDATION_FAILED', { details: `limit must be 1–${MAX_DUE_LIMIT}` });
    }
    // Served by the partial index on next_check_at: reads what is due, never what is stored.
    const rows = this.run(
      () => this.sql.due.all(now.toISOString(), this.nowMs(), limit) as unknown as Array<{ body: string }>,
    );
    return rows.map((row) => {
      const raw = JSON.parse(row.body) as Record<string, unknown>;
      const parsed = dueRowSchema.safeParse(raw);
      if (!parsed.success) {
        throw new DomainError('STORED_DOCUMENT_INVALID', {
          type: 'scheduleState',
          id: String(raw.programmeId ?? 'unknown'),
        });
      }
      return parsed.data;
    });
  }

  /** As on Cosmos: conditional on the schedule ETag loadBoard saw, so a newer "due now" wins. */
  async setNextCheck(tenantId: string, programmeId: string, nextCheckAt: Date): Promise<void> {
    await nextTurn();
    validate(idSchema, tenantId);
    validate(idSchema, programmeId);
    if (Number.isNaN(nextCheckAt.getTime()))
      throw new DomainError('VALIDATION_FAILED', { details: 'nextCheckAt' });
    const key = `${tenantId}\u0000${programmeId}`;
    const seen = this.seenSchedule.get(key);
    this.seenSchedule.delete(key);
    const now = this.clock.now();
    const doc = scheduleStateDocument(tenantId, programmeId, nextCheckAt, now);
    await this.write(() => {
      if (seen) {
        try {
          this.replace(doc, seen, now);
          return;
        } catch (error) {
          if (isDomainError(error) && error.code === 'CONFLICT') return;
          if (!isDomainError(error) || error.code !== 'NOT_FOUND') throw error;
        }
      }
      // Inside the same transaction as the write: a programme deleted while the scheduler was
      // planning it stays out of the schedule instead of coming back as an orphan record.
      if (!this.read(tenantId, programmeId, programmeId)) return;
      this.upsert(doc, now);
    });
  }

  async ping(): Promise<void> {
    await nextTurn();
    this.run(() => this.database.db.prepare('SELECT 1').get());
  }

  /**
   * Whole boards in one transaction (benchmarks, demo tenants, migrations): the same document
   * shapes as through the store, a schedule record due now; an existing id is ALREADY_EXISTS.
   */
  async importBoards(boards: readonly BoardData[], now: Date): Promise<{ documents: number }> {
    await nextTurn();
    let documents = 0;
    await this.write(() => {
      for (const board of boards) {
        const programme = programmeSchema.parse(board.programme);
        this.insert(toProgrammeDocument(programme), now);
        this.insert(scheduleStateDocument(programme.tenantId, programme.id, now, now), now);
        documents += 2;
        for (const doc of [
          ...board.ambassadorships,
          ...board.applications,
          ...board.meetings,
          ...board.checkIns,
          ...board.decisions,
          ...(board.openSituations ?? []),
        ]) {
          const valid = BOARD_DOCUMENT_SCHEMAS[doc.type].parse(doc) as BoardDocument;
          if (valid.tenantId !== programme.tenantId || valid.programmeId !== programme.id) {
            throw new DomainError('VALIDATION_FAILED', {
              details: `${valid.type} ${valid.id}: not of this programme`,
            });
          }
          this.insert(toBoardCosmosDocument(valid, now), now);
          documents += 1;
        }
      }
    });
    return { documents };
  }

  private nowMs(): number {
    return this.clock.now().getTime();
  }

  private rememberSchedule(tenantId: string, programmeId: string, etag: string): void {
    const key = `${tenantId}\u0000${programmeId}`;
    this.seenSchedule.delete(key);
    this.seenSchedule.set(key, etag);
    if (this.seenSchedule.size > MAX_SEEN_SCHEDULES) {
      const oldest = this.seenSchedule.keys().next();
      if (!oldest.done) this.seenSchedule.delete(oldest.value);
    }
  }

  private read(tenantId: string, programmeId: string, id: string): Record<string, unknown> | null {
    const row = this.run(
      () => this.sql.get.get(tenantId, programmeId, id, this.nowMs()) as unknown as Row | undefined,
    );
    return row ? resourceOf(row) : null;
  }

  /** Create: ALREADY_EXISTS when the id is taken in this partition (an expired one is gone). */
  private insert(written: object, now: Date): Record<string, unknown> {
    const doc = written as Record<string, unknown>;
    const c = programmeColumns(doc);
    const etag = newEtag();
    const body = JSON.stringify(doc);
    this.sql.deleteExpired.run(c.tenantId, c.programmeId, c.id, now.getTime());
    try {
      this.sql.insert.run(
        c.tenantId,
        c.programmeId,
        c.id,
        c.type,
        c.nextCheckAt,
        this.expiry(doc, now),
        etag,
        body,
      );
    } catch (error) {
      if (isConstraintError(error)) throw new DomainError('ALREADY_EXISTS', {}, { cause: error });
      throw error;
    }
    return { ...doc, _etag: etag };
  }

  private upsert(written: object, now: Date): void {
    const doc = written as Record<string, unknown>;
    const c = programmeColumns(doc);
    this.sql.upsert.run(
      c.tenantId,
      c.programmeId,
      c.id,
      c.type,
      c.nextCheckAt,
      this.expiry(doc, now),
      newEtag(),
      JSON.stringify(doc),
    );
  }

  /** Replace with IfMatch: NOT_FOUND when absent, CONFLICT when someone else wrote first. */
  private replace(written: object, etag: string, now: Date): Record<string, unknown> {
    const doc = written as Record<string, unknown>;
    const c = programmeColumns(doc);
    const next = newEtag();
    const result = this.sql.replaceIf.run(
      c.type,
      c.nextCheckAt,
      this.expiry(doc, now),
      next,
      JSON.stringify(doc),
      c.tenantId,
      c.programmeId,
      c.id,
      etag,
      now.getTime(),
    );
    if (Number(result.changes) === 0) {
      const exists = this.sql.exists.get(c.tenantId, c.programmeId, c.id, now.getTime());
      throw new DomainError(exists ? 'CONFLICT' : 'NOT_FOUND', {});
    }
    return { ...doc, _etag: next };
  }

  private expiry(doc: Record<string, unknown>, now: Date): number | null {
    return ttlExpiresAt(CONTAINER_DEFAULT_TTL.programmes, doc.ttl, now.getTime());
  }

  /** A group-committed write; domain errors pass, anything SQLite throws is STORE_UNAVAILABLE. */
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

function resourceOf(row: Row): Record<string, unknown> {
  return { ...(JSON.parse(row.body) as Record<string, unknown>), _etag: row.etag };
}

/** SQLITE_CONSTRAINT_PRIMARYKEY: the id is taken. */
export function isConstraintError(error: unknown): boolean {
  const e = error as { code?: unknown; errcode?: unknown; message?: unknown };
  return (
    e?.code === 'ERR_SQLITE_ERROR' &&
    (e.errcode === 1555 || e.errcode === 2067 || String(e.message).includes('UNIQUE constraint failed'))
  );
}
