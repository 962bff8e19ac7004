import type { Locale } from '../i18n/locale';

/**
 * Where a conversation with one person (or a chat/channel) lives, enough to reach it again
 * proactively. `reference` is the channel's own opaque conversation reference: only the bot
 * adapter reads it, so moving from Bot Framework to the Microsoft 365 Agents SDK stays local.
 */
export interface ConversationTarget {
  tenantId: string;
  conversationId: string;
  /** The person the conversation is with (personal scope) or who installed it (team/group chat). */
  userId: string | null;
  scope: 'personal' | 'groupChat' | 'team';
  serviceUrl: string;
  reference: Record<string, unknown>;
}

/** A message the product sends: an Adaptive Card plus a short text for notifications/fallback. */
export interface OutgoingMessage {
  card: Record<string, unknown>;
  summary: string;
}

export interface SendReceipt {
  activityId: string | null;
}

/**
 * A send that the channel answered with an error status. Delivery decides from `status` what
 * to do (429 → pause the tenant, 412/5xx → retry later, 403/404 → unreachable); `status` 0
 * means no answer at all. `ambiguous` says the message may still have arrived (a timeout or a
 * connection lost mid-request): such a send must never be repeated automatically.
 */
export class MessagingFailure extends Error {
  readonly status: number;
  readonly retryAfterMs: number | null;
  readonly ambiguous: boolean;

  constructor(
    status: number,
    retryAfterMs: number | null,
    message: string,
    options: { cause?: unknown; ambiguous?: boolean } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'MessagingFailure';
    this.status = status;
    this.retryAfterMs = retryAfterMs;
    this.ambiguous = options.ambiguous ?? false;
  }
}

export function isMessagingFailure(error: unknown): error is MessagingFailure {
  return error instanceof MessagingFailure;
}

/**
 * The one thin seam between the product and the chat platform: send a card into a known
 * conversation, update a card sent earlier. Everything else (turn handling, authentication,
 * Teams specifics) stays behind it in the adapter.
 */
export interface SendOptions {
  /**
   * Awaited right before the request leaves, after the adapter's own preparation: the place to
   * take a rate-limit slot, so the time counted is the time the request goes out. An error
   * thrown here aborts the send (nothing was sent) and reaches the caller unchanged.
   */
  beforeSend?: () => Promise<void>;
}

export interface MessagingPort {
  send(target: ConversationTarget, message: OutgoingMessage, options?: SendOptions): Promise<SendReceipt>;
  update(target: ConversationTarget, activityId: string, message: OutgoingMessage): Promise<void>;
}

/** A card action as the product sees it: who, from which card, which verb, what data. */
export interface CardAction {
  tenantId: string;
  user: { userId: string; displayName: string };
  conversationId: string;
  locale: Locale;
  verb: string;
  data: Record<string, unknown>;
  /** 'execute' = Universal Action (invoke), 'submit' = Action.Submit fallback (message with value). */
  via: 'execute' | 'submit';
}

/** What the user sees after the action: the card that replaces the one they acted on. */
export interface CardActionResult {
  card: Record<string, unknown>;
  outcome: 'recorded' | 'duplicate' | 'rejected';
}

export interface CardActionHandler {
  handle(action: CardAction): Promise<CardActionResult>;
}
