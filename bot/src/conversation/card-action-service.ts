import { createHash } from 'node:crypto';
import { z } from 'zod';
import {
  assertProgrammeOpen,
  cardCheckInSituations,
  errorMessage,
  DomainError,
  isDomainError,
  type CardAction,
  type CardActionHandler,
  type CardActionRecord,
  type CardActionResult,
  type Clock,
  type DeliveryStore,
  type ErrorCode,
  type ErrorParams,
  type Locale,
  type ProgrammeStore,
  type TenantContext,
} from '@ambassadors/shared';
import { acceptAgreementAct } from '../application/accept-agreement';
import { loadActScope } from '../application/act-scope';
import { applyToPostingAct } from '../application/apply-to-posting';
import { completeTrainingAct } from '../application/complete-training';
import { sendCheckInAct } from '../application/send-check-in';
import { VERBS } from '../cards/reminder-cards';
import { text } from '../cards/card-texts';
import { errorCard, thanksCard } from '../cards/system-cards';
import type { Logger } from '../runtime/logger';

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

/**
 * The card's transport format per verb: Adaptive Card inputs arrive as strings, so numbers are
 * coerced here. What the act itself accepts is validated again by the act, with the same schema
 * as the tab's API.
 */
const VERB_SCHEMAS = new Map<string, z.ZodType<Record<string, unknown>>>([
  [VERBS.apply, cardRefSchema.extend({ motivation: z.string() })],
  [
    VERBS.acceptAgreement,
    cardRefSchema.extend({
      ambassadorshipId: id,
      version: z.coerce.number().int().min(1),
      // Older cards name the side; the act derives it from the caller's role instead.
      side: z.enum(['ambassador', 'leader']).optional(),
    }),
  ],
  [VERBS.completeTraining, cardRefSchema.extend({ ambassadorshipId: id, moduleId: id })],
  [
    VERBS.checkIn,
    cardRefSchema.extend({
      ambassadorshipId: optionalId,
      progress: freeText,
      challenges: freeText,
      successes: freeText,
      theme: z.string().trim().max(100).default(''),
      alignment: z.coerce.number().int().min(1).max(5),
      changeCourse: z.enum(['yes', 'no', 'unsure']),
      changeCourseSuggestion: freeText,
    }),
  ],
  [VERBS.acknowledge, cardRefSchema],
]);

type CardRef = z.infer<typeof cardRefSchema>;
type CardData = CardRef & Record<string, unknown>;

/**
 * What an action record keeps of the outcome: enough to show the same "thanks" card again, in
 * whatever language the duplicate arrives — never a rating, an answer or other free text.
 */
const outcomeSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('applied') }),
  z.object({ outcome: z.literal('agreementAccepted'), version: z.number().int() }),
  z.object({ outcome: z.literal('moduleDone') }),
  z.object({ outcome: z.literal('checkInSent') }),
  z.object({ outcome: z.literal('acknowledged') }),
]);
type Outcome = z.infer<typeof outcomeSchema>;

/** How one action ended; every duplicate of it is answered from this. */
type Settled =
  | { kind: 'recorded'; outcome: Outcome | { facts: Facts }; recordedAt: string; duplicate: boolean }
  | { kind: 'refused'; code: ErrorCode; params: ErrorParams; error?: DomainError }
  | { kind: 'busy' };

export interface CardActionServiceDeps {
  deliveryStore: DeliveryStore;
  programmeStore: ProgrammeStore;
  clock: Clock;
  logger: Logger;
  /** Link to the programme in the tab, for the cards' "Open the programme". */
  tabUrl: (programmeId?: string) => string;
  /** Pseudonymous author key of a check-in from (programme, user id); never the user id itself. */
  authorKey: (programmeId: string, userId: string) => string;
  /** How long a duplicate waits for the first click's outcome (another instance may run it). */
  waitForOutcomeMs?: number;
  /** After this long a pending record is taken to be abandoned (its instance stopped mid-act). */
  pendingLeaseMs?: number;
}

const hash = (...parts: string[]) =>
  createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 40);

/** The action id: one per card, person and verb — a double click or a replay maps to the same id. */
export function cardActionId(tenantId: string, userId: string, cardId: string, verb: string): string {
  return `act:${hash(tenantId, userId, cardId, verb)}`;
}

type Facts = Array<{ label: string; value: string }>;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const POLL_MS = 100;

/**
 * Turns what people do on the bot's cards — apply, accept an agreement, complete a module, send
 * a check-in, acknowledge a reminder — into the same acts the tab's API runs (bot/src/application),
 * exactly once per card, person and verb:
 *
 * 1. the verb is looked up among the known ones only (an own entry, never an inherited name such
 *    as `constructor`) and the card's data validated: anything else gets the error card;
 * 2. a reminder card must still match its outbox record (stale → error card);
 * 3. a pending action record is created with a deterministic id: the create is the lock, so a
 *    second click, a replay or a concurrent duplicate waits for the first one's outcome;
 * 4. the act runs — permission check, validation, rule, write — exactly as through the API;
 *    success completes the record with the outcome, a refusal deletes it, and every duplicate
 *    gets the answer the first click got (a refused duplicate runs the act again and is refused
 *    the same way, since nothing changed).
 */
export class CardActionService implements CardActionHandler {
  /** Actions running in this instance, so a concurrent duplicate shares the first one's outcome. */
  private readonly inFlight = new Map<string, Promise<Settled>>();

  constructor(private readonly deps: CardActionServiceDeps) {}

  async handle(action: CardAction): Promise<CardActionResult> {
    try {
      return await this.handleAction(action);
    } catch (error) {
      // The store failing around the act (outbox check, action record): a card that says so,
      // never an exception the Bot Connector turns into a 5xx.
      this.deps.logger.error({ err: error, tenantId: action.tenantId }, 'card action failed');
      const code = isDomainError(error) && error.code === 'STORE_UNAVAILABLE' ? error.code : 'INTERNAL';
      return this.reject(action.locale, undefined, errorMessage(code, action.locale));
    }
  }

  private async handleAction(action: CardAction): Promise<CardActionResult> {
    const { locale } = action;
    const verb = typeof action.data.verb === 'string' ? action.data.verb : action.verb;
    const schema = VERB_SCHEMAS.get(verb);
    const parsed = schema?.safeParse(action.data);
    if (!parsed?.success) return this.reject(locale, undefined, text('errorMalformed', locale));
    const data = parsed.data as CardData;
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
    const running = this.inFlight.get(actionId);
    if (running) return this.answer(await running, locale, tabUrl, true);
    const settling = this.settle(actionId, verb, data, ctx).finally(() => this.inFlight.delete(actionId));
    this.inFlight.set(actionId, settling);
    return this.answer(await settling, locale, tabUrl, false);
  }

  /** The outcome of the action with this id: the one recorded earlier, or the act's now. */
  private async settle(actionId: string, verb: string, data: CardData, ctx: TenantContext): Promise<Settled> {
    const { deliveryStore } = this.deps;
    // Twice at most: a pending record that vanishes (refused or abandoned) lets this click act.
    for (let attempt = 0; attempt < 2; attempt++) {
      const earlier = await deliveryStore.getAction(ctx.tenantId, actionId);
      if (earlier && earlier.status !== 'pending') return this.fromRecord(earlier);
      const now = this.deps.clock.now();
      const created = earlier
        ? 'exists'
        : await deliveryStore.createAction({
            id: actionId,
            type: 'cardAction',
            tenantId: ctx.tenantId,
            programmeId: data.programmeId,
            reminderId: data.reminderId || null,
            outboxId: data.outboxId || null,
            // A check-in's record keeps only what duplicate detection needs: no user id beside it.
            userId: verb === VERBS.checkIn ? actionId : ctx.user.userId,
            verb,
            summary: {},
            status: 'pending',
            recordedAt: now.toISOString(),
          });
      if (created === 'created') return this.act(actionId, verb, data, ctx, now);
      const settled = await this.waitForOutcome(ctx.tenantId, actionId);
      if (settled) return settled;
    }
    return { kind: 'busy' };
  }

  /** Waits for another click's pending record to be completed; null when it went away. */
  private async waitForOutcome(tenantId: string, actionId: string): Promise<Settled | null> {
    const { deliveryStore } = this.deps;
    const deadline = Date.now() + (this.deps.waitForOutcomeMs ?? 5000);
    for (;;) {
      const record = await deliveryStore.getAction(tenantId, actionId);
      if (!record) return null;
      if (record.status !== 'pending') return this.fromRecord(record);
      const age = this.deps.clock.now().getTime() - new Date(record.recordedAt).getTime();
      if (age > (this.deps.pendingLeaseMs ?? 60_000)) {
        await deliveryStore.deleteAction(tenantId, actionId);
        return null;
      }
      if (Date.now() >= deadline) return { kind: 'busy' };
      await sleep(POLL_MS);
    }
  }

  private fromRecord(record: CardActionRecord): Settled {
    const outcome = outcomeSchema.safeParse(record.summary);
    const legacy = Array.isArray(record.summary.facts) ? { facts: record.summary.facts as Facts } : null;
    return {
      kind: 'recorded',
      outcome: outcome.success ? outcome.data : (legacy ?? { facts: [] }),
      recordedAt: record.recordedAt,
      duplicate: true,
    };
  }

  /** Runs the act behind the verb; completes the pending record on success, deletes it otherwise. */
  private async act(
    actionId: string,
    verb: string,
    data: CardData,
    ctx: TenantContext,
    now: Date,
  ): Promise<Settled> {
    const { deliveryStore, logger } = this.deps;
    let outcome: Outcome;
    try {
      outcome = await this.perform(verb, data, ctx, now);
    } catch (error) {
      await deliveryStore.deleteAction(ctx.tenantId, actionId);
      if (isDomainError(error) && error.code !== 'STORE_UNAVAILABLE' && error.code !== 'INTERNAL') {
        return { kind: 'refused', code: error.code, params: error.params, error };
      }
      logger.error({ err: error, verb, tenantId: ctx.tenantId }, 'card action failed');
      return { kind: 'refused', code: 'INTERNAL', params: {} };
    }
    const recordedAt = now.toISOString();
    await deliveryStore.completeAction({
      id: actionId,
      type: 'cardAction',
      tenantId: ctx.tenantId,
      programmeId: data.programmeId,
      reminderId: data.reminderId || null,
      outboxId: data.outboxId || null,
      userId: verb === VERBS.checkIn ? actionId : ctx.user.userId,
      verb,
      summary: outcome,
      status: 'recorded',
      recordedAt,
    });
    logger.info(
      { verb, tenantId: ctx.tenantId, programmeId: data.programmeId, actionId },
      'card action recorded',
    );
    return { kind: 'recorded', outcome, recordedAt, duplicate: false };
  }

  /** The act behind each verb: the application service the tab's API calls too. */
  private async perform(verb: string, data: CardData, ctx: TenantContext, now: Date): Promise<Outcome> {
    const store = { store: this.deps.programmeStore };
    if (verb === VERBS.acknowledge) {
      // An acknowledgement changes nothing on the board: the programme's own document (one
      // point read) says all it needs, whether the programme is there and still running.
      const programme = await this.deps.programmeStore.getProgramme(ctx, data.programmeId);
      if (!programme) throw new DomainError('NOT_FOUND');
      assertProgrammeOpen(programme);
      return { outcome: 'acknowledged' };
    }
    const scope = await loadActScope(this.deps.programmeStore, ctx, data.programmeId, now);
    // Every card of a closed programme is refused the same way.
    assertProgrammeOpen(scope.board.programme);
    const ambassadorshipId = String(data.ambassadorshipId ?? '');
    switch (verb) {
      case VERBS.apply:
        await applyToPostingAct(store, scope, { motivation: data.motivation });
        return { outcome: 'applied' };
      case VERBS.acceptAgreement: {
        const version = Number(data.version);
        await acceptAgreementAct(store, scope, ambassadorshipId, { version });
        return { outcome: 'agreementAccepted', version };
      }
      case VERBS.completeTraining:
        await completeTrainingAct(store, scope, ambassadorshipId, String(data.moduleId));
        return { outcome: 'moduleDone' };
      default: {
        await sendCheckInAct({ ...store, authorKey: this.deps.authorKey }, scope, {
          progress: data.progress,
          challenges: data.challenges,
          successes: data.successes,
          situations: cardCheckInSituations(data.agreedTheme, data.theme),
          alignment: data.alignment,
          changeCourse: data.changeCourse,
          changeCourseSuggestion: data.changeCourseSuggestion,
        });
        return { outcome: 'checkInSent' };
      }
    }
  }

  /** The card for an outcome, in the language of the click being answered. */
  private answer(
    settled: Settled,
    locale: Locale,
    tabUrl: string,
    sharedInFlight: boolean,
  ): CardActionResult {
    if (settled.kind === 'busy') return this.reject(locale, tabUrl, text('errorInProgress', locale));
    if (settled.kind === 'refused')
      // The error itself words it, naming any field at fault as the form labels it.
      return this.reject(
        locale,
        tabUrl,
        settled.error ? settled.error.messageIn(locale) : errorMessage(settled.code, locale, settled.params),
      );
    const duplicate = settled.duplicate || sharedInFlight;
    const facts = 'facts' in settled.outcome ? settled.outcome.facts : this.factsFor(settled.outcome, locale);
    return {
      outcome: duplicate ? 'duplicate' : 'recorded',
      card: thanksCard(locale, tabUrl, facts, settled.recordedAt, duplicate),
    };
  }

  private reject(locale: Locale, tabUrl: string | undefined, reason: string): CardActionResult {
    return { outcome: 'rejected', card: errorCard(locale, tabUrl ?? this.deps.tabUrl(), reason) };
  }

  private factsFor(outcome: Outcome, locale: Locale): Facts {
    const what = text('factWhat', locale);
    switch (outcome.outcome) {
      case 'applied':
        return [{ label: what, value: text('factApplied', locale) }];
      case 'agreementAccepted':
        return [{ label: what, value: text('factAgreementAccepted', locale, { version: outcome.version }) }];
      case 'moduleDone':
        return [{ label: what, value: text('factModuleDone', locale) }];
      case 'checkInSent':
        return [{ label: what, value: text('factCheckInSent', locale) }];
      default:
        return [{ label: what, value: text('factAcknowledged', locale) }];
    }
  }
}
