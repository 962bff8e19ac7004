import {
  DEFAULT_SCHEDULER_LOOKBACK_HOURS,
  schedulerTick,
  type Clock,
  type DeliveryStore,
  type ProgrammeStore,
  type TenantContext,
} from '@ambassadors/shared';
import { recordTermEnds } from '../application/record-term-ends';
import { CONFIG_DEFAULTS } from '../runtime/app-config';
import type { Logger } from '../runtime/logger';
import { nudgeOutboxRecord, outboxRecordsFor, sentNudgesOf } from './outbox-records';

/** The scheduler reads boards as this service identity — never as a person. */
export const SCHEDULER_USER = { userId: 'system:reminder-scheduler', displayName: 'Reminder scheduler' };

export interface ReminderSchedulerOptions {
  programmeStore: ProgrammeStore;
  deliveryStore: DeliveryStore;
  clock: Clock;
  logger: Logger;
  /** Called after new outbox records were queued (wakes the dispatcher). */
  onQueued?: (count: number) => void;
  intervalMs?: number;
  /** Programmes looked at per tick. */
  batchSize?: number;
  /**
   * How far back a missed meeting reminder is still sent (server down over a weekend …). Capped
   * reminders are planned over `nudgeMergeLookbackDays` instead, so held-back ones reach the
   * person's next allowed card.
   */
  lookbackHours?: number;
}

export interface TickResult {
  programmes: number;
  reminders: number;
  created: number;
  existing: number;
}

/**
 * Finds programmes whose next reminder is due (the store's small schedule records), plans their
 * due reminders with the domain's schedule (`schedulerTick`, which the reminders preview
 * simulates too) and applies the nudge cap (shared/rules/nudge-cap)
 * to them with the programme's outbox as the record of what was already sent: per person at
 * most one card per `nudgeIntervalDays`, made only inside working hours, listing what was held
 * back. Meeting reminders are exempt and queued per recipient as before. Ids are deterministic,
 * so several instances — or the same one after a restart — planning the same state queue each
 * card once: the second create answers 409 and is counted as "existing". It then tells the store
 * when to look at the programme again: the next reminder, or the next slot a held-back person's
 * card may go, whichever is first.
 */
export class ReminderScheduler {
  private timer: NodeJS.Timeout | null = null;
  private ticking: Promise<TickResult> | null = null;

  constructor(private readonly o: ReminderSchedulerOptions) {}

  start(): void {
    if (this.timer) return;
    const run = () => {
      void this.tick()
        .catch((error) => this.o.logger.error({ err: error }, 'reminder scheduling failed'))
        .finally(() => {
          if (this.timer)
            this.timer = setTimeout(run, this.o.intervalMs ?? CONFIG_DEFAULTS.REMINDER_SCAN_INTERVAL_MS);
        });
    };
    this.timer = setTimeout(run, 0);
  }

  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.ticking?.catch(() => undefined);
  }

  async tick(): Promise<TickResult> {
    if (this.ticking) return this.ticking;
    this.ticking = this.run().finally(() => {
      this.ticking = null;
    });
    return this.ticking;
  }

  private async run(): Promise<TickResult> {
    const now = this.o.clock.now();
    const due = await this.o.programmeStore.findProgrammesDue(now, this.o.batchSize ?? 50);
    const result: TickResult = { programmes: 0, reminders: 0, created: 0, existing: 0 };
    for (const item of due) {
      const ctx: TenantContext = { tenantId: item.tenantId, user: SCHEDULER_USER };
      try {
        const loaded = await this.o.programmeStore.loadBoard(ctx, item.programmeId);
        if (!loaded) continue;
        // Terms end on their end date by themselves; reminders are planned on the board after that.
        const board = await recordTermEnds(this.o.programmeStore, ctx, loaded, now);
        const outbox = await this.o.deliveryStore.listOutbox(item.tenantId, item.programmeId);
        const plan = schedulerTick({
          board,
          now,
          sent: sentNudgesOf(outbox),
          lookbackHours: this.o.lookbackHours ?? DEFAULT_SCHEDULER_LOOKBACK_HOURS,
        });
        const { exempt, nextCheck } = plan;
        const records = [
          ...exempt.flatMap((reminder) => outboxRecordsFor(reminder, board.programme, now)),
          ...plan.cards.map((card) => nudgeOutboxRecord(card, board.programme, now)),
        ];
        const { created, existing } = await this.o.deliveryStore.enqueue(records);
        await this.o.programmeStore.setNextCheck(item.tenantId, item.programmeId, nextCheck);
        result.programmes++;
        result.reminders += exempt.length + plan.cards.length;
        result.created += created;
        result.existing += existing;
      } catch (error) {
        this.o.logger.error(
          { err: error, tenantId: item.tenantId, programmeId: item.programmeId },
          'planning a programme failed',
        );
      }
    }
    if (result.created > 0) {
      this.o.logger.info(result, 'reminders queued');
      this.o.onQueued?.(result.created);
    }
    return result;
  }
}
