import type { BoardData } from '../../model/board';
import { DAY_MS, HOUR_MS } from '../calendar';
import { isProgrammeClosed } from '../programme-closure';
import { termEndInstantOf } from '../term';
import { planningContext } from './planning-context';
import type { ReminderWindow } from './reminder';
import { REMINDER_PLANNERS, type Reminder, type ReminderKind } from './reminder-planners';

/**
 * The reminder schedule: a pure function from a programme's board and a time window to the
 * reminders due in it. Nothing is stored about what was planned — the bot re-plans overlapping
 * windows and de-duplicates on the reminder id, which is deterministic:
 * `${programmeId}:${kind}:${subjectId}:${occurrenceKey}` (each kind's data type names its key).
 *
 * Day-based reminders ("30 days before the end") fall on local days in the programme's zone at
 * the start of its working hours; instant-based ones (24 h before a meeting, at publication,
 * after a meeting) keep their instant. Withdrawn and ended ambassadors get nothing but their exit.
 */

/** The kinds still sent after the programme's end date: each person's own term end and exit. */
const AFTER_PROGRAMME_END: ReadonlySet<ReminderKind> = new Set(
  REMINDER_PLANNERS.filter((p) => p.afterProgrammeEnd).flatMap((p) => p.kinds),
);

/** Every reminder whose `dueAt` falls in [from, to), sorted by time then id. */
export function planReminders(board: BoardData, window: ReminderWindow): Reminder[] {
  if (window.to.getTime() <= window.from.getTime()) return [];
  // A closed programme is over: nothing more is sent for it (a reopen plans again).
  if (isProgrammeClosed(board.programme)) return [];
  const { programme } = board;
  const ctx = planningContext(board, window);
  const all: Reminder[] = REMINDER_PLANNERS.flatMap((planner): Reminder[] => planner.plan(ctx));
  const from = window.from.getTime();
  const to = window.to.getTime();
  // After the programme's last day only the people's own term-end and exit reminders remain.
  const programmeOver = programme.endDate
    ? termEndInstantOf(programme.endDate, programme.timeZone).getTime()
    : Infinity;
  const byId = new Map<string, Reminder>();
  for (const r of all) {
    const at = new Date(r.dueAt).getTime();
    if (at < from || at >= to) continue;
    if (r.recipients.length === 0 && r.kind !== 'postingAnnouncement') continue;
    if (at >= programmeOver && !AFTER_PROGRAMME_END.has(r.kind)) continue;
    if (!byId.has(r.id)) byId.set(r.id, r);
  }
  return [...byId.values()].sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.id.localeCompare(b.id));
}

/** What is due now: everything in [now − lookback, now] (the outbox drops what it already has). */
export function dueReminders(board: BoardData, now: Date, lookbackHours = 48): Reminder[] {
  return planReminders(board, {
    from: new Date(now.getTime() - lookbackHours * HOUR_MS),
    to: new Date(now.getTime() + 1),
  });
}

/**
 * When the scheduler should look at this programme again: the earliest reminder strictly after
 * `now`, or `now + horizonDays` when nothing is planned that far (the board may change before).
 */
export function nextReminderAt(board: BoardData, now: Date, horizonDays = 35): Date {
  const horizon = new Date(now.getTime() + horizonDays * DAY_MS);
  const next = planReminders(board, { from: new Date(now.getTime() + 1), to: horizon })[0];
  return next ? new Date(next.dueAt) : horizon;
}
