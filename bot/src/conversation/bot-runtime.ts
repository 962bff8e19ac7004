import type { CloudAdapter } from 'botbuilder';
import {
  tabLink,
  type Clock,
  type DeliveryStore,
  type MessagingPort,
  type ProgrammeStore,
  type StepKey,
} from '@ambassadors/shared';
import type { AppConfig } from '../runtime/app-config';
import type { Logger } from '../runtime/logger';
import { AmbassadorsBot } from './ambassadors-bot';
import { BotFrameworkMessaging, createCloudAdapter } from './bot-adapter';
import { CardActionService } from './card-action-service';
import { createCheckInAuthorKey } from '../application/check-in-author-key';

/** The bot's parts, built once per process and shared by the endpoint and the delivery. */
export interface BotRuntime {
  adapter: CloudAdapter;
  handler: AmbassadorsBot;
  messaging: MessagingPort;
  deliveryStore: DeliveryStore;
  actions: CardActionService;
  /** Opens the tab at a programme and step: a Teams deep link when the Teams app id is known. */
  tabUrl: (programmeId?: string, step?: StepKey | null) => string;
}

export interface BotRuntimeDeps {
  config: AppConfig;
  store: ProgrammeStore;
  deliveryStore: DeliveryStore;
  clock: Clock;
  logger: Logger;
  /** Base URL of this server as users reach it (PUBLIC_URL); a function when known only after listen. */
  publicUrl?: string | (() => string);
  /** Timeout of one proactive send. */
  sendTimeoutMs?: number;
  /**
   * The secret behind check-in author pseudonyms — the same one the tab API uses, so a check-in
   * sent from a card and one sent from the tab carry the same key for the same ambassador.
   */
  authorKeySecret?: string;
}

export function createBotRuntime(deps: BotRuntimeDeps): BotRuntime {
  const baseUrl = () => {
    const configured = typeof deps.publicUrl === 'function' ? deps.publicUrl() : deps.publicUrl;
    return (deps.config.publicUrl ?? configured ?? `http://127.0.0.1:${deps.config.port}`).replace(
      /\/+$/,
      '',
    );
  };
  const tabUrl = (programmeId?: string, step?: StepKey | null) =>
    tabLink({ webBaseUrl: baseUrl(), teamsAppId: deps.config.teamsAppId, programmeId, step });
  const authorKey = createCheckInAuthorKey(deps.authorKeySecret);
  const adapter = createCloudAdapter(deps.config);
  adapter.onTurnError = async (context, error) => {
    deps.logger.error({ err: error, activityType: context.activity.type }, 'bot turn failed');
  };
  const actions = new CardActionService({
    deliveryStore: deps.deliveryStore,
    programmeStore: deps.store,
    clock: deps.clock,
    logger: deps.logger,
    tabUrl,
    authorKey,
  });
  const handler = new AmbassadorsBot({
    deliveryStore: deps.deliveryStore,
    programmeStore: deps.store,
    actions,
    clock: deps.clock,
    logger: deps.logger,
    tabUrl,
    allowedTenants: deps.config.sso?.allowedTenants ?? 'all',
    botAppId: deps.config.bot?.appId,
    authorKey,
  });
  const messaging = new BotFrameworkMessaging(adapter, deps.config.bot?.appId ?? '', {
    timeoutMs: deps.sendTimeoutMs,
  });
  return { adapter, handler, messaging, deliveryStore: deps.deliveryStore, actions, tabUrl };
}
