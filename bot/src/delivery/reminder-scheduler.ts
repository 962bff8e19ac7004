import {
  dueReminders,
  nextReminderAt,
  nextTermEndAt,
  type BoardData,
  type Clock,
  type DeliveryStore,
  type ProgrammeStore,
  type TenantContext,
} from '@ambassadors/shared';
import { recordTermEnds } from '../api/record-term-ends';
import type { Logger } from '../server/logger';
import { outboxRecordsFor } from './outbox-records';

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
  /** How far back a missed reminder is still sent (server down over a weekend …). */
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
 * due reminders with the domain's schedule, and writes one outbox record per (reminder,
 * recipient). Ids are deterministic, so several instances — or the same one after a restart —
 * planning the same reminder queue it once: the second create answers 409 and is counted as
 * "existing". It then tells the store when to look at the programme again.
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
          if (this.timer) this.timer = setTimeout(run, this.o.intervalMs ?? 60_000);
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
        const data = board as unknown as BoardData;
        const reminders = dueReminders(data, now, this.o.lookbackHours ?? 48);
        const records = reminders.flatMap((reminder) => outboxRecordsFor(reminder, board.programme, now));
        const { created, existing } = await this.o.deliveryStore.enqueue(records);
        const termEnd = nextTermEndAt(data, now);
        const nextReminder = nextReminderAt(data, now);
        const nextCheck = termEnd && termEnd < nextReminder ? termEnd : nextReminder;
        await this.o.programmeStore.setNextCheck(item.tenantId, item.programmeId, nextCheck);
        result.programmes++;
        result.reminders += reminders.length;
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
