import type { Container } from '@azure/cosmos';
import type { z } from 'zod';
import {
  DomainError,
  idSchema,
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
import { cosmosCaller, type CosmosCall } from './cosmos-call';
import { CosmosScheduleIndex } from './cosmos-schedule-index';
import {
  assembleBoard,
  BOARD_DOCUMENT_SCHEMAS,
  fromCosmosResource,
  isBoardDocumentType,
  programmePartitionKey,
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
  private readonly call: CosmosCall;
  private readonly schedule: CosmosScheduleIndex;

  constructor(options: CosmosProgrammeStoreOptions) {
    this.container = options.container;
    this.clock = options.clock ?? systemClock;
    this.call = cosmosCaller(options.onRequest);
    this.schedule = new CosmosScheduleIndex({
      container: this.container,
      clock: this.clock,
      call: this.call,
      programmeExists: async (tenantId, programmeId) =>
        (await this.readItem('touchSchedule.programme', tenantId, programmeId, programmeId))?.type ===
        'programme',
    });
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
      this.schedule.remember(tenantId, programmeId, etag),
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
    await this.schedule.scheduleNow(valid.tenantId, valid.id, 'createProgramme.schedule');
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
    await this.schedule.scheduleNow(valid.tenantId, valid.id, 'replaceProgramme.schedule');
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
    await this.schedule.touch(valid.tenantId, valid.programmeId);
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
    await this.schedule.scheduleNow(valid.tenantId, valid.programmeId, 'replaceDocument.schedule');
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
    if (deleted) await this.schedule.scheduleNow(tenantId, programmeId, 'deleteDocument.schedule');
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
    this.schedule.forget(tenantId, programmeId);
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

  findProgrammesDue(now: Date, limit: number): Promise<DueProgramme[]> {
    return this.schedule.findDue(now, limit);
  }

  /** See CosmosScheduleIndex.setNextCheck: conditional on what loadBoard saw. */
  setNextCheck(tenantId: string, programmeId: string, nextCheckAt: Date): Promise<void> {
    return this.schedule.setNextCheck(tenantId, programmeId, nextCheckAt);
  }

  async ping(): Promise<void> {
    await this.call('ping', () => this.container.read());
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
}
