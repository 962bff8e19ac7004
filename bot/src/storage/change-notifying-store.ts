import type {
  BoardDocument,
  BoardDocumentType,
  Programme,
  ProgrammeStore,
  TenantContext,
} from '@ambassadors/shared';

/** Told after a write to a programme's partition succeeded. */
export type ProgrammeChanged = (tenantId: string, programmeId: string) => void;

/**
 * A ProgrammeStore that says when a programme changed: after every successful write of a
 * programme or one of its board documents — by a REST route, a bot card action, the scheduler or
 * an erasure — it calls `changed`, so open boards hear of it. The one place every path writes
 * through, so no route has to remember to publish. Reads and failed writes say nothing.
 */
export function changeNotifyingStore(inner: ProgrammeStore, changed: ProgrammeChanged): ProgrammeStore {
  const tell = (tenantId: string, programmeId: string) => {
    try {
      changed(tenantId, programmeId);
    } catch {
      // Telling open boards is best effort; the write itself has succeeded.
    }
  };
  return {
    listProgrammes: (ctx) => inner.listProgrammes(ctx),
    loadBoard: (ctx, programmeId) => inner.loadBoard(ctx, programmeId),
    getProgramme: (ctx, programmeId) => inner.getProgramme(ctx, programmeId),
    async createProgramme(ctx: TenantContext, programme: Programme) {
      const stored = await inner.createProgramme(ctx, programme);
      tell(ctx.tenantId, stored.id);
      return stored;
    },
    async replaceProgramme(ctx: TenantContext, programme: Programme, etag: string) {
      const stored = await inner.replaceProgramme(ctx, programme, etag);
      tell(ctx.tenantId, stored.id);
      return stored;
    },
    getDocument: (ctx, programmeId, type, id) => inner.getDocument(ctx, programmeId, type, id),
    async createDocument<D extends BoardDocument>(ctx: TenantContext, doc: D) {
      const stored = await inner.createDocument(ctx, doc);
      tell(ctx.tenantId, doc.programmeId);
      return stored;
    },
    async replaceDocument<D extends BoardDocument>(ctx: TenantContext, doc: D, etag: string) {
      const stored = await inner.replaceDocument(ctx, doc, etag);
      tell(ctx.tenantId, doc.programmeId);
      return stored;
    },
    getTenantSettings: (ctx) => inner.getTenantSettings(ctx),
    saveTenantSettings: (ctx, settings, etag) => inner.saveTenantSettings(ctx, settings, etag),
    listDocuments: (ctx, programmeId) => inner.listDocuments(ctx, programmeId),
    async deleteDocument(ctx: TenantContext, programmeId: string, type: BoardDocumentType, id: string) {
      const deleted = await inner.deleteDocument(ctx, programmeId, type, id);
      if (deleted) tell(ctx.tenantId, programmeId);
      return deleted;
    },
    async deleteProgramme(ctx: TenantContext, programmeId: string) {
      const count = await inner.deleteProgramme(ctx, programmeId);
      if (count > 0) tell(ctx.tenantId, programmeId);
      return count;
    },
    findProgrammesDue: (now, limit) => inner.findProgrammesDue(now, limit),
    setNextCheck: (tenantId, programmeId, nextCheckAt) =>
      inner.setNextCheck(tenantId, programmeId, nextCheckAt),
    ping: () => inner.ping(),
  };
}
