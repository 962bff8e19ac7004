import type { Clock, ProgrammeStore } from '@ambassadors/shared';
import type { AppConfig } from '../runtime/app-config';
import type { Authenticator } from './caller';
import type { Logger } from '../runtime/logger';
import type { RequestLimits } from './request-limits';
import type { BotRuntime } from '../conversation/bot-runtime';
import type { PeopleDirectory } from '@ambassadors/shared/ports/people-directory';
import type { BoardEvents } from './board-events';

/**
 * Everything the server needs from outside, passed in — the test seam. Tests build these with
 * real components (embedded Cosmos, a local JWKS, the connector stand-in) rather than mocks.
 */
export interface ServerDeps {
  config: AppConfig;
  store: ProgrammeStore;
  authenticator: Authenticator;
  clock: Clock;
  logger: Logger;
  /** Extra static folders (URL prefix → directory), e.g. the test host page of the browser suite. */
  extraStatic?: Record<string, string>;
  /** Secret for the pseudonymous author key of check-ins (HMAC); a random one per process when absent. */
  checkInAuthorSecret?: string;
  /** Called once the server is closing, for components that hold resources (scheduler, bot). */
  onClose?: Array<() => Promise<void>>;
  /** The bot: adapter, handler, messaging and delivery store. Absent → /api/messages answers 503. */
  bot?: BotRuntime;
  /** Rates and quotas per caller; created from `config.limits` when absent (see route.ts). */
  limits?: RequestLimits;
  /** Programme-changed events for open boards; created with defaults on first use when absent. */
  boardEvents?: BoardEvents;
  /** Obtains the bot's Bot Framework token, for the admin diagnostics (managed identity only). */
  probeBotToken?: () => Promise<void>;
  /** Finds people by name (Graph on the caller's behalf, or the demo directory); absent → not set up. */
  people?: PeopleDirectory;
}
