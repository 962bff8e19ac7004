import {
  REMINDER_STEP,
  type Clock,
  type Locale,
  type OutboxRecord,
  type OutgoingMessage,
  type ProgrammeStore,
  type ReminderKind,
  type StepKey,
} from '@ambassadors/shared';
import { reminderCard, reminderSummary } from '../cards/reminder-cards';
import type { BotRuntime } from '../conversation/bot-runtime';
import type { Logger } from '../runtime/logger';
import type { DeliveryConfig } from './delivery-config';
import { mergedItemsOf } from './outbox-records';
import { Dispatcher, type DispatcherOptions } from './dispatcher';
import { ReminderScheduler, type ReminderSchedulerOptions } from './reminder-scheduler';

/**
 * The card of one outbox record: its reminder kind's template, tied to the record by id, with
 * the held-back reminders the nudge cap merged into it listed underneath.
 */
export function renderOutboxCard(
  record: OutboxRecord,
  locale: Locale,
  tabUrl: (programmeId?: string, step?: StepKey | null) => string,
): OutgoingMessage {
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
export function createOutboxCardRenderer(
  tabUrl: (programmeId?: string, step?: StepKey | null) => string,
  maxEntries = 500,
) {
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

export interface DeliveryRuntime {
  scheduler: ReminderScheduler;
  dispatcher: Dispatcher;
  stop(): Promise<void>;
}

export interface DeliveryRuntimeDeps {
  bot: BotRuntime;
  programmeStore: ProgrammeStore;
  clock: Clock;
  logger: Logger;
  /** From the environment (delivery-config.ts); `dispatcher`/`scheduler` override single options. */
  config?: DeliveryConfig;
  dispatcher?: Partial<Omit<DispatcherOptions, 'store' | 'messaging' | 'clock' | 'logger' | 'render'>>;
  scheduler?: Partial<
    Omit<ReminderSchedulerOptions, 'programmeStore' | 'deliveryStore' | 'clock' | 'logger'>
  >;
}

/** Scheduler + dispatcher over the bot's messaging port and delivery store, started together. */
export function startDelivery(deps: DeliveryRuntimeDeps): DeliveryRuntime {
  const dispatcher = new Dispatcher({
    store: deps.bot.deliveryStore,
    messaging: deps.bot.messaging,
    clock: deps.clock,
    logger: deps.logger,
    render: createOutboxCardRenderer(deps.bot.tabUrl),
    ...(deps.config
      ? {
          concurrency: deps.config.concurrency,
          leaseMs: deps.config.leaseMs,
          pollMs: deps.config.pollMs,
          maxAttempts: deps.config.maxAttempts,
          limiterMarginMs: deps.config.limiterMarginMs,
        }
      : {}),
    ...deps.dispatcher,
  });
  const scheduler = new ReminderScheduler({
    programmeStore: deps.programmeStore,
    deliveryStore: deps.bot.deliveryStore,
    clock: deps.clock,
    logger: deps.logger,
    onQueued: () => dispatcher.poke(),
    ...(deps.config ? { intervalMs: deps.config.scanIntervalMs } : {}),
    ...deps.scheduler,
  });
  dispatcher.start();
  scheduler.start();
  return {
    scheduler,
    dispatcher,
    stop: async () => {
      await scheduler.stop();
      await dispatcher.stop();
    },
  };
}
