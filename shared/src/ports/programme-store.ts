import type { Ambassadorship } from '../model/ambassadorship';
import type { Application } from '../model/application';
import type { ProgrammeBoard, Stored } from '../model/board';
import type { CheckIn } from '../model/check-in';
import type { TenantContext } from '../model/common';
import type { Decision } from '../model/decision';
import type { FeedbackMonth } from '../model/feedback-month';
import type { Meeting } from '../model/meeting';
import type { OpenSituation } from '../model/open-situation';
import type { Programme } from '../model/programme';
import type { TenantSettings } from '../rules/creation-policy';

/** The per-programme documents that live beside the programme document in its partition. */
export type BoardDocument =
  Ambassadorship | Application | Meeting | CheckIn | Decision | FeedbackMonth | OpenSituation;
export type BoardDocumentType = BoardDocument['type'];
export type BoardDocumentOf<T extends BoardDocumentType> = Extract<BoardDocument, { type: T }>;

/** A programme due for a reminder check, as found by the scheduler's cross-tenant scan. */
export interface DueProgramme {
  tenantId: string;
  programmeId: string;
  nextCheckAt: string;
}

/**
 * Storage port for programmes and their boards. Every method but the scheduler's takes the
 * caller's TenantContext and only ever sees that tenant's documents: the tenant of a document
 * is always set from the context, never trusted from the document passed in.
 *
 * Errors are DomainErrors: NOT_FOUND (missing, or another tenant's), CONFLICT (ETag mismatch on
 * replace), ALREADY_EXISTS (create with a taken id), STORE_UNAVAILABLE (the store does not answer).
 */
export interface ProgrammeStore {
  listProgrammes(ctx: TenantContext): Promise<Stored<Programme>[]>;
  /** One single-partition read of everything the board shows. Null when not found in this tenant. */
  loadBoard(ctx: TenantContext, programmeId: string): Promise<ProgrammeBoard | null>;
  getProgramme(ctx: TenantContext, programmeId: string): Promise<Stored<Programme> | null>;
  createProgramme(ctx: TenantContext, programme: Programme): Promise<Stored<Programme>>;
  replaceProgramme(ctx: TenantContext, programme: Programme, etag: string): Promise<Stored<Programme>>;
  getDocument<T extends BoardDocumentType>(
    ctx: TenantContext,
    programmeId: string,
    type: T,
    id: string,
  ): Promise<Stored<BoardDocumentOf<T>> | null>;
  createDocument<D extends BoardDocument>(ctx: TenantContext, doc: D): Promise<Stored<D>>;
  replaceDocument<D extends BoardDocument>(ctx: TenantContext, doc: D, etag: string): Promise<Stored<D>>;

  /** The caller's tenant's own settings (who may create programmes); null until an admin sets them. */
  getTenantSettings(ctx: TenantContext): Promise<Stored<TenantSettings> | null>;
  /**
   * Saves the tenant's settings: `etag` null creates them (CONFLICT if they exist meanwhile),
   * otherwise replaces exactly that version (CONFLICT on a mismatch).
   */
  saveTenantSettings(
    ctx: TenantContext,
    settings: TenantSettings,
    etag: string | null,
  ): Promise<Stored<TenantSettings>>;

  /**
   * Every board document of the programme, including check-ins past their retention that the
   * store has not removed yet (the board hides them): what an erasure must see. Null when the
   * programme is not found in this tenant.
   */
  listDocuments(ctx: TenantContext, programmeId: string): Promise<Stored<BoardDocument>[] | null>;
  /** Deletes one board document; false when it was not there. */
  deleteDocument(
    ctx: TenantContext,
    programmeId: string,
    type: BoardDocumentType,
    id: string,
  ): Promise<boolean>;
  /**
   * Deletes the programme with everything in its partition (board documents, schedule record,
   * document types of later versions); returns how many documents went, 0 when not found.
   */
  deleteProgramme(ctx: TenantContext, programmeId: string): Promise<number>;

  /**
   * Scheduler only — the one call that crosses tenants. Returns programmes whose next reminder
   * check is due, from a small per-programme schedule record (an indexed query over those
   * records, not a read of every document of every tenant).
   */
  findProgrammesDue(now: Date, limit: number): Promise<DueProgramme[]>;
  /** Scheduler only: when this programme must be looked at again. */
  setNextCheck(tenantId: string, programmeId: string, nextCheckAt: Date): Promise<void>;

  /** Cheap round trip for health checks; rejects when the store does not answer. */
  ping(): Promise<void>;
}
