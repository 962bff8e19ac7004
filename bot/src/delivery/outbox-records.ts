import { createHash } from 'node:crypto';
import {
  isCappedKind,
  type NudgeCard,
  type OutboxRecord,
  type Programme,
  type Reminder,
  type SentNudge,
  type UserRef,
} from '@ambassadors/shared';

const DAY_MS = 86_400_000;

/**
 * The outbox id of one (reminder, recipient): deterministic, so planning the same reminder
 * again — another scheduler tick, another instance, a restart — hits the same id and the
 * create answers 409 "already queued" instead of queueing it twice.
 */
export function outboxId(reminderId: string, userId: string): string {
  return `ob-${createHash('sha256').update(`${reminderId}\u0000${userId}`).digest('hex').slice(0, 40)}`;
}

/** After this a reminder is pointless: a meeting reminder once the meeting started, others after a few days. */
export function reminderExpiry(reminder: Reminder): Date {
  const due = new Date(reminder.dueAt).getTime();
  if (reminder.kind === 'meeting') return new Date(reminder.data.startsAt);
  if (reminder.kind === 'leaderDigest') return new Date(due + 7 * DAY_MS);
  return new Date(due + 3 * DAY_MS);
}

/** One queued record per recipient of a reminder, with what its card needs to show. */
export function outboxRecordsFor(
  reminder: Reminder,
  programme: Pick<Programme, 'timeZone' | 'settings'> | null,
  now: Date,
): OutboxRecord[] {
  const at = now.toISOString();
  const expiresAt = reminderExpiry(reminder).toISOString();
  const hours = programme?.settings.workingHours;
  const seen = new Set<string>();
  return reminder.recipients
    .filter((person: UserRef) => (seen.has(person.userId) ? false : (seen.add(person.userId), true)))
    .map((recipient) => ({
      id: outboxId(reminder.id, recipient.userId),
      type: 'outbox' as const,
      tenantId: reminder.tenantId,
      programmeId: reminder.programmeId,
      reminderId: reminder.id,
      kind: reminder.kind,
      recipient: { userId: recipient.userId, displayName: recipient.displayName },
      locale: reminder.locale,
      payload: { subject: reminder.subject, data: reminder.data as unknown as Record<string, unknown> },
      dueAt: reminder.dueAt,
      expiresAt,
      sendWindow:
        programme && hours
          ? {
              timeZone: programme.timeZone,
              start: hours.start,
              end: hours.end,
              days: [...hours.days],
              country: programme.settings.country,
            }
          : null,
      status: 'queued' as const,
      attempts: 0,
      lastStatusCode: null,
      lastAttemptAt: null,
      reason: null,
      nextAttemptAt: reminder.dueAt < at ? at : reminder.dueAt,
      leaseOwner: null,
      leaseUntil: new Date(0).toISOString(),
      activityId: null,
      conversationId: null,
      createdAt: at,
      updatedAt: at,
    }));
}

/** A held-back reminder as its card lists it: enough to name it, nothing to act on. */
export interface MergedItem {
  reminderId: string;
  kind: string;
  data: Record<string, unknown>;
}

/** How long a capped card stays worth sending once queued (its lead may have waited days). */
const CARD_SHELF_MS = 3 * DAY_MS;

/**
 * The one outbox record of a capped card: the lead reminder's record for this recipient, with
 * the held-back reminders it lists (`payload.merged`) and every reminder id it covers
 * (`payload.covers`), so later planning knows they were told. It goes now — the cap only makes
 * a card inside working hours — and keeps three days to be sent from now, not from the lead's due.
 */
export function nudgeOutboxRecord(
  card: NudgeCard,
  programme: Pick<Programme, 'timeZone' | 'settings'>,
  now: Date,
): OutboxRecord {
  const [record] = outboxRecordsFor({ ...card.lead, recipients: [card.recipient] }, programme, now);
  if (!record) throw new Error(`no outbox record for ${card.lead.id}`);
  const merged: MergedItem[] = card.merged.map((r) => ({
    reminderId: r.id,
    kind: r.kind,
    data: r.data as unknown as Record<string, unknown>,
  }));
  const expiresAt = Math.max(new Date(record.expiresAt).getTime(), now.getTime() + CARD_SHELF_MS);
  return {
    ...record,
    payload: {
      ...record.payload,
      data: card.lead.data as unknown as Record<string, unknown>,
      merged,
      covers: card.covers,
    },
    expiresAt: new Date(expiresAt).toISOString(),
    nextAttemptAt: now.toISOString(),
  };
}

/** The items a card lists besides its lead (none for records written before merging existed). */
export function mergedItemsOf(record: Pick<OutboxRecord, 'payload'>): MergedItem[] {
  const merged = record.payload.merged;
  if (!Array.isArray(merged)) return [];
  return merged.filter(
    (m): m is MergedItem =>
      typeof m === 'object' &&
      m !== null &&
      typeof (m as MergedItem).reminderId === 'string' &&
      typeof (m as MergedItem).kind === 'string' &&
      typeof (m as MergedItem).data === 'object',
  );
}

const PENDING: ReadonlySet<OutboxRecord['status']> = new Set(['queued', 'deferred', 'sending']);

/**
 * What the nudge cap needs to know from a programme's outbox: per capped card, whom it was for,
 * what it covered and when it actually left (its last attempt) — or, still waiting, when it is
 * to go. A card that never left and never will (expired, nobody to send it to) does not count.
 */
export function sentNudgesOf(records: readonly OutboxRecord[]): SentNudge[] {
  return records
    .filter((r) => isCappedKind(r.kind))
    .map((r) => {
      const covers = Array.isArray(r.payload.covers)
        ? r.payload.covers.filter((id): id is string => typeof id === 'string')
        : [];
      const pending = PENDING.has(r.status);
      return {
        userId: r.recipient.userId,
        covers: [r.reminderId, ...covers],
        at: pending ? r.nextAttemptAt : r.lastAttemptAt,
        pending,
      };
    });
}
