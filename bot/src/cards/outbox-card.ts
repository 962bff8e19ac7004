import {
  REMINDER_STEP,
  type Locale,
  type OutboxRecord,
  type OutgoingMessage,
  type ReminderKind,
  type StepKey,
} from '@ambassadors/shared';
import { mergedItemsOf } from '../delivery/outbox-records';
import { reminderCard, reminderSummary } from './reminder-cards';

/** Opens the tab at a programme and step (a Teams deep link when the Teams app id is known). */
export type TabUrl = (programmeId?: string, step?: StepKey | null) => string;

/**
 * The card of one outbox record: its reminder kind's template, tied to the record by id, with
 * the held-back reminders the nudge cap merged into it listed underneath.
 */
function renderOutboxCard(record: OutboxRecord, locale: Locale, tabUrl: TabUrl): OutgoingMessage {
  const data = (record.payload.data ?? {}) as Record<string, unknown>;
  const card = reminderCard(record.kind, data, {
    locale,
    tabUrl: tabUrl(record.programmeId, REMINDER_STEP[record.kind as ReminderKind] ?? null),
    timeZone: record.sendWindow?.timeZone ?? 'Europe/Copenhagen',
    ref: {
      cardId: record.id,
      outboxId: record.id,
      reminderId: record.reminderId,
      programmeId: record.programmeId,
    },
    merged: mergedItemsOf(record),
  });
  return { card, summary: reminderSummary(record.kind, data, locale) };
}

const PLACEHOLDER = { cardId: '__CARD_ID__', outboxId: '__OUTBOX_ID__' };

/**
 * Renders each reminder's card once per language and stamps each recipient's card reference
 * into a copy. Template expansion costs milliseconds of CPU per card; at 50 cards a second per
 * tenant that would be time the event loop is not sending.
 */
export function createOutboxCardRenderer(tabUrl: TabUrl, maxEntries = 500) {
  const cache = new Map<string, { json: string; summary: string }>();
  return (record: OutboxRecord, locale: Locale): OutgoingMessage => {
    // Two people's cards for one reminder differ when different reminders were merged into them.
    const merged = mergedItemsOf(record).map((m) => m.reminderId);
    const key = `${record.reminderId}\u0000${locale}\u0000${merged.join('\u0000')}`;
    let entry = cache.get(key);
    if (!entry) {
      const rendered = renderOutboxCard({ ...record, id: PLACEHOLDER.cardId }, locale, tabUrl);
      entry = {
        json: JSON.stringify(rendered.card).replaceAll(PLACEHOLDER.cardId, PLACEHOLDER.outboxId),
        summary: rendered.summary,
      };
      if (cache.size >= maxEntries) cache.delete(cache.keys().next().value!);
      cache.set(key, entry);
    }
    const card = JSON.parse(entry.json.replaceAll(PLACEHOLDER.outboxId, record.id)) as Record<
      string,
      unknown
    >;
    return { card, summary: entry.summary };
  };
}
