import { DateTime } from 'luxon';
import type { WorkingHours } from '../model/settings';
import { isPublicHoliday } from './calendar';

/**
 * "Never outside working hours": nudges wait for the recipient's programme's working hours
 * (local time in the programme's zone, so a 09:00 start stays 09:00 across DST). Start is
 * inclusive, end exclusive. With a country, its public holidays are closed days too (a card on
 * 1 January or Easter Monday would wait for the next working day).
 */

function minutesOf(time: string): number {
  const [h = 0, m = 0] = time.split(':').map(Number);
  return h * 60 + m;
}

function isOpenDay(local: DateTime, workingHours: WorkingHours, country: string | null | undefined): boolean {
  if (!workingHours.days.includes(local.weekday)) return false;
  return !country || !isPublicHoliday(local.toISODate() ?? '', country);
}

export function isWithinWorkingHours(
  instant: Date,
  workingHours: WorkingHours,
  timeZone: string,
  country?: string | null,
): boolean {
  const local = DateTime.fromJSDate(instant, { zone: timeZone });
  if (!isOpenDay(local, workingHours, country)) return false;
  const minute = local.hour * 60 + local.minute + local.second / 60 + local.millisecond / 60_000;
  return minute >= minutesOf(workingHours.start) && minute < minutesOf(workingHours.end);
}

/** Days looked ahead for an open day: a one-day-a-week team can lose Christmas and New Year. */
const MAX_DAYS_AHEAD = 28;

/**
 * The instant itself when it is inside working hours, else the next working-hours start
 * (later today if before the start, else the next working day that is not a public holiday).
 */
export function nextWorkingInstant(
  instant: Date,
  workingHours: WorkingHours,
  timeZone: string,
  country?: string | null,
): Date {
  if (isWithinWorkingHours(instant, workingHours, timeZone, country)) return new Date(instant.getTime());
  const local = DateTime.fromJSDate(instant, { zone: timeZone });
  const startMinutes = minutesOf(workingHours.start);
  const hour = Math.floor(startMinutes / 60);
  const minute = startMinutes % 60;
  for (let offset = 0; offset <= MAX_DAYS_AHEAD; offset += 1) {
    const day = local.startOf('day').plus({ days: offset });
    if (!isOpenDay(day, workingHours, country)) continue;
    const start = day.set({ hour, minute, second: 0, millisecond: 0 });
    if (start.toMillis() > instant.getTime()) return start.toJSDate();
  }
  // Unreachable with at least one working day (the schema requires one); stay safe anyway.
  return new Date(instant.getTime());
}
