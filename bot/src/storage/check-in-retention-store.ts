import {
  checkInRetentionUpdates,
  openSituationRetentionUpdates,
  feedbackMonthsToKeep,
  type FeedbackMonth,
  systemClock,
  type Ambassadorship,
  type BoardDocument,
  type BoardDocumentOf,
  type BoardDocumentType,
  type CheckIn,
  type OpenSituation,
  type Clock,
  type DueProgramme,
  type Programme,
  type ProgrammeBoard,
  type ProgrammeStore,
  type Stored,
  type TenantContext,
  type TenantSettings,
} from '@ambassadors/shared';
import { createCheckInAuthorKey, createLegacyCheckInAuthorKey } from '../application/check-in-author-key';

/** Keys the board needs on every read, for each of its ambassadorships. */
const MAX_REMEMBERED_KEYS = 100_000;

/**
 * A pseudonym never changes for the same inputs, and every board read needs one per
 * ambassadorship (HMACs add up on large boards), so they are remembered (bounded; cleared when full).
 */
function remembered(key: (a: string, b: string) => string): (a: string, b: string) => string {
  const cache = new Map<string, string>();
  return (a, b) => {
    const id = `${a}\u0000${b}`;
    let value = cache.get(id);
    if (value === undefined) {
      if (cache.size >= MAX_REMEMBERED_KEYS) cache.clear();
      value = key(a, b);
      cache.set(id, value);
    }
    return value;
  };
}

export interface CheckInRetentionOptions {
  /** The check-in author secret (CHECKIN_AUTHOR_SECRET); the same one REST and the bot use. */
  secret: string | undefined;
  clock?: Clock;
}

/**
 * Check-in retention on every path, in one place: a ProgrammeStore around the real one.
 *
 * - Whenever an ambassadorship is replaced — withdrawn, ended early, given a shorter term, by REST,
 *   a card or the scheduler — the expiry of the check-ins written during it is brought forward to
 *   `retentionMonthsAfterTerm` after the actual end (`checkInRetentionUpdates`) and the check-ins
 *   are rewritten, which also renews their Cosmos `ttl` from the new `expiresAt`.
 * - Every board read applies the same rule in memory, so figures follow the shorter life at once,
 *   even for documents written before this rule.
 * - The figures of a month that is over and was visible are kept as numbers for the programme's
 *   life (`feedbackMonthsToKeep`, one create-only document per month), so they outlive the
 *   check-ins; done on the first board read after the month ends, retried on the next if it fails.
 * - Check-ins stored under the older per-ambassadorship pseudonym are read as their person's
 *   pseudonym (so one person never counts twice), and rewritten in the new shape — without the
 *   `ambassadorshipId` they used to carry — the next time their ambassadorship is saved.
 *
 * - Named open situations (`raisedBy`) get the same: their expiry follows the raiser's actual
 *   term end, on every read and rewritten when the ambassadorship is saved
 *   (`openSituationRetentionUpdates`). Those raised for the group name nobody and keep theirs.
 *
 * Only the server can match check-ins to people (it holds the secret); nothing stored does.
 */
export class CheckInRetentionStore implements ProgrammeStore {
  private readonly authorKey: (programmeId: string, userId: string) => string;
  private readonly legacyKey: (programmeId: string, ambassadorshipId: string) => string;
  private readonly clock: Clock;

  constructor(
    private readonly inner: ProgrammeStore,
    options: CheckInRetentionOptions,
  ) {
    this.authorKey = remembered(createCheckInAuthorKey(options.secret));
    this.legacyKey = remembered(createLegacyCheckInAuthorKey(options.secret));
    this.clock = options.clock ?? systemClock;
  }

  listProgrammes(ctx: TenantContext): Promise<Stored<Programme>[]> {
    return this.inner.listProgrammes(ctx);
  }

  async loadBoard(ctx: TenantContext, programmeId: string): Promise<ProgrammeBoard | null> {
    const board = await this.inner.loadBoard(ctx, programmeId);
    if (!board) return null;
    const { checkIns } = this.retained(board);
    const now = this.clock.now();
    const live = {
      ...board,
      checkIns: checkIns.filter((c) => Date.parse(c.expiresAt) > now.getTime()),
      ...(board.openSituations ? { openSituations: this.retainedSituations(board) } : {}),
    };
    const kept = await this.keepMonths(ctx, live, now);
    return kept.length === 0 ? live : { ...live, feedbackMonths: [...(live.feedbackMonths ?? []), ...kept] };
  }

  /** Writes the monthly figures not kept yet; one that another writer kept first is simply there. */
  private async keepMonths(
    ctx: TenantContext,
    board: ProgrammeBoard,
    now: Date,
  ): Promise<Stored<FeedbackMonth>[]> {
    const kept: Stored<FeedbackMonth>[] = [];
    for (const month of feedbackMonthsToKeep(board, now)) {
      try {
        kept.push(await this.inner.createDocument(ctx, month));
      } catch {
        // Already kept by a concurrent read, or the store is busy: the next read keeps it.
      }
    }
    return kept;
  }

  getProgramme(ctx: TenantContext, programmeId: string): Promise<Stored<Programme> | null> {
    return this.inner.getProgramme(ctx, programmeId);
  }

  createProgramme(ctx: TenantContext, programme: Programme): Promise<Stored<Programme>> {
    return this.inner.createProgramme(ctx, programme);
  }

  replaceProgramme(ctx: TenantContext, programme: Programme, etag: string): Promise<Stored<Programme>> {
    return this.inner.replaceProgramme(ctx, programme, etag);
  }

  getDocument<T extends BoardDocumentType>(
    ctx: TenantContext,
    programmeId: string,
    type: T,
    id: string,
  ): Promise<Stored<BoardDocumentOf<T>> | null> {
    return this.inner.getDocument(ctx, programmeId, type, id);
  }

  createDocument<D extends BoardDocument>(ctx: TenantContext, doc: D): Promise<Stored<D>> {
    return this.inner.createDocument(ctx, doc);
  }

  async replaceDocument<D extends BoardDocument>(
    ctx: TenantContext,
    doc: D,
    etag: string,
  ): Promise<Stored<D>> {
    const stored = await this.inner.replaceDocument(ctx, doc, etag);
    if (stored.type === 'ambassadorship') await this.persistRetention(ctx, stored.programmeId);
    return stored;
  }

  getTenantSettings(ctx: TenantContext): Promise<Stored<TenantSettings> | null> {
    return this.inner.getTenantSettings(ctx);
  }

  saveTenantSettings(
    ctx: TenantContext,
    settings: TenantSettings,
    etag: string | null,
  ): Promise<Stored<TenantSettings>> {
    return this.inner.saveTenantSettings(ctx, settings, etag);
  }

  listDocuments(ctx: TenantContext, programmeId: string): Promise<Stored<BoardDocument>[] | null> {
    return this.inner.listDocuments(ctx, programmeId);
  }

  deleteDocument(
    ctx: TenantContext,
    programmeId: string,
    type: BoardDocumentType,
    id: string,
  ): Promise<boolean> {
    return this.inner.deleteDocument(ctx, programmeId, type, id);
  }

  deleteProgramme(ctx: TenantContext, programmeId: string): Promise<number> {
    return this.inner.deleteProgramme(ctx, programmeId);
  }

  findProgrammesDue(now: Date, limit: number): Promise<DueProgramme[]> {
    return this.inner.findProgrammesDue(now, limit);
  }

  setNextCheck(tenantId: string, programmeId: string, nextCheckAt: Date): Promise<void> {
    return this.inner.setNextCheck(tenantId, programmeId, nextCheckAt);
  }

  ping(): Promise<void> {
    return this.inner.ping();
  }

  /** The board's check-ins under their person's pseudonym and with the expiry the rule gives them. */
  private retained(board: ProgrammeBoard): { checkIns: Stored<CheckIn>[]; changed: Set<string> } {
    const programmeId = board.programme.id;
    const current = (amb: Ambassadorship) => this.authorKey(programmeId, amb.person.userId);
    const legacy = new Map(board.ambassadorships.map((a) => [this.legacyKey(programmeId, a.id), current(a)]));
    const changed = new Set<string>();
    const rekeyed = board.checkIns.map((c) => {
      const key = legacy.get(c.authorKey);
      if (key === undefined) return c;
      changed.add(c.id);
      return { ...c, authorKey: key };
    });
    const updates = new Map(
      checkInRetentionUpdates({ ...board, checkIns: rekeyed }, current).map((c) => [c.id, c]),
    );
    for (const id of updates.keys()) changed.add(id);
    const checkIns = rekeyed.map((c) => {
      const update = updates.get(c.id);
      return update ? { ...c, expiresAt: update.expiresAt } : c;
    });
    return { checkIns, changed };
  }

  /** The board's open situations with the expiry their raiser's actual term gives them. */
  private retainedSituations(board: ProgrammeBoard): Stored<OpenSituation>[] {
    const updates = new Map(openSituationRetentionUpdates(board).map((s) => [s.id, s.expiresAt]));
    return (board.openSituations ?? []).map((s) => {
      const expiresAt = updates.get(s.id);
      return expiresAt ? { ...s, expiresAt } : s;
    });
  }

  /** Rewrites the check-ins whose expiry came forward (new `ttl`) or that still had the old shape. */
  private async persistRetention(ctx: TenantContext, programmeId: string): Promise<void> {
    const board = await this.inner.loadBoard(ctx, programmeId);
    if (!board) return;
    const { checkIns, changed } = this.retained(board);
    for (const checkIn of checkIns) {
      if (!changed.has(checkIn.id)) continue;
      const { etag, ...plain } = checkIn;
      await this.inner.replaceDocument(ctx, plain as CheckIn, etag);
    }
    // Named open situations follow their raiser's term the same way (a new `ttl` with them).
    const stored = new Map((board.openSituations ?? []).map((s) => [s.id, s]));
    for (const update of openSituationRetentionUpdates(board)) {
      const { etag } = stored.get(update.id)!;
      const { etag: _etag, ...plain } = update as Stored<OpenSituation>;
      await this.inner.replaceDocument(ctx, plain as OpenSituation, etag);
    }
  }
}
