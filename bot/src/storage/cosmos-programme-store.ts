import type { Container, PatchOperation } from '@azure/cosmos';
import { z } from 'zod';
import {
  DomainError,
  idSchema,
  isoDateTimeSchema,
  programmeSchema,
  systemClock,
  tenantSettingsSchema,
  type TenantSettings,
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
} from '@ambassadors/shared';
import type { CosmosRequestInfo, CosmosStorage } from './cosmos-client';
import { cosmosStatusOf, toStoreError } from './cosmos-errors';
import { cosmosRequestInfo, reportCosmosRequest, type CosmosResponseLike } from './cosmos-request-info';
import {
  assembleBoard,
  BOARD_DOCUMENT_SCHEMAS,
  fromCosmosResource,
  isBoardDocumentType,
  programmePartitionKey,
  scheduleStateDocument,
  scheduleStateId,
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

export interface CosmosProgrammeStoreOptions {
  /** The `programmes` container (hierarchical partition key [/tenantId, /programmeId]). */
  container: Container;
  clock?: Clock;
  onRequest?: (info: CosmosRequestInfo) => void;
}

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

/**
 * ProgrammeStore on Cosmos DB (data-model.md explains the layout). Tenant isolation is built
 * into every method, not left to callers: the tenant comes from `ctx` and overwrites whatever
 * the document says, every query filters by the partition key in WHERE as well as in the
 * options (the embedded server ignores the option), and a document read back whose tenant or
 * programme differs from what was asked for is treated as absent.
 *
 * Concurrency is optimistic: replaces carry the caller's ETag (`IfMatch`), so of two writers
 * holding the same version the second gets CONFLICT and the first one's data stays intact.
 */
export class CosmosProgrammeStore implements ProgrammeStore {
  private readonly container: Container;
  private readonly clock: Clock;
  private readonly onRequest: ((info: CosmosRequestInfo) => void) | undefined;
  /**
   * The schedule record's ETag as last seen by loadBoard, per programme: lets setNextCheck
   * notice a change that arrived after the board was loaded (bounded; oldest dropped first).
   */
  private readonly seenSchedule = new Map<string, string>();

  constructor(options: CosmosProgrammeStoreOptions) {
    this.container = options.container;
    this.clock = options.clock ?? systemClock;
    this.onRequest = options.onRequest;
  }

  /** The usual wiring: the storage's programmes container and its request hook. */
  static fromStorage(storage: CosmosStorage, options: { clock?: Clock } = {}): CosmosProgrammeStore {
    const storeOptions: CosmosProgrammeStoreOptions = { container: storage.containers.programmes };
    if (options.clock) storeOptions.clock = options.clock;
    if (storage.onRequest) storeOptions.onRequest = storage.onRequest;
    return new CosmosProgrammeStore(storeOptions);
  }

  async listProgrammes(ctx: TenantContext): Promise<Stored<Programme>[]> {
    const tenantId = tenantOf(ctx);
    // Prefix partition key [tenantId]: real Cosmos routes to that tenant's partitions only.
    const { resources } = await this.call('listProgrammes', () =>
      this.container.items
        .query(
          {
            query: "SELECT * FROM c WHERE c.tenantId = @tenantId AND c.type = 'programme'",
            parameters: [{ name: '@tenantId', value: tenantId }],
          },
          // -1: pages as large as the service allows (up to 4 MB), so usually one round trip.
          { partitionKey: [tenantId], maxItemCount: -1 },
        )
        .fetchAll(),
    );
    return resources
      .filter((resource) => resource.tenantId === tenantId && resource.type === 'programme')
      .map((resource) => fromCosmosResource(programmeSchema, resource))
      .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  }

  async loadBoard(ctx: TenantContext, programmeId: string): Promise<ProgrammeBoard | null> {
    const tenantId = tenantOf(ctx);
    if (!idSchema.safeParse(programmeId).success) return null;
    const { resources } = await this.call('loadBoard', () =>
      this.container.items
        .query(
          {
            query: 'SELECT * FROM c WHERE c.tenantId = @tenantId AND c.programmeId = @programmeId',
            parameters: [
              { name: '@tenantId', value: tenantId },
              { name: '@programmeId', value: programmeId },
            ],
          },
          // -1: one page for the whole board instead of the default 100 documents per page.
          { partitionKey: programmePartitionKey(tenantId, programmeId), maxItemCount: -1 },
        )
        .fetchAll(),
    );
    return assembleBoard(resources, tenantId, programmeId, this.clock.now(), (etag) =>
      this.rememberSchedule(tenantId, programmeId, etag),
    );
  }

  async getProgramme(ctx: TenantContext, programmeId: string): Promise<Stored<Programme> | null> {
    const tenantId = tenantOf(ctx);
    if (!idSchema.safeParse(programmeId).success) return null;
    const resource = await this.readItem('getProgramme', tenantId, programmeId, programmeId);
    if (!resource || resource.type !== 'programme') return null;
    return fromCosmosResource(programmeSchema, resource);
  }

  async createProgramme(ctx: TenantContext, programme: Programme): Promise<Stored<Programme>> {
    const valid = validate(programmeSchema, { ...programme, tenantId: tenantOf(ctx) });
    const { resource } = await this.call('createProgramme', () =>
      this.container.items.create(toProgrammeDocument(valid)),
    );
    await this.scheduleNow(valid.tenantId, valid.id, 'createProgramme.schedule');
    return fromCosmosResource(programmeSchema, resource);
  }

  async replaceProgramme(ctx: TenantContext, programme: Programme, etag: string): Promise<Stored<Programme>> {
    const valid = validate(programmeSchema, { ...programme, tenantId: tenantOf(ctx) });
    const { resource } = await this.call('replaceProgramme', () =>
      this.container
        .item(valid.id, programmePartitionKey(valid.tenantId, valid.id))
        .replace(toProgrammeDocument(valid), {
          accessCondition: { type: 'IfMatch', condition: requireEtag(etag) },
        }),
    );
    await this.scheduleNow(valid.tenantId, valid.id, 'replaceProgramme.schedule');
    return fromCosmosResource(programmeSchema, resource);
  }

  async getTenantSettings(ctx: TenantContext): Promise<Stored<TenantSettings> | null> {
    const tenantId = tenantOf(ctx);
    const resource = await this.readItem(
      'getTenantSettings',
      tenantId,
      TENANT_SETTINGS_ID,
      TENANT_SETTINGS_ID,
    );
    if (!resource || resource.type !== 'tenantSettings') return null;
    return fromCosmosResource(tenantSettingsSchema, resource);
  }

  async saveTenantSettings(
    ctx: TenantContext,
    settings: TenantSettings,
    etag: string | null,
  ): Promise<Stored<TenantSettings>> {
    const valid = validate(tenantSettingsSchema, { ...settings, tenantId: tenantOf(ctx) });
    const doc = tenantSettingsDocument(valid);
    if (etag === null) {
      try {
        const { resource } = await this.call('createTenantSettings', () => this.container.items.create(doc));
        return fromCosmosResource(tenantSettingsSchema, resource);
      } catch (error) {
        if (error instanceof DomainError && error.code === 'ALREADY_EXISTS')
          throw new DomainError('CONFLICT');
        throw error;
      }
    }
    const { resource } = await this.call('replaceTenantSettings', () =>
      this.container
        .item(TENANT_SETTINGS_ID, programmePartitionKey(valid.tenantId, TENANT_SETTINGS_ID))
        .replace(doc, { accessCondition: { type: 'IfMatch', condition: requireEtag(etag) } }),
    );
    return fromCosmosResource(tenantSettingsSchema, resource);
  }

  async getDocument<T extends BoardDocumentType>(
    ctx: TenantContext,
    programmeId: string,
    type: T,
    id: string,
  ): Promise<Stored<BoardDocumentOf<T>> | null> {
    const tenantId = tenantOf(ctx);
    if (!isBoardDocumentType(type))
      throw new DomainError('VALIDATION_FAILED', { details: `type: ${String(type)}` });
    if (!idSchema.safeParse(programmeId).success || !idSchema.safeParse(id).success) return null;
    const resource = await this.readItem('getDocument', tenantId, programmeId, id);
    if (!resource || resource.type !== type) return null;
    const doc = fromCosmosResource(
      BOARD_DOCUMENT_SCHEMAS[type] as unknown as z.ZodType<BoardDocumentOf<T>>,
      resource,
    );
    // TTL deletes expired check-ins in Cosmos; the embedded server has no TTL.
    const expiresAt = (doc as { expiresAt?: unknown }).expiresAt;
    if (typeof expiresAt === 'string' && Date.parse(expiresAt) <= this.clock.now().getTime()) return null;
    return doc;
  }

  async createDocument<D extends BoardDocument>(ctx: TenantContext, doc: D): Promise<Stored<D>> {
    const valid = validateBoardDocument(ctx, doc);
    // Creating would happily open a new partition, so the programme must be proven to exist in
    // the caller's tenant first; touching its schedule record does that and the "look soon" in
    // one cheap write (404 = no such programme here).
    await this.touchSchedule(valid.tenantId, valid.programmeId);
    const { resource } = await this.call('createDocument', () =>
      this.container.items.create(toBoardCosmosDocument(valid, this.clock.now())),
    );
    return fromCosmosResource(BOARD_DOCUMENT_SCHEMAS[valid.type] as unknown as z.ZodType<D>, resource);
  }

  async replaceDocument<D extends BoardDocument>(
    ctx: TenantContext,
    doc: D,
    etag: string,
  ): Promise<Stored<D>> {
    const valid = validateBoardDocument(ctx, doc);
    // A replace never creates: in another tenant's (or a missing) partition it is a 404.
    const { resource } = await this.call('replaceDocument', () =>
      this.container
        .item(valid.id, programmePartitionKey(valid.tenantId, valid.programmeId))
        .replace(toBoardCosmosDocument(valid, this.clock.now()), {
          accessCondition: { type: 'IfMatch', condition: requireEtag(etag) },
        }),
    );
    await this.scheduleNow(valid.tenantId, valid.programmeId, 'replaceDocument.schedule');
    return fromCosmosResource(BOARD_DOCUMENT_SCHEMAS[valid.type] as unknown as z.ZodType<D>, resource);
  }

  async listDocuments(ctx: TenantContext, programmeId: string): Promise<Stored<BoardDocument>[] | null> {
    const tenantId = tenantOf(ctx);
    if (!idSchema.safeParse(programmeId).success) return null;
    const resources = await this.partitionResources('listDocuments', tenantId, programmeId);
    if (!resources.some((resource) => resource.type === 'programme')) return null;
    return boardDocumentsOf(resources);
  }

  async deleteDocument(
    ctx: TenantContext,
    programmeId: string,
    type: BoardDocumentType,
    id: string,
  ): Promise<boolean> {
    const tenantId = tenantOf(ctx);
    if (!isBoardDocumentType(type))
      throw new DomainError('VALIDATION_FAILED', { details: `type: ${String(type)}` });
    if (!idSchema.safeParse(programmeId).success || !idSchema.safeParse(id).success) return false;
    const resource = await this.readItem('deleteDocument.read', tenantId, programmeId, id);
    if (!resource || resource.type !== type) return false;
    const deleted = await this.deleteItem('deleteDocument', tenantId, programmeId, id);
    if (deleted) await this.scheduleNow(tenantId, programmeId, 'deleteDocument.schedule');
    return deleted;
  }

  async deleteProgramme(ctx: TenantContext, programmeId: string): Promise<number> {
    const tenantId = tenantOf(ctx);
    if (!idSchema.safeParse(programmeId).success) return 0;
    const resources = await this.partitionResources('deleteProgramme.list', tenantId, programmeId);
    if (!resources.some((resource) => resource.type === 'programme')) return 0;
    // The programme document last: until it is gone the programme still exists, so a deletion
    // cut short can be repeated and finishes what it started.
    const ordered = [
      ...resources.filter((resource) => resource.type !== 'programme'),
      ...resources.filter((resource) => resource.type === 'programme'),
    ];
    let deleted = 0;
    for (const resource of ordered) {
      if (await this.deleteItem('deleteProgramme', tenantId, programmeId, String(resource.id))) deleted++;
    }
    // A scheduler pass may have written the schedule record again while the loop ran.
    await this.deleteItem('deleteProgramme.schedule', tenantId, programmeId, scheduleStateId(programmeId));
    this.seenSchedule.delete(scheduleKey(tenantId, programmeId));
    return deleted;
  }

  /** Every raw document of one programme's partition (the same query as the board's). */
  private async partitionResources(
    operation: string,
    tenantId: string,
    programmeId: string,
  ): Promise<Array<Record<string, unknown>>> {
    const { resources } = await this.call(operation, () =>
      this.container.items
        .query<Record<string, unknown>>(
          {
            query: 'SELECT * FROM c WHERE c.tenantId = @tenantId AND c.programmeId = @programmeId',
            parameters: [
              { name: '@tenantId', value: tenantId },
              { name: '@programmeId', value: programmeId },
            ],
          },
          { partitionKey: programmePartitionKey(tenantId, programmeId), maxItemCount: -1 },
        )
        .fetchAll(),
    );
    return resources.filter(
      (resource) => resource.tenantId === tenantId && resource.programmeId === programmeId,
    );
  }

  /** Point delete in the programme's partition; false when it was already gone. */
  /**
   * Writes the schedule record only while its programme exists, and takes it back when the
   * programme turns out to be gone by the time the write landed: with deleteProgramme removing
   * the record once more after the programme document, a programme deleted while the scheduler
   * was planning it never comes back into the schedule as an orphan.
   */
  private async upsertScheduleOfLiveProgramme(
    tenantId: string,
    programmeId: string,
    doc: ReturnType<typeof scheduleStateDocument>,
  ): Promise<void> {
    const exists = async () =>
      (await this.readItem('setNextCheck.programme', tenantId, programmeId, programmeId))?.type ===
      'programme';
    if (!(await exists())) return;
    await this.call('setNextCheck', () => this.container.items.upsert(doc));
    if (!(await exists())) await this.deleteItem('setNextCheck.orphan', tenantId, programmeId, doc.id);
  }

  private async deleteItem(
    operation: string,
    tenantId: string,
    programmeId: string,
    id: string,
  ): Promise<boolean> {
    try {
      await this.call(operation, () =>
        this.container.item(id, programmePartitionKey(tenantId, programmeId)).delete(),
      );
      return true;
    } catch (error) {
      if (error instanceof DomainError && error.code === 'NOT_FOUND') return false;
      throw error;
    }
  }

  async findProgrammesDue(now: Date, limit: number): Promise<DueProgramme[]> {
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
      await this.upsertScheduleOfLiveProgramme(tenantId, programmeId, doc);
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
        await this.upsertScheduleOfLiveProgramme(tenantId, programmeId, doc);
        return;
      }
      throw error;
    }
  }

  async ping(): Promise<void> {
    await this.call('ping', () => this.container.read());
  }

  private rememberSchedule(tenantId: string, programmeId: string, etag: string): void {
    const key = scheduleKey(tenantId, programmeId);
    this.seenSchedule.delete(key);
    this.seenSchedule.set(key, etag);
    if (this.seenSchedule.size > MAX_SEEN_SCHEDULES) {
      const oldest = this.seenSchedule.keys().next();
      if (!oldest.done) this.seenSchedule.delete(oldest.value);
    }
  }

  /** Point read in the programme's partition; null when missing or not what was asked for. */
  private async readItem(
    operation: string,
    tenantId: string,
    programmeId: string,
    id: string,
  ): Promise<Record<string, unknown> | null> {
    const response = await this.call(operation, () =>
      this.container.item(id, programmePartitionKey(tenantId, programmeId)).read<Record<string, unknown>>(),
    );
    const resource = response.resource;
    if (response.statusCode === 404 || !resource) return null;
    // Real Cosmos cannot return another partition's document; the embedded server checks only
    // the first key level, so both levels are checked here.
    if (resource.tenantId !== tenantId || resource.programmeId !== programmeId) return null;
    return resource;
  }

  /** "Something changed: look at this programme soon" — one small blind write. */
  private async scheduleNow(tenantId: string, programmeId: string, operation: string): Promise<void> {
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
  private async touchSchedule(tenantId: string, programmeId: string): Promise<void> {
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
      const programme = await this.readItem('touchSchedule.programme', tenantId, programmeId, programmeId);
      if (!programme || programme.type !== 'programme') throw error;
      await this.scheduleNow(tenantId, programmeId, 'touchSchedule.repair');
    }
  }

  /**
   * Runs one SDK call: reports its cost to `onRequest` (whether it worked or not) and turns
   * failures into DomainErrors.
   */
  private async call<R extends CosmosResponseLike>(operation: string, run: () => Promise<R>): Promise<R> {
    const started = performance.now();
    try {
      const response = await run();
      this.report(operation, started, response, response.statusCode ?? 200);
      return response;
    } catch (error) {
      this.report(operation, started, (error ?? {}) as CosmosResponseLike, cosmosStatusOf(error));
      throw toStoreError(error);
    }
  }

  /** Telemetry must never break a data operation, so a throwing hook is ignored. */
  private report(operation: string, started: number, response: CosmosResponseLike, statusCode: number): void {
    reportCosmosRequest(this.onRequest, () => cosmosRequestInfo(operation, started, response, statusCode));
  }
}
