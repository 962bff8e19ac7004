import { DateTime } from 'luxon';
import type { WorkingHours } from '../model/settings';

/**
 * "Never outside working hours": nudges wait for the recipient's programme's working hours
 * (local time in the programme's zone, so a 09:00 start stays 09:00 across DST). Start is
 * inclusive, end exclusive.
 */

function minutesOf(time: string): number {
  const [h = 0, m = 0] = time.split(':').map(Number);
  return h * 60 + m;
}

export function isWithinWorkingHours(instant: Date, workingHours: WorkingHours, timeZone: string): boolean {
  const local = DateTime.fromJSDate(instant, { zone: timeZone });
  if (!workingHours.days.includes(local.weekday)) return false;
  const minute = local.hour * 60 + local.minute + local.second / 60 + local.millisecond / 60_000;
  return minute >= minutesOf(workingHours.start) && minute < minutesOf(workingHours.end);
}

/**
 * The instant itself when it is inside working hours, else the next working-hours start
 * (later today if before the start, else the next working day).
 */
export function nextWorkingInstant(instant: Date, workingHours: WorkingHours, timeZone: string): Date {
  if (isWithinWorkingHours(instant, workingHours, timeZone)) return new Date(instant.getTime());
  const local = DateTime.fromJSDate(instant, { zone: timeZone });
  const startMinutes = minutesOf(workingHours.start);
  const hour = Math.floor(startMinutes / 60);
  const minute = startMinutes % 60;
  for (let offset = 0; offset <= 7; offset += 1) {
    const day = local.startOf('day').plus({ days: offset });
    if (!workingHours.days.includes(day.weekday)) continue;
    const start = day.set({ hour, minute, second: 0, millisecond: 0 });
    if (start.toMillis() > instant.getTime()) return start.toJSDate();
  }
  // Unreachable with at least one working day (the schema requires one); stay safe anyway.
  return new Date(instant.getTime());
}
