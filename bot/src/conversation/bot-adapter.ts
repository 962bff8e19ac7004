import {
  CardFactory,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  MessageFactory,
  TurnContext,
  type Activity,
  type ConversationReference,
} from 'botbuilder';
import {
  MessagingFailure,
  type ConversationTarget,
  type MessagingPort,
  type OutgoingMessage,
  type SendOptions,
  type SendReceipt,
} from '@ambassadors/shared';
import { CONFIG_DEFAULTS, type AppConfig } from '../runtime/app-config';

/**
 * The Bot Framework side of the messaging port. Only this folder imports botbuilder: moving to
 * the Microsoft 365 Agents SDK later replaces this file and the activity handler, nothing else.
 *
 * With `MicrosoftAppId` configured, the adapter verifies the token on every incoming request
 * and authenticates its outgoing calls (managed identity by default). Without it the adapter is
 * anonymous — local mode, reachable on loopback only (see bot-routes.ts).
 */
export function createCloudAdapter(config: AppConfig): CloudAdapter {
  const settings = config.bot
    ? {
        MicrosoftAppId: config.bot.appId,
        MicrosoftAppTenantId: config.bot.appTenantId,
        MicrosoftAppType: config.bot.appType,
        // A secret only where the bot was registered with one (the Toolkit's local debugging);
        // in Azure the user-assigned managed identity needs none.
        ...(config.bot.appPassword ? { MicrosoftAppPassword: config.bot.appPassword } : {}),
      }
    : {};
  return new CloudAdapter(new ConfigurationBotFrameworkAuthentication(settings));
}

/** The two places a Teams activity names its tenant; Teams fills both with the same id. */
export interface ActivityTenants {
  conversationTenantId: string | null;
  channelTenantId: string | null;
}

export function activityTenants(activity: unknown): ActivityTenants {
  const a = (activity ?? {}) as {
    conversation?: { tenantId?: unknown };
    channelData?: { tenant?: { id?: unknown } };
  };
  const id = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null);
  return {
    conversationTenantId: id(a.conversation?.tenantId),
    channelTenantId: id(a.channelData?.tenant?.id),
  };
}

/**
 * True when the activity names two different tenants. Such an activity is refused outright: which
 * of the two ids the bot acted on would decide whose data it reads and writes, and no genuine Teams
 * activity disagrees with itself.
 */
export function tenantsDisagree(tenants: ActivityTenants): boolean {
  const { conversationTenantId: a, channelTenantId: b } = tenants;
  return a !== null && b !== null && a.toLowerCase() !== b.toLowerCase();
}

/** Builds the outgoing activity for a card; `summary` is what notifications and old clients show. */
export function cardActivity(message: OutgoingMessage): Partial<Activity> {
  const activity = MessageFactory.attachment(CardFactory.adaptiveCard(message.card));
  activity.summary = message.summary;
  return activity;
}

/** A reference fit for proactive sends: without the activity id it is a new message, not a reply. */
export function storableReference(activity: Partial<Activity>): Record<string, unknown> {
  const reference = TurnContext.getConversationReference(activity) as ConversationReference & {
    activityId?: string;
  };
  delete reference.activityId;
  return JSON.parse(JSON.stringify(reference)) as Record<string, unknown>;
}

function retryAfterMs(error: unknown): number | null {
  const headers = (error as { response?: { headers?: { get?: (name: string) => string | undefined } } })
    .response?.headers;
  const value = headers?.get?.('retry-after');
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - Date.now());
}

/** Turns whatever the connector client threw into a MessagingFailure with the HTTP status. */
export function toMessagingFailure(error: unknown): MessagingFailure {
  if (error instanceof MessagingFailure) return error;
  const e = error as { statusCode?: unknown; code?: unknown; message?: unknown };
  const status = typeof e.statusCode === 'number' ? e.statusCode : 0;
  // Without a status the request may or may not have reached the channel — unless it was
  // refused before anything was sent.
  const refused = e.code === 'ECONNREFUSED' || String(e.message ?? '').includes('ECONNREFUSED');
  return new MessagingFailure(status, retryAfterMs(error), String(e.message ?? 'send failed'), {
    cause: error,
    ambiguous: status === 0 && !refused,
  });
}

/**
 * The connector client's HTTP pipeline retries 429 and 5xx on its own (Azure core's default
 * retry policy). Delivery must see every status itself — to pause a tenant on 429, to record
 * attempts, and above all to never repeat a send it cannot account for — so proactive sends go
 * through a client without that policy.
 */
function withoutHiddenRetries(connector: unknown): void {
  const pipeline = (
    connector as { client?: { pipeline?: { removePolicy(o: { phase: string }): unknown } } } | undefined
  )?.client?.pipeline;
  pipeline?.removePolicy({ phase: 'Retry' });
}

export interface BotMessagingOptions {
  /** A send that gets no answer within this time is reported as timed out (ambiguous). */
  timeoutMs?: number;
}

/**
 * MessagingPort over CloudAdapter: proactive sends and card updates through
 * `continueConversationAsync`, as Teams expects for messages the user did not just trigger.
 */
export class BotFrameworkMessaging implements MessagingPort {
  private readonly timeoutMs: number;

  constructor(
    private readonly adapter: CloudAdapter,
    private readonly appId: string,
    options: BotMessagingOptions = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? CONFIG_DEFAULTS.SEND_TIMEOUT_MS;
  }

  /**
   * Runs `logic` in a proactive turn. Errors are caught inside the turn — the adapter's
   * onTurnError would otherwise swallow the channel's status — and errors of the caller's
   * `beforeSend` (nothing was sent) are passed on unchanged.
   */
  private async run<T>(
    target: ConversationTarget,
    logic: (context: TurnContext) => Promise<T>,
    beforeSend?: () => Promise<void>,
  ): Promise<T> {
    let outcome: { ok: true; value: T } | { ok: false; error: unknown; sent: boolean } | undefined;
    try {
      await this.adapter.continueConversationAsync(
        this.appId,
        target.reference as unknown as Partial<ConversationReference>,
        async (context) => {
          withoutHiddenRetries(context.turnState.get(this.adapter.ConnectorClientKey));
          try {
            await beforeSend?.();
          } catch (error) {
            outcome = { ok: false, error, sent: false };
            return;
          }
          let timer: NodeJS.Timeout | undefined;
          const timeout = new Promise<never>((_, reject) => {
            timer = setTimeout(
              () =>
                reject(
                  new MessagingFailure(0, null, 'no answer from the channel in time', { ambiguous: true }),
                ),
              this.timeoutMs,
            );
          });
          try {
            outcome = { ok: true, value: await Promise.race([logic(context), timeout]) };
          } catch (error) {
            outcome = { ok: false, error, sent: true };
          } finally {
            clearTimeout(timer);
          }
        },
      );
    } catch (error) {
      throw toMessagingFailure(error);
    }
    const settled = outcome as typeof outcome;
    if (!settled) throw new MessagingFailure(0, null, 'the turn ended without a result', { ambiguous: true });
    if (!settled.ok) throw settled.sent ? toMessagingFailure(settled.error) : settled.error;
    return settled.value;
  }

  async send(
    target: ConversationTarget,
    message: OutgoingMessage,
    options: SendOptions = {},
  ): Promise<SendReceipt> {
    return this.run(
      target,
      async (context) => {
        const response = await context.sendActivity(cardActivity(message));
        return { activityId: response?.id ?? null };
      },
      options.beforeSend,
    );
  }

  async update(target: ConversationTarget, activityId: string, message: OutgoingMessage): Promise<void> {
    await this.run(target, async (context) => {
      await context.updateActivity({ ...cardActivity(message), id: activityId });
    });
  }
}
