/**
 * A scheduler-and-dispatcher stand-in over simulated time, for the nudge cap's tests: at each
 * tick it plans what is due (the window the bot's scheduler plans), applies the cap with what
 * was sent so far, and "sends" each card after a delay, moved into working hours as the
 * dispatcher does. What it records is what people would actually have received.
 */
import {
  DAY_MS,
  HOUR_MS,
  nextWorkingInstant,
  nudgeMergeLookbackDays,
  planNudges,
  planReminders,
  type BoardData,
  type NudgeCard,
  type SentNudge,
} from '@ambassadors/shared';

export interface SimulatedSend {
  userId: string;
  createdAt: Date;
  sentAt: Date;
  card: NudgeCard;
}

export function simulateNudges(
  board: BoardData | ((now: Date) => BoardData),
  ticks: readonly Date[],
  delayMs: (i: number) => number = () => 0,
): SimulatedSend[] {
  const sends: SimulatedSend[] = [];
  for (const now of ticks) {
    const current = typeof board === 'function' ? board(now) : board;
    const { programme } = current;
    const lookbackMs = Math.max(48 * HOUR_MS, nudgeMergeLookbackDays(programme.settings) * DAY_MS);
    const reminders = planReminders(current, {
      from: new Date(now.getTime() - lookbackMs),
      to: new Date(now.getTime() + 1),
    });
    const sent: SentNudge[] = sends.map((s) => {
      const pending = s.sentAt.getTime() > now.getTime();
      return {
        userId: s.userId,
        covers: s.card.covers,
        at: (pending ? s.createdAt : s.sentAt).toISOString(),
        pending,
      };
    });
    const plan = planNudges({
      reminders,
      sent,
      now,
      settings: programme.settings,
      timeZone: programme.timeZone,
    });
    for (const card of plan.cards) {
      const sentAt = nextWorkingInstant(
        new Date(now.getTime() + delayMs(sends.length)),
        programme.settings.workingHours,
        programme.timeZone,
        programme.settings.country,
      );
      sends.push({ userId: card.recipient.userId, createdAt: now, sentAt, card });
    }
  }
  return sends;
}

/** Ticks every `stepMs` from `from` for `days` days. */
export function everyStep(from: Date, days: number, stepMs: number): Date[] {
  const out: Date[] = [];
  for (let t = from.getTime(); t < from.getTime() + days * DAY_MS; t += stepMs) out.push(new Date(t));
  return out;
}
