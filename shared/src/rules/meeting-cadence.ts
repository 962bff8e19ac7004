import { DateTime } from 'luxon';
import { RRule, type Weekday } from 'rrule';
import type { Cadence } from '../model/cadence';
import { invalidInput } from '../errors/domain-error';
import { atLocalTime, DAY_MS, isPublicHoliday, localDateOf, workingDayOnOrAfter } from './calendar';

/**
 * Step 5's meeting cadence as concrete instants. The recurrence is expanded by rrule in
 * *floating* time — wall-clock fields carried in a UTC Date, with no zone — and each occurrence is
 * then placed in the programme's zone by luxon. That keeps a 10:00 meeting at 10:00 local on both
 * sides of a daylight-saving change (rrule's own TZID support depends on the host's Intl and
 * shifts times across DST). A wall-clock time that does not exist on a spring-forward day is
 * moved forward by the gap (02:30 → 03:30), as calendars do.
 */

/**
 * Whose public holidays a cadence meeting avoids: an occurrence on one moves to the next working
 * day at the same local time (the leaders chose the weekday, so weekends are left as chosen).
 */
export interface MeetingCalendar {
  country: string;
  workingDays: readonly number[];
}

/** Days an occurrence can move past a window's edge (Easter: Thursday to Tuesday). */
const HOLIDAY_SHIFT_DAYS = 14;

function avoidHoliday(instant: Date, timeZone: string, calendar: MeetingCalendar | undefined): Date {
  if (!calendar) return instant;
  const day = localDateOf(instant, timeZone);
  if (!isPublicHoliday(day, calendar.country)) return instant;
  const moved = workingDayOnOrAfter(day, calendar.workingDays, calendar.country);
  const local = DateTime.fromJSDate(instant, { zone: timeZone });
  return atLocalTime(moved, local.toFormat('HH:mm'), timeZone);
}

/** A fixed Monday, so "every 2 weeks" has the same phase whatever window is asked for. */
export const DEFAULT_CADENCE_ANCHOR = '2024-01-01';

const WEEKDAYS = [RRule.MO, RRule.TU, RRule.WE, RRule.TH, RRule.FR, RRule.SA, RRule.SU] as const;

function rruleWeekday(isoWeekday: number, nth?: number): Weekday {
  const day = WEEKDAYS[isoWeekday - 1];
  if (!day)
    throw invalidInput({
      da: `ugedag ${isoWeekday} findes ikke (1–7)`,
      en: `weekday ${isoWeekday} does not exist (1–7)`,
    });
  return nth === undefined ? day : day.nth(nth);
}

/** Wall-clock fields of an instant in a zone, carried as a "floating" UTC Date for rrule. */
function toFloating(instant: Date, timeZone: string): Date {
  const local = DateTime.fromJSDate(instant, { zone: timeZone });
  return new Date(Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second));
}

/** A floating Date's wall-clock fields, read as local time in the zone. */
function fromFloating(floating: Date, timeZone: string): Date {
  return DateTime.fromObject(
    {
      year: floating.getUTCFullYear(),
      month: floating.getUTCMonth() + 1,
      day: floating.getUTCDate(),
      hour: floating.getUTCHours(),
      minute: floating.getUTCMinutes(),
    },
    { zone: timeZone },
  ).toJSDate();
}

function ruleFor(cadence: Cadence, anchor: string): RRule {
  const [hour = 0, minute = 0] = cadence.time.split(':').map(Number);
  const [y = 2024, m = 1, d = 1] = anchor.split('-').map(Number);
  const dtstart = new Date(Date.UTC(y, m - 1, d, 0, 0, 0));
  if (cadence.kind === 'weekly') {
    return new RRule({
      freq: RRule.WEEKLY,
      interval: cadence.intervalWeeks,
      byweekday: [rruleWeekday(cadence.weekday)],
      byhour: [hour],
      byminute: [minute],
      bysecond: [0],
      wkst: RRule.MO,
      dtstart,
    });
  }
  return new RRule({
    freq: RRule.MONTHLY,
    byweekday: [rruleWeekday(cadence.weekday, cadence.weekOfMonth)],
    byhour: [hour],
    byminute: [minute],
    bysecond: [0],
    dtstart,
  });
}

/**
 * Every meeting start in [from, to), as instants, at the cadence's local time in `timeZone`.
 * `anchor` (an ISO date, e.g. the programme's start) is the first day a meeting can fall on and
 * fixes the phase of multi-week cadences; weeks start on Monday. With a calendar, an occurrence
 * on a public holiday is moved to the next working day (see MeetingCalendar).
 */
export function meetingOccurrences(
  cadence: Cadence,
  timeZone: string,
  from: Date,
  to: Date,
  anchor: string = DEFAULT_CADENCE_ANCHOR,
  calendar?: MeetingCalendar,
): Date[] {
  if (to.getTime() <= from.getTime()) return [];
  const rule = ruleFor(cadence, anchor);
  // Widen by two days in floating time: local offsets are at most ±14 h, then filter exactly
  // (and by the longest holiday move before the window, when occurrences can move into it).
  const back = calendar ? HOLIDAY_SHIFT_DAYS : 2;
  const floatFrom = new Date(toFloating(from, timeZone).getTime() - back * DAY_MS);
  const floatTo = new Date(toFloating(to, timeZone).getTime() + 2 * DAY_MS);
  return rule
    .between(floatFrom, floatTo, true)
    .map((floating) => avoidHoliday(fromFloating(floating, timeZone), timeZone, calendar))
    .filter((instant) => instant.getTime() >= from.getTime() && instant.getTime() < to.getTime());
}

/** The first meeting start at or after `after`, looking ahead at most `horizonDays`. */
export function nextMeetingOccurrence(
  cadence: Cadence,
  timeZone: string,
  after: Date,
  anchor: string = DEFAULT_CADENCE_ANCHOR,
  horizonDays = 120,
  calendar?: MeetingCalendar,
): Date | null {
  return (
    meetingOccurrences(
      cadence,
      timeZone,
      after,
      new Date(after.getTime() + horizonDays * DAY_MS),
      anchor,
      calendar,
    )[0] ?? null
  );
}

/** The most recent meeting start before `before`, looking back at most `horizonDays`. */
export function previousMeetingOccurrence(
  cadence: Cadence,
  timeZone: string,
  before: Date,
  anchor: string = DEFAULT_CADENCE_ANCHOR,
  horizonDays = 120,
  calendar?: MeetingCalendar,
): Date | null {
  const list = meetingOccurrences(
    cadence,
    timeZone,
    new Date(before.getTime() - horizonDays * DAY_MS),
    before,
    anchor,
    calendar,
  );
  return list[list.length - 1] ?? null;
}
