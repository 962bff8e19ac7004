import { createHash } from 'node:crypto';
import type { OutboxRecord, Programme, Reminder, UserRef } from '@ambassadors/shared';

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
          ? { timeZone: programme.timeZone, start: hours.start, end: hours.end, days: [...hours.days] }
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
