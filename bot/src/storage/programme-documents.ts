import { z } from 'zod';
import {
  ambassadorshipSchema,
  applicationSchema,
  checkInSchema,
  decisionSchema,
  DomainError,
  feedbackMonthSchema,
  idSchema,
  isoDateTimeSchema,
  meetingSchema,
  openSituationSchema,
  programmeSchema,
  type BoardDocument,
  type BoardDocumentType,
  type Programme,
  type ProgrammeBoard,
  type Stored,
  type TenantContext,
  type TenantSettings,
} from '@ambassadors/shared';

/**
 * The shapes documents take in the `programmes` container (see data-model.md). The domain
 * schemas stay storage-agnostic; this file adds what Cosmos needs (`type` and `programmeId` on
 * the programme document, `ttl` on check-ins) and the small per-programme schedule record.
 */

/** Every board document type with the zod schema that validates it on the way in and out. */
export const BOARD_DOCUMENT_SCHEMAS = {
  ambassadorship: ambassadorshipSchema,
  application: applicationSchema,
  meeting: meetingSchema,
  checkIn: checkInSchema,
  decision: decisionSchema,
  feedbackMonth: feedbackMonthSchema,
  openSituation: openSituationSchema,
} as const satisfies Record<BoardDocumentType, z.ZodType>;

export function isBoardDocumentType(type: unknown): type is BoardDocumentType {
  return typeof type === 'string' && Object.hasOwn(BOARD_DOCUMENT_SCHEMAS, type);
}

/**
 * The scheduler's record: one tiny document per programme, so the cross-tenant "what is due?"
 * scan reads one small indexed document per programme instead of whole boards.
 */
export const scheduleStateSchema = z.object({
  id: idSchema,
  tenantId: idSchema,
  programmeId: idSchema,
  type: z.literal('scheduleState'),
  nextCheckAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type ScheduleState = z.infer<typeof scheduleStateSchema>;

/**
 * `schedule:<programmeId>` rather than a bare `schedule`: real Cosmos keeps ids unique per full
 * partition key, but the embedded server only per tenant (it keys by the first level), where a
 * shared id would make one programme's record overwrite another's.
 */
export function scheduleStateId(programmeId: string): string {
  return `schedule:${programmeId}`;
}

export function scheduleStateDocument(
  tenantId: string,
  programmeId: string,
  nextCheckAt: Date,
  now: Date,
): ScheduleState {
  return {
    id: scheduleStateId(programmeId),
    tenantId,
    programmeId,
    type: 'scheduleState',
    nextCheckAt: nextCheckAt.toISOString(),
    updatedAt: now.toISOString(),
  };
}

/**
 * The tenant's own settings live in a partition of their own ([tenantId, "tenant-settings"]):
 * never part of a board (no programme has this id: created programmes get generated ids), and
 * read with one point read.
 */
export const TENANT_SETTINGS_ID = 'tenant-settings';

export function tenantSettingsDocument(settings: TenantSettings) {
  return {
    ...settings,
    id: TENANT_SETTINGS_ID,
    programmeId: TENANT_SETTINGS_ID,
    type: 'tenantSettings' as const,
  };
}

/** The partition key of everything that belongs to one programme. */
export function programmePartitionKey(tenantId: string, programmeId: string): [string, string] {
  return [tenantId, programmeId];
}

export type ProgrammeDocument = Programme & { type: 'programme'; programmeId: string };

/** The programme document carries `type` and `programmeId` (= id) like every other document. */
export function toProgrammeDocument(programme: Programme): ProgrammeDocument {
  return { ...programme, type: 'programme', programmeId: programme.id };
}

/**
 * A board document as written. Check-ins get a per-document `ttl` counted from `expiresAt` at
 * the moment of writing, so Cosmos deletes the raw text when its retention ends; the TTL always
 * follows `expiresAt` and never extends it (Cosmos needs at least 1 s).
 */
export function toBoardCosmosDocument<D extends BoardDocument>(doc: D, now: Date): D & { ttl?: number } {
  // Open situations are kept as long as check-ins, and deleted by TTL the same way.
  if (doc.type !== 'checkIn' && doc.type !== 'openSituation') return doc;
  const seconds = Math.ceil((Date.parse(doc.expiresAt) - now.getTime()) / 1000);
  return { ...doc, ttl: Math.max(1, seconds) };
}

/**
 * Turns a stored resource back into a domain object: the system fields go (zod drops unknown
 * keys such as `_rid` and `ttl`), `_etag` becomes `etag`, and the document must pass its schema.
 * A document that does not is reported with a clear code instead of being passed on.
 */
export function fromCosmosResource<T>(schema: z.ZodType<T>, resource: unknown): Stored<T> {
  const raw = (resource ?? {}) as Record<string, unknown>;
  const described = { type: String(raw.type ?? 'unknown'), id: String(raw.id ?? 'unknown') };
  const etag = raw._etag;
  const parsed = schema.safeParse(raw);
  if (!parsed.success || typeof etag !== 'string' || etag === '') {
    const details = parsed.success
      ? 'missing _etag'
      : parsed.error.issues.map((i) => i.path.join('.')).join(', ');
    throw new DomainError('STORED_DOCUMENT_INVALID', { ...described, details }, { cause: parsed.error });
  }
  return { ...parsed.data, etag };
}

/**
 * Turns the documents of one programme partition into its board, the same way for every store:
 * documents of another tenant or programme are ignored (a store bug must not leak them),
 * check-ins past `expiresAt` are hidden (TTL deletion may lag), the schedule record's ETag is
 * handed to `onScheduleEtag` (the scheduler's race check) and unknown types of later versions are
 * skipped. Null when the programme document itself is missing.
 */
export function assembleBoard(
  resources: readonly Record<string, unknown>[],
  tenantId: string,
  programmeId: string,
  now: Date,
  onScheduleEtag: (etag: string) => void = () => undefined,
): ProgrammeBoard | null {
  const nowMs = now.getTime();
  let programme: Stored<Programme> | null = null;
  const board: Omit<ProgrammeBoard, 'programme'> = {
    ambassadorships: [],
    applications: [],
    meetings: [],
    checkIns: [],
    decisions: [],
    feedbackMonths: [],
    openSituations: [],
  };
  for (const resource of resources) {
    if (resource.tenantId !== tenantId || resource.programmeId !== programmeId) continue;
    const type: unknown = resource.type;
    if (type === 'programme') {
      programme = fromCosmosResource(programmeSchema, resource);
    } else if (type === 'ambassadorship') {
      board.ambassadorships.push(fromCosmosResource(BOARD_DOCUMENT_SCHEMAS.ambassadorship, resource));
    } else if (type === 'application') {
      board.applications.push(fromCosmosResource(BOARD_DOCUMENT_SCHEMAS.application, resource));
    } else if (type === 'meeting') {
      board.meetings.push(fromCosmosResource(BOARD_DOCUMENT_SCHEMAS.meeting, resource));
    } else if (type === 'checkIn') {
      const checkIn = fromCosmosResource(BOARD_DOCUMENT_SCHEMAS.checkIn, resource);
      if (Date.parse(checkIn.expiresAt) > nowMs) board.checkIns.push(checkIn);
    } else if (type === 'decision') {
      board.decisions.push(fromCosmosResource(BOARD_DOCUMENT_SCHEMAS.decision, resource));
    } else if (type === 'feedbackMonth') {
      board.feedbackMonths!.push(fromCosmosResource(BOARD_DOCUMENT_SCHEMAS.feedbackMonth, resource));
    } else if (type === 'openSituation') {
      const situation = fromCosmosResource(BOARD_DOCUMENT_SCHEMAS.openSituation, resource);
      if (Date.parse(situation.expiresAt) > nowMs) board.openSituations!.push(situation);
    } else if (type === 'scheduleState' && typeof resource._etag === 'string') {
      onScheduleEtag(resource._etag);
    }
  }
  if (!programme) return null;
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  return {
    programme,
    ambassadorships: board.ambassadorships.sort(byId),
    applications: board.applications.sort(byId),
    meetings: board.meetings.sort((a, b) => a.scheduledAt.localeCompare(b.scheduledAt) || byId(a, b)),
    checkIns: board.checkIns.sort((a, b) => a.submittedAt.localeCompare(b.submittedAt) || byId(a, b)),
    decisions: board.decisions.sort((a, b) => a.at.localeCompare(b.at) || byId(a, b)),
    feedbackMonths: board.feedbackMonths!.sort((a, b) => a.month.localeCompare(b.month) || byId(a, b)),
    openSituations: board.openSituations!.sort((a, b) => a.raisedAt.localeCompare(b.raisedAt) || byId(a, b)),
  };
}

/** The caller's tenant, checked: both stores scope every call to it. */
export function tenantOf(ctx: TenantContext): string {
  return validate(idSchema, ctx.tenantId);
}

export function requireEtag(etag: string): string {
  if (typeof etag !== 'string' || etag.length === 0)
    throw new DomainError('VALIDATION_FAILED', { details: 'etag' });
  return etag;
}

/** Input validation at the store's boundary: a clear VALIDATION_FAILED with the failing paths. */
export function validate<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const details = parsed.error.issues
      .map((issue) => `${issue.path.join('.') || 'value'}: ${issue.message}`)
      .join('; ');
    throw new DomainError('VALIDATION_FAILED', { details });
  }
  return parsed.data;
}

/** A board document as the caller's tenant's, validated by its type's schema. */
export function validateBoardDocument<D extends BoardDocument>(ctx: TenantContext, doc: D): D {
  const tenantId = tenantOf(ctx);
  const type: unknown = (doc as { type?: unknown } | null)?.type;
  if (!isBoardDocumentType(type))
    throw new DomainError('VALIDATION_FAILED', { details: `type: ${String(type)}` });
  return validate(BOARD_DOCUMENT_SCHEMAS[type] as unknown as z.ZodType<D>, { ...doc, tenantId });
}

/** The board documents among a partition's raw documents (what an erasure reads), by id. */
export function boardDocumentsOf(resources: readonly Record<string, unknown>[]): Stored<BoardDocument>[] {
  return resources
    .filter((resource) => isBoardDocumentType(resource.type))
    .map((resource) =>
      fromCosmosResource(
        BOARD_DOCUMENT_SCHEMAS[resource.type as BoardDocumentType] as unknown as z.ZodType<BoardDocument>,
        resource,
      ),
    )
    .sort((a, b) => a.id.localeCompare(b.id));
}
