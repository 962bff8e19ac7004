import { randomUUID } from 'node:crypto';
import {
  TeamsActivityHandler,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type TurnContext,
} from 'botbuilder';
import {
  REMINDER_STEP,
  botChatLink,
  errorMessage,
  pickLocale,
  postingOpen,
  programmeChoice,
  roleOf,
  type CardActionHandler,
  type ProgrammeBoard,
  type ProgrammeCommand,
  type Clock,
  type DeliveryStore,
  type Locale,
  type ProgrammeStore,
  type StepKey,
  type TenantContext,
} from '@ambassadors/shared';
import { reminderCard, reminderSummary } from '../cards/reminder-cards';
import {
  CHOOSE_PROGRAMME_VERB,
  greetCard,
  helpCard,
  noticeCard,
  personalChatCard,
  programmeChoiceCard,
  statusCard,
} from '../cards/system-cards';
import { text } from '../cards/card-texts';
import type { CardJson } from '../cards/card-template';
import type { Logger } from '../runtime/logger';
import { activityTenants, cardActivity, storableReference, tenantsDisagree } from './bot-adapter';
import { commandsFor, parseCommand, type Command } from './commands';
import {
  checkInCardData,
  myAmbassadorship,
  postingCardData,
  statusFacts,
  type FoundProgramme,
} from './programme-lookup';

export interface AmbassadorsBotDeps {
  deliveryStore: DeliveryStore;
  programmeStore: ProgrammeStore;
  actions: CardActionHandler;
  clock: Clock;
  logger: Logger;
  tabUrl: (programmeId?: string, step?: StepKey | null) => string;
  /** Tenants the installation serves; 'all' when not restricted. */
  allowedTenants: string[] | 'all';
  /** The bot's own app id (MicrosoftAppId), for the link to its personal chat. */
  botAppId?: string | undefined;
  /** The check-in pseudonym (the same as REST's), so a check-in already sent is not called due. */
  authorKey?: (programmeId: string, userId: string) => string;
}

/** A card to send and the notification text that goes with it. */
interface Answer {
  card: CardJson;
  summary: string;
}

/** Programmes looked at for one chat answer (a person is rarely in more). */
const MAX_PROGRAMMES = 20;

/** Commands whose answer is about the person who asked: shown only in their personal chat. */
const PERSONAL_COMMANDS: ReadonlySet<string> = new Set(['status', 'feedback']);

type Scope = 'personal' | 'groupChat' | 'team';

/** The activity's tenant; null when it names none or two different ones (nothing is done then). */
export function tenantOf(context: TurnContext): string | null {
  const tenants = activityTenants(context.activity);
  if (tenantsDisagree(tenants)) return null;
  return tenants.conversationTenantId ?? tenants.channelTenantId;
}

function scopeOf(context: TurnContext): Scope {
  const type = context.activity.conversation?.conversationType;
  return type === 'groupChat' ? 'groupChat' : type === 'channel' ? 'team' : 'personal';
}

/** The product's user id is the Entra object id; the channel account id is only a fallback. */
function userOf(context: TurnContext) {
  const from = context.activity.from ?? { id: 'unknown', name: '' };
  return { userId: from.aadObjectId ?? from.id, displayName: from.name?.trim() || 'Teams user' };
}

/**
 * The bot's conversation: remembers where people can be reached (install), forgets it
 * (uninstall), greets, answers the commands in the user's language, and turns card actions —
 * Universal Actions (invoke) and the Action.Submit fallback (message with value) — into
 * recorded actions with the acted-on card replaced.
 */
export class AmbassadorsBot extends TeamsActivityHandler {
  constructor(private readonly deps: AmbassadorsBotDeps) {
    super();

    // Teams (and the Agents Playground) send both installationUpdate and conversationUpdate when
    // the app is added, often at the same moment and only one of them with the user's locale:
    // both store where the person can be reached, only the installation greets (once).
    this.onInstallationUpdateAdd(async (context, next) => {
      await this.install(context, { greet: true });
      await next();
    });
    this.onInstallationUpdateRemove(async (context, next) => {
      await this.uninstall(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      if (context.activity.membersAdded?.some((m) => m.id === botId))
        await this.install(context, { greet: false });
      await next();
    });
    this.onMembersRemoved(async (context, next) => {
      const botId = context.activity.recipient?.id;
      if (context.activity.membersRemoved?.some((m) => m.id === botId)) await this.uninstall(context);
      await next();
    });
    this.onMessage(async (context, next) => {
      await this.message(context);
      await next();
    });
  }

  private allowed(context: TurnContext): string | null {
    const tenantId = tenantOf(context);
    if (!tenantId) return null;
    const allowed = this.deps.allowedTenants;
    if (allowed !== 'all' && !allowed.includes(tenantId.toLowerCase())) {
      this.deps.logger.warn({ tenantId }, 'bot activity from a tenant that is not allowed: ignored');
      return null;
    }
    return tenantId;
  }

  /** The activity's locale, else the Teams client's (clientInfo entity), else Danish. */
  private localeOf(context: TurnContext): Locale {
    const clientInfo = (context.activity.entities ?? []).find((e) => e.type === 'clientInfo') as
      { locale?: string } | undefined;
    return pickLocale(context.activity.locale ?? clientInfo?.locale);
  }

  private async reply(context: TurnContext, card: CardJson, summary: string): Promise<void> {
    await context.sendActivity(cardActivity({ card, summary }));
  }

  private async install(context: TurnContext, opts: { greet: boolean }): Promise<void> {
    const tenantId = this.allowed(context);
    if (!tenantId) return;
    const now = this.deps.clock.now().toISOString();
    const scope = scopeOf(context);
    const conversationId = context.activity.conversation.id;
    await this.deps.deliveryStore.upsertConversation({
      id: conversationId,
      type: 'conversation',
      tenantId,
      conversationId,
      userId: userOf(context).userId,
      scope,
      serviceUrl: context.activity.serviceUrl,
      reference: storableReference(context.activity),
      installedAt: now,
      updatedAt: now,
    });
    this.deps.logger.info({ tenantId, scope }, 'bot installed: conversation reference stored');
    if (opts.greet) {
      const locale = this.localeOf(context);
      await this.reply(context, greetCard(locale, this.deps.tabUrl()), text('greetTitle', locale));
    }
  }

  private async uninstall(context: TurnContext): Promise<void> {
    const tenantId = tenantOf(context);
    if (!tenantId) return;
    await this.deps.deliveryStore.removeConversation(tenantId, {
      conversationId: context.activity.conversation.id,
      userId: userOf(context).userId,
      scope: scopeOf(context),
    });
    this.deps.logger.info({ tenantId }, 'bot uninstalled: conversation reference removed');
  }

  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const tenantId = this.allowed(context);
    const locale = this.localeOf(context);
    const action = invokeValue?.action;
    if (!tenantId || !action) {
      return {
        statusCode: 400,
        type: 'application/vnd.microsoft.error',
        value: { code: 'BadRequest', message: 'no action' },
      } as never;
    }
    const data = (action.data ?? {}) as Record<string, unknown>;
    if (action.verb === CHOOSE_PROGRAMME_VERB) {
      // The chosen programme's answer replaces the choice card in place.
      const answer = await this.chosen(context, tenantId, locale, data);
      return {
        statusCode: 200,
        type: 'application/vnd.microsoft.card.adaptive',
        value: answer.card as never,
      };
    }
    const result = await this.deps.actions.handle({
      tenantId,
      user: userOf(context),
      conversationId: context.activity.conversation.id,
      locale,
      verb: action.verb ?? '',
      data,
      via: 'execute',
    });
    return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: result.card as never };
  }

  private async message(context: TurnContext): Promise<void> {
    const tenantId = this.allowed(context);
    if (!tenantId) return;
    const locale = this.localeOf(context);
    const value = context.activity.value as Record<string, unknown> | undefined;
    if (value && typeof value === 'object' && value.verb === CHOOSE_PROGRAMME_VERB) {
      const answer = await this.chosen(context, tenantId, locale, value);
      const activity = cardActivity(answer);
      if (context.activity.replyToId)
        await context.updateActivity({ ...activity, id: context.activity.replyToId });
      else await context.sendActivity(activity);
      return;
    }
    if (value && typeof value === 'object' && typeof value.verb === 'string') {
      await this.submitted(context, tenantId, locale, value);
      return;
    }
    const ctx: TenantContext = { tenantId, user: userOf(context) };
    const command = parseCommand(context.activity.text);
    const tabUrl = this.deps.tabUrl();
    if (command && PERSONAL_COMMANDS.has(command) && scopeOf(context) !== 'personal') {
      await this.replyInPersonalChatOnly(context, locale);
      return;
    }
    switch (command) {
      case 'pause':
      case 'resume': {
        await this.deps.deliveryStore.setPreference({
          id: `pref:${ctx.user.userId}`,
          type: 'preference',
          tenantId,
          userId: ctx.user.userId,
          paused: command === 'pause',
          locale,
          updatedAt: this.deps.clock.now().toISOString(),
        });
        const message = text(command === 'pause' ? 'paused' : 'resumed', locale);
        await this.reply(context, noticeCard(locale, tabUrl, message), message);
        return;
      }
      case 'status':
      case 'apply':
      case 'feedback': {
        const answer = await this.programmeAnswer(ctx, locale, command);
        await this.reply(context, answer.card, answer.summary);
        return;
      }
      case 'help':
        await this.reply(
          context,
          helpCard(locale, tabUrl, { commands: await this.fittingCommands(ctx) }),
          text('helpTitle', locale),
        );
        return;
      default:
        // Unknown text: a helpful answer, never silence or an error.
        await this.reply(
          context,
          helpCard(locale, tabUrl, { unknownText: true, commands: await this.fittingCommands(ctx) }),
          text('unknownText', locale),
        );
    }
  }

  /**
   * In a channel or group chat everybody reads the answer, so a person's status or check-in form
   * is never posted there: a short card links to the personal chat instead. The link is built from
   * the bot's configured id (or, without one, the id Teams addressed the activity to, accepted only
   * if it is shaped like a bot id); failing both, it opens the app's own tab.
   */
  private async replyInPersonalChatOnly(context: TurnContext, locale: Locale): Promise<void> {
    const link =
      (this.deps.botAppId && botChatLink(this.deps.botAppId)) ||
      botChatLink(context.activity.recipient?.id ?? '') ||
      this.deps.tabUrl();
    await this.reply(context, personalChatCard(locale, link), text('personalOnly', locale));
  }

  /** The commands that fit the person where they stand, in any of their programmes. */
  private async fittingCommands(ctx: TenantContext): Promise<Command[]> {
    const now = this.deps.clock.now();
    const userId = ctx.user.userId;
    const boards = await this.boardsOf(ctx);
    const fits = (command: ProgrammeCommand) =>
      programmeChoice({ boards, userId, command, now }).options.length > 0;
    const candidate = boards.some((b) => myAmbassadorship(b, userId)?.state === 'candidate');
    return commandsFor({
      inProgramme: boards.length > 0,
      ambassador: fits('feedback') ? 'active' : candidate ? 'candidate' : null,
      postingOpen: boards.some((b) => postingOpen(b.programme, now)),
      mayApply: fits('apply'),
    });
  }

  /** The boards of the person's tenant the chat looks at (the first few programmes). */
  private async boardsOf(ctx: TenantContext): Promise<ProgrammeBoard[]> {
    const programmes = (await this.deps.programmeStore.listProgrammes(ctx)).slice(0, MAX_PROGRAMMES);
    const boards = await Promise.all(programmes.map((p) => this.deps.programmeStore.loadBoard(ctx, p.id)));
    return boards.filter((board): board is ProgrammeBoard => board !== null);
  }

  /**
   * `status`, `feedback` or `apply`: about the one programme it fits, or — for a person in several
   * it fits — a choice card listing them, the one where something waits for them first
   * (`programmeChoice`). `programmeId` answers about a programme already chosen.
   */
  private async programmeAnswer(
    ctx: TenantContext,
    locale: Locale,
    command: ProgrammeCommand,
    programmeId?: string,
  ): Promise<Answer> {
    const now = this.deps.clock.now();
    const userId = ctx.user.userId;
    const boards = await this.boardsOf(ctx);
    const found = (board: ProgrammeBoard | undefined): FoundProgramme | null =>
      board ? { board, role: roleOf(board, userId, now) } : null;
    if (programmeId !== undefined) {
      // Chosen on a card: only a programme of the person's own tenant is ever found.
      return this.commandAnswer(
        ctx,
        locale,
        command,
        found(boards.find((b) => b.programme.id === programmeId)),
      );
    }
    const authorKey = this.deps.authorKey;
    const choice = programmeChoice({
      boards,
      userId,
      command,
      now,
      ...(authorKey ? { authorKeyFor: (id: string) => authorKey(id, userId) } : {}),
    });
    if (choice.options.length > 1) {
      return {
        card: programmeChoiceCard(locale, this.deps.tabUrl(), command, choice.options),
        summary: text('chooseTitle', locale),
      };
    }
    const chosen =
      boards.find((b) => b.programme.id === choice.defaultId) ??
      // Nothing fits: answer about the programme the person is most likely asking about.
      boards.find((b) => roleOf(b, userId, now) !== 'employee') ??
      boards.find((b) => postingOpen(b.programme, now)) ??
      boards[0];
    return this.commandAnswer(ctx, locale, command, found(chosen));
  }

  /** A choice card's button: the command answered about the programme picked. */
  private async chosen(
    context: TurnContext,
    tenantId: string,
    locale: Locale,
    data: Record<string, unknown>,
  ): Promise<Answer> {
    const command = data.command;
    const programmeId = typeof data.programmeId === 'string' ? data.programmeId : '';
    if (command !== 'status' && command !== 'feedback' && command !== 'apply') {
      const message = text('unknownText', locale);
      return { card: noticeCard(locale, this.deps.tabUrl(), message), summary: message };
    }
    if (PERSONAL_COMMANDS.has(command) && scopeOf(context) !== 'personal') {
      const link =
        (this.deps.botAppId && botChatLink(this.deps.botAppId)) ||
        botChatLink(context.activity.recipient?.id ?? '') ||
        this.deps.tabUrl();
      return { card: personalChatCard(locale, link), summary: text('personalOnly', locale) };
    }
    return this.programmeAnswer({ tenantId, user: userOf(context) }, locale, command, programmeId);
  }

  private async commandAnswer(
    ctx: TenantContext,
    locale: Locale,
    command: ProgrammeCommand,
    found: FoundProgramme | null,
  ): Promise<Answer> {
    return command === 'status'
      ? this.statusAnswer(ctx, locale, found)
      : this.programmeCardAnswer(ctx, locale, command, found);
  }

  private async statusAnswer(
    ctx: TenantContext,
    locale: Locale,
    found: FoundProgramme | null,
  ): Promise<Answer> {
    const now = this.deps.clock.now();
    const preference = await this.deps.deliveryStore.getPreference(ctx.tenantId, ctx.user.userId);
    const facts = found ? statusFacts(found, ctx.user.userId, now, locale) : null;
    const card = statusCard(
      locale,
      this.deps.tabUrl(found?.board.programme.id),
      facts,
      preference?.paused ?? false,
    );
    return { card, summary: text('statusTitle', locale) };
  }

  /** `apply` shows the open posting, `feedback` a check-in card — the same cards the reminders use. */
  private programmeCardAnswer(
    ctx: TenantContext,
    locale: Locale,
    command: 'apply' | 'feedback',
    found: FoundProgramme | null,
  ): Answer {
    const programmeId = found?.board.programme.id;
    const tabUrl = this.deps.tabUrl(programmeId);
    const amb = found ? myAmbassadorship(found.board, ctx.user.userId) : null;
    // An ambassador is never offered the posting they already hold a role from.
    const data =
      command === 'apply'
        ? found && !amb && postingCardData(found.board)
        : found && amb?.state === 'active'
          ? checkInCardData(found.board, amb.id)
          : null;
    if (!found || !data) {
      const message = !found
        ? text('statusNoProgramme', locale)
        : command === 'apply'
          ? amb
            ? text('applyAlreadyAmbassador', locale)
            : errorMessage('POSTING_CLOSED', locale)
          : errorMessage('CHECK_IN_NOT_ALLOWED', locale);
      return { card: noticeCard(locale, tabUrl, message), summary: message };
    }
    const kind = command === 'apply' ? 'postingAnnouncement' : 'checkInRequest';
    const cardTabUrl = this.deps.tabUrl(programmeId, REMINDER_STEP[kind]);
    const ref = {
      cardId: `cmd-${randomUUID()}`,
      outboxId: '',
      reminderId: '',
      programmeId: found.board.programme.id,
    };
    const card = reminderCard(kind, data, {
      locale,
      tabUrl: cardTabUrl,
      timeZone: found.board.programme.timeZone,
      ref,
    });
    return { card, summary: reminderSummary(kind, data, locale) };
  }

  /** Action.Submit fallback: record, then replace the card the user acted on. */
  private async submitted(
    context: TurnContext,
    tenantId: string,
    locale: Locale,
    value: Record<string, unknown>,
  ) {
    const result = await this.deps.actions.handle({
      tenantId,
      user: userOf(context),
      conversationId: context.activity.conversation.id,
      locale,
      verb: String(value.verb),
      data: value,
      via: 'submit',
    });
    const activity = cardActivity({
      card: result.card,
      summary: text(result.outcome === 'rejected' ? 'errorTitle' : 'thanksTitle', locale),
    });
    if (context.activity.replyToId)
      await context.updateActivity({ ...activity, id: context.activity.replyToId });
    else await context.sendActivity(activity);
  }
}
