import {
  conversationTargetOf,
  isProgrammeClosed,
  isWithinWorkingHours,
  nextWorkingInstant,
  pickLocale,
  type ConversationTarget,
  type DeliveryStore,
  type OutboxRecord,
  type ProgrammeStore,
} from '@ambassadors/shared';

/** The dispatcher reads programmes as this service identity — never as a person. */
export const DISPATCHER_USER = { userId: 'system:reminder-dispatcher', displayName: 'Reminder dispatcher' };

/** What a record for a programme that is over is recorded as (the report shows it as cancelled). */
export const CANCELLED_PROGRAMME_CLOSED = 'cancelled: programme closed';
export const CANCELLED_PROGRAMME_GONE = 'cancelled: programme deleted';

/**
 * What becomes of a claimed record before anything is sent: it goes now (to this conversation,
 * in this language), or it is settled or put back with the reason the outbox report shows.
 */
export type PreSendDecision =
  | { kind: 'send'; target: ConversationTarget; locale: OutboxRecord['locale'] }
  | { kind: 'cancelled'; reason: string }
  | { kind: 'failed'; reason: string }
  | { kind: 'deferred'; reason: string; nextAttemptAt: Date }
  | { kind: 'unreachable'; reason: string };

export interface PreSendDeps {
  store: Pick<DeliveryStore, 'getPreference' | 'findPersonalConversation'>;
  /** Without it (tests of the sending alone) the programme is not read again. */
  programmes?: Pick<ProgrammeStore, 'getProgramme'> | null;
  /** Paused recipients are looked at again after this long. */
  pausedRecheckMs: number;
}

/**
 * The checks every claimed record passes, in order: its programme still runs (read again, so a
 * card queued before the programme closed is never sent), it has not expired, its recipient has
 * not paused reminders, it is inside the recipient's working hours, and the app can reach them
 * (a personal conversation is known). `programmes` caches the programme reads of one claim.
 */
export async function preSendDecision(
  record: OutboxRecord,
  now: Date,
  deps: PreSendDeps,
  programmes: Map<string, Promise<string | null>> = new Map(),
): Promise<PreSendDecision> {
  const over = await programmeOver(record, deps, programmes);
  if (over) return { kind: 'cancelled', reason: over };
  if (new Date(record.expiresAt).getTime() <= now.getTime())
    return { kind: 'failed', reason: 'expired before it could be sent' };
  const preference = await deps.store.getPreference(record.tenantId, record.recipient.userId);
  if (preference?.paused)
    return {
      kind: 'deferred',
      reason: 'paused by the recipient',
      nextAttemptAt: new Date(now.getTime() + deps.pausedRecheckMs),
    };
  const window = record.sendWindow;
  if (window && !isWithinWorkingHours(now, window, window.timeZone, window.country))
    return {
      kind: 'deferred',
      reason: 'outside working hours',
      nextAttemptAt: nextWorkingInstant(now, window, window.timeZone, window.country),
    };
  const conversation = await deps.store.findPersonalConversation(record.tenantId, record.recipient.userId);
  if (!conversation)
    return { kind: 'unreachable', reason: 'no conversation: the app is not installed for this user' };
  return {
    kind: 'send',
    target: conversationTargetOf(conversation),
    locale: preference?.locale ?? pickLocale(record.locale),
  };
}

/** Why nothing more may be sent for the record's programme (closed, deleted), or null. */
function programmeOver(
  record: OutboxRecord,
  deps: PreSendDeps,
  cache: Map<string, Promise<string | null>>,
): Promise<string | null> {
  const programmes = deps.programmes;
  if (!programmes) return Promise.resolve(null);
  const key = `${record.tenantId}\u0000${record.programmeId}`;
  let why = cache.get(key);
  if (!why) {
    why = programmes
      .getProgramme({ tenantId: record.tenantId, user: DISPATCHER_USER }, record.programmeId)
      .then((programme) =>
        !programme
          ? CANCELLED_PROGRAMME_GONE
          : isProgrammeClosed(programme)
            ? CANCELLED_PROGRAMME_CLOSED
            : null,
      );
    cache.set(key, why);
  }
  return why;
}
