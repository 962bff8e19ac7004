import { withDigestNextActions } from '../guidance/digest-actions';
import type { BoardData } from '../model/board';
import { nextTermEndAt } from '../rules/ambassadorship-lifecycle';
import { DAY_MS, HOUR_MS } from '../rules/calendar';
import { nudgeMergeLookbackDays, planNudges, type NudgeCard, type SentNudge } from '../rules/nudge-cap';
import { nextReminderAt, planReminders } from '../rules/reminders/plan-reminders';
import type { Reminder } from '../rules/reminders/reminder-planners';

/** How far back a missed exempt (meeting) reminder is still queued, unless the scheduler is told otherwise. */
export const DEFAULT_SCHEDULER_LOOKBACK_HOURS = 48;

export interface SchedulerTickInput {
  /** The programme's board with every due term end already applied. */
  board: BoardData;
  now: Date;
  /** The capped cards already queued or sent (the outbox, as the nudge cap reads it). */
  sent: readonly SentNudge[];
  lookbackHours?: number;
}

export interface SchedulerTick {
  /** Exempt reminders to queue per recipient (the outbox drops the ones it already has). */
  exempt: Reminder[];
  /** Capped cards to queue now, one per person. */
  cards: NudgeCard[];
  /** When to look at the programme again. */
  nextCheck: Date;
}

/**
 * What one scheduler tick decides for one programme: which reminders are due (the planners),
 * which of them may go now (the nudge cap against what was already sent, working hours,
 * holidays), and when to look again. The scheduler calls it with the outbox as history and
 * queues the result; the reminders preview calls it on simulated ticks. One function for both,
 * so what the preview shows is what the scheduler sends.
 */
export function schedulerTick(input: SchedulerTickInput): SchedulerTick {
  const { board, now } = input;
  const { settings, timeZone } = board.programme;
  const lookbackMs = (input.lookbackHours ?? DEFAULT_SCHEDULER_LOOKBACK_HOURS) * HOUR_MS;
  // Held-back reminders must still be in the plan when their person's next card is allowed.
  const mergeMs = Math.max(lookbackMs, nudgeMergeLookbackDays(settings) * DAY_MS);
  // The leaders' digest carries the board's "what now" list as of its own moment.
  const reminders = withDigestNextActions(
    board,
    planReminders(board, { from: new Date(now.getTime() - mergeMs), to: new Date(now.getTime() + 1) }),
  );
  const plan = planNudges({ reminders, sent: input.sent, now, settings, timeZone });
  const exempt = plan.exempt.filter((r) => new Date(r.dueAt).getTime() >= now.getTime() - lookbackMs);
  const candidates = [nextReminderAt(board, now), nextTermEndAt(board, now), plan.nextSlotAt].filter(
    (at): at is Date => at instanceof Date,
  );
  const nextCheck = new Date(Math.min(...candidates.map((at) => at.getTime())));
  return { exempt, cards: plan.cards, nextCheck };
}

/** A capped card as the nudge cap's history records it once it left (or, `pending`, while it waits). */
export function sentNudgeOf(card: NudgeCard, at: Date, pending = false): SentNudge {
  return {
    userId: card.recipient.userId,
    covers: [card.lead.id, ...card.covers],
    at: at.toISOString(),
    pending,
  };
}
