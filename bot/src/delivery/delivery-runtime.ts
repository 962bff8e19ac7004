import type { Clock, DeliveryStore, MessagingPort, ProgrammeStore } from '@ambassadors/shared';
import { createOutboxCardRenderer, type TabUrl } from '../cards/outbox-card';
import type { Logger } from '../runtime/logger';
import type { DeliveryConfig } from './delivery-config';
import { Dispatcher, type DispatcherOptions } from './dispatcher';
import { ReminderScheduler, type ReminderSchedulerOptions } from './reminder-scheduler';

export interface DeliveryRuntime {
  scheduler: ReminderScheduler;
  dispatcher: Dispatcher;
  stop(): Promise<void>;
}

/** What delivery needs of the bot: where records live, how a card is sent, where it links to. */
export interface DeliveryChannel {
  deliveryStore: DeliveryStore;
  messaging: MessagingPort;
  tabUrl: TabUrl;
}

export interface DeliveryRuntimeDeps {
  bot: DeliveryChannel;
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
    programmes: deps.programmeStore,
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
