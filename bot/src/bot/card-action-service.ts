import { createHash, randomUUID } from 'node:crypto';
import { z } from 'zod';
import {
  DomainError,
  acceptAgreement,
  applyToPosting,
  completeModule,
  createCheckIn,
  errorMessage,
  isDomainError,
  roleOf,
  type BoardData,
  type CardAction,
  type CardActionHandler,
  type CardActionResult,
  type Clock,
  type DeliveryStore,
  type Locale,
  type ProgrammeBoard,
  type ProgrammeStore,
  type TenantContext,
} from '@ambassadors/shared';
import { VERBS } from '../cards/reminder-cards';
import { text } from '../cards/card-texts';
import { errorCard, thanksCard } from '../cards/system-cards';
import type { Logger } from '../server/logger';

const id = z.string().trim().min(1).max(200);
const optionalId = z.string().trim().max(200).default('');
const freeText = z.string().trim().max(2000).default('');

/** What every actionable card sends back, whichever way the action arrives. */
const cardRefSchema = z.object({
  cardId: id,
  outboxId: optionalId,
  reminderId: optionalId,
  programmeId: id,
  v: z.coerce.number().int().pipe(z.literal(1)),
});

const VERB_SCHEMAS = {
  [VERBS.apply]: cardRefSchema.extend({ motivation: z.string().trim().min(1).max(4000) }),
  [VERBS.acceptAgreement]: cardRefSchema.extend({
    ambassadorshipId: id,
    version: z.coerce.number().int().min(1),
    side: z.enum(['ambassador', 'leader']),
  }),
  [VERBS.completeTraining]: cardRefSchema.extend({ ambassadorshipId: id, moduleId: id }),
  [VERBS.checkIn]: cardRefSchema.extend({
    ambassadorshipId: id,
    progress: freeText,
    challenges: freeText,
    successes: freeText,
    theme: z.string().trim().max(100).default(''),
    alignment: z.coerce.number().int().min(1).max(5),
    changeCourse: z.enum(['yes', 'no', 'unsure']),
    changeCourseSuggestion: freeText,
  }),
  [VERBS.acknowledge]: cardRefSchema,
} as const;
type Verb = keyof typeof VERB_SCHEMAS;

export interface CardActionServiceDeps {
  deliveryStore: DeliveryStore;
  programmeStore: ProgrammeStore;
  clock: Clock;
  logger: Logger;
  /** Link to the programme in the tab, for the cards' "Open the programme". */
  tabUrl: (programmeId?: string) => string;
  /** Pseudonymous author key of a check-in from (programme, user id); never the user id itself. */
  authorKey: (programmeId: string, userId: string) => string;
}

const hash = (...parts: string[]) =>
  createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 40);

/** The action id: one per card, person and verb — a double click or a replay maps to the same id. */
export function cardActionId(tenantId: string, userId: string, cardId: string, verb: string): string {
  return `act:${hash(tenantId, userId, cardId, verb)}`;
}

type Facts = Array<{ label: string; value: string }>;

/**
 * Records what people do on the bot's cards — apply, accept an agreement, complete a module, send
 * a check-in, acknowledge a reminder — exactly once per card, person and verb:
 *
 * 1. the data is validated first (malformed → error card, nothing stored);
 * 2. a reminder card must still match its outbox record (stale → error card);
 * 3. the action record is created with a deterministic id: the create is the lock, so a second
 *    click, a replay or a concurrent duplicate finds it and gets "already recorded";
 * 4. the domain change is made; if the domain refuses (e.g. the agreement changed since), the
 *    action record is removed again and the user gets an error card saying what to do.
 */
export class CardActionService implements CardActionHandler {
  constructor(private readonly deps: CardActionServiceDeps) {}

  async handle(action: CardAction): Promise<CardActionResult> {
    const { locale } = action;
    const verb = (typeof action.data.verb === 'string' ? action.data.verb : action.verb) as Verb;
    const schema = VERB_SCHEMAS[verb];
    const parsed = schema?.safeParse(action.data);
    if (!schema || !parsed?.success) return this.reject(locale, undefined, text('errorMalformed', locale));
    const data = parsed.data as z.infer<typeof cardRefSchema> & Record<string, unknown>;
    const tabUrl = this.deps.tabUrl(data.programmeId);
    const ctx: TenantContext = { tenantId: action.tenantId, user: action.user };

    if (data.outboxId) {
      const outbox = await this.deps.deliveryStore.getOutbox(action.tenantId, data.outboxId);
      if (
        !outbox ||
        outbox.recipient.userId !== action.user.userId ||
        outbox.programmeId !== data.programmeId ||
        outbox.id !== data.cardId
      ) {
        return this.reject(locale, tabUrl, text('errorStale', locale));
      }
    }

    const actionId = cardActionId(action.tenantId, action.user.userId, data.cardId, verb);
    const earlier = await this.deps.deliveryStore.getAction(action.tenantId, actionId);
    if (earlier) return this.thanks(locale, tabUrl, earlier.summary, earlier.recordedAt, true);

    const now = this.deps.clock.now();
    const facts = this.factsFor(verb, data, locale);
    const created = await this.deps.deliveryStore.createAction({
      id: actionId,
      type: 'cardAction',
      tenantId: action.tenantId,
      programmeId: data.programmeId,
      reminderId: data.reminderId || null,
      outboxId: data.outboxId || null,
      // A check-in's record keeps only what duplicate detection needs: no user id beside it.
      userId: verb === VERBS.checkIn ? actionId : action.user.userId,
      verb,
      summary: { facts },
      recordedAt: now.toISOString(),
    });
    if (created === 'exists') {
      const winner = await this.deps.deliveryStore.getAction(action.tenantId, actionId);
      return this.thanks(
        locale,
        tabUrl,
        winner?.summary ?? { facts },
        winner?.recordedAt ?? now.toISOString(),
        true,
      );
    }

    try {
      await this.apply(verb, data, ctx, now);
    } catch (error) {
      await this.deps.deliveryStore.deleteAction(action.tenantId, actionId);
      if (isDomainError(error) && error.code !== 'STORE_UNAVAILABLE' && error.code !== 'INTERNAL') {
        return this.reject(locale, tabUrl, errorMessage(error.code, locale, error.params));
      }
      this.deps.logger.error({ err: error, verb, tenantId: action.tenantId }, 'card action failed');
      return this.reject(locale, tabUrl, errorMessage('INTERNAL', locale));
    }
    this.deps.logger.info(
      { verb, tenantId: action.tenantId, programmeId: data.programmeId, actionId },
      'card action recorded',
    );
    return this.thanks(locale, tabUrl, { facts }, now.toISOString(), false);
  }

  private reject(locale: Locale, tabUrl: string | undefined, reason: string): CardActionResult {
    return { outcome: 'rejected', card: errorCard(locale, tabUrl ?? this.deps.tabUrl(), reason) };
  }

  private thanks(
    locale: Locale,
    tabUrl: string,
    summary: Record<string, unknown>,
    recordedAt: string,
    duplicate: boolean,
  ): CardActionResult {
    const facts = Array.isArray(summary.facts) ? (summary.facts as Facts) : [];
    return {
      outcome: duplicate ? 'duplicate' : 'recorded',
      card: thanksCard(locale, tabUrl, facts, recordedAt, duplicate),
    };
  }

  private factsFor(verb: Verb, data: Record<string, unknown>, locale: Locale): Facts {
    const what = text('factWhat', locale);
    switch (verb) {
      case VERBS.apply:
        return [{ label: what, value: text('factApplied', locale) }];
      case VERBS.acceptAgreement:
        return [
          { label: what, value: text('factAgreementAccepted', locale, { version: Number(data.version) }) },
        ];
      case VERBS.completeTraining:
        return [{ label: what, value: text('factModuleDone', locale) }];
      case VERBS.checkIn:
        // Stored for 180 days beside the action: never the rating or the change-course answer.
        return [{ label: what, value: text('factCheckInSent', locale) }];
      default:
        return [{ label: what, value: text('factAcknowledged', locale) }];
    }
  }

  private async loadBoard(ctx: TenantContext, programmeId: string): Promise<ProgrammeBoard> {
    const board = await this.deps.programmeStore.loadBoard(ctx, programmeId);
    if (!board) throw new DomainError('NOT_FOUND');
    return board;
  }

  /** The domain change behind each verb, through the domain rules and the programme store. */
  private async apply(
    verb: Verb,
    data: Record<string, unknown>,
    ctx: TenantContext,
    now: Date,
  ): Promise<void> {
    if (verb === VERBS.acknowledge) return;
    const programmeId = String(data.programmeId);
    const board = await this.loadBoard(ctx, programmeId);
    const boardData = board as unknown as BoardData;
    if (verb === VERBS.apply) {
      const application = applyToPosting({
        board: boardData,
        applicant: ctx.user,
        motivation: String(data.motivation),
        now,
        id: `app-${hash(ctx.tenantId, programmeId, ctx.user.userId)}`,
      });
      await this.deps.programmeStore.createDocument(ctx, application);
      return;
    }
    const amb = board.ambassadorships.find((a) => a.id === data.ambassadorshipId);
    if (!amb) throw new DomainError('NOT_FOUND');
    if (verb === VERBS.acceptAgreement) {
      const side = data.side as 'ambassador' | 'leader';
      if (side === 'leader' && roleOf(boardData, ctx.user.userId, now) !== 'leader')
        throw new DomainError('FORBIDDEN');
      const { etag, ...plain } = amb;
      const updated = acceptAgreement(plain, side, Number(data.version), ctx.user, now);
      if (updated !== plain) await this.deps.programmeStore.replaceDocument(ctx, updated, etag);
      return;
    }
    if (verb === VERBS.completeTraining) {
      if (amb.person.userId !== ctx.user.userId) throw new DomainError('FORBIDDEN');
      const { etag, ...plain } = amb;
      const updated = completeModule(
        plain,
        String(data.moduleId),
        board.programme.steps.training.modules,
        now,
      );
      if (updated !== plain) await this.deps.programmeStore.replaceDocument(ctx, updated, etag);
      return;
    }
    if (verb === VERBS.checkIn) {
      if (amb.person.userId !== ctx.user.userId) throw new DomainError('FORBIDDEN');
      const theme = String(data.theme ?? '');
      const checkIn = createCheckIn({
        input: {
          progress: data.progress,
          challenges: data.challenges,
          successes: data.successes,
          situations: theme ? [{ theme, description: '' }] : [],
          alignment: data.alignment,
          changeCourse: data.changeCourse,
          changeCourseSuggestion: data.changeCourseSuggestion,
        },
        ambassadorship: amb,
        programme: board.programme,
        authorKey: this.deps.authorKey(programmeId, amb.person.userId),
        previous: board.checkIns,
        id: randomUUID(),
        now,
      });
      await this.deps.programmeStore.createDocument(ctx, checkIn);
    }
  }
}
