import Holidays from 'date-holidays';
import { DateTime } from 'luxon';
import { invalidInput } from '../errors/domain-error';

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

/**
 * Calendar helpers shared by the rules. The product thinks in *days in the programme's time
 * zone* (terms, deadlines, "30 days before the end") and stores *instants* in UTC; these
 * functions are the only place the two meet, so daylight-saving and month-end handling is done
 * once, by luxon, instead of with millisecond arithmetic that is wrong twice a year.
 */

/** The local calendar day ("2026-03-29") of an instant in a time zone. */
export function localDateOf(instant: Date, timeZone: string): string {
  return DateTime.fromJSDate(instant, { zone: timeZone }).toISODate() ?? invalidZone(timeZone);
}

/** The instant a local wall-clock time ("09:00") happens on a local day in a time zone. */
export function atLocalTime(isoDate: string, time: string, timeZone: string): Date {
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  const day = DateTime.fromISO(isoDate, { zone: timeZone });
  if (!day.isValid)
    throw invalidInput({ da: `${isoDate} er ikke en gyldig dato`, en: `${isoDate} is not a valid date` });
  return day.set({ hour, minute, second: 0, millisecond: 0 }).toJSDate();
}

/** The first instant of a local day (midnight, or whatever the zone has instead on DST days). */
export function startOfLocalDay(isoDate: string, timeZone: string): Date {
  const day = DateTime.fromISO(isoDate, { zone: timeZone }).startOf('day');
  if (!day.isValid)
    throw invalidInput({ da: `${isoDate} er ikke en gyldig dato`, en: `${isoDate} is not a valid date` });
  return day.toJSDate();
}

/*
 * Date-only arithmetic is done on UTC milliseconds by hand: a calendar day has no time zone, and
 * these helpers run thousands of times per reminder plan, where luxon's parsing would dominate.
 */
function parseIsoDate(isoDate: string): { y: number; m: number; d: number } {
  const [y = NaN, m = NaN, d = NaN] = isoDate.split('-').map(Number);
  return { y, m, d };
}

function formatUtcDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function utcMsOf(isoDate: string): number {
  const { y, m, d } = parseIsoDate(isoDate);
  return Date.UTC(y, m - 1, d);
}

/** Adds calendar days to an ISO date (no time zone involved: a day is a day). */
export function addDays(isoDate: string, days: number): string {
  return formatUtcDate(utcMsOf(isoDate) + days * DAY_MS);
}

/** Adds calendar months to an ISO date; the 31st clamps to the month's last day (31 Jan + 1 = 28/29 Feb). */
export function addMonths(isoDate: string, months: number): string {
  const { y, m, d } = parseIsoDate(isoDate);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return formatUtcDate(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d, lastDay)));
}

/** Whole calendar days from one ISO date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMsOf(to) - utcMsOf(from)) / DAY_MS);
}

/** The local month ("2026-03") of an instant, for per-month aggregates. */
export function localMonthOf(instant: Date, timeZone: string): string {
  return DateTime.fromJSDate(instant, { zone: timeZone }).toFormat('yyyy-MM');
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a local day. */
export function isoWeekdayOf(isoDate: string): number {
  return ((new Date(utcMsOf(isoDate)).getUTCDay() + 6) % 7) + 1;
}

/** A real calendar day written as YYYY-MM-DD (rejects 2026-02-30). */
export function isValidIsoDate(isoDate: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return false;
  const ms = utcMsOf(isoDate);
  return Number.isFinite(ms) && formatUtcDate(ms) === isoDate;
}

/** The country whose public holidays a programme keeps when none is set (the card is Danish). */
export const DEFAULT_COUNTRY = 'DK';

/**
 * Holiday types that close workplaces. date-holidays also lists observances (Danish
 * "Grundlovsdag", Christmas Eve, Mother's Day …) and school holidays, which are working days for
 * most employers; a programme that closes on those still has its meetings and can say so itself.
 */
const CLOSED_TYPES: ReadonlySet<string> = new Set(['public', 'bank']);

/** Public holidays per country and year, as ISO dates. The library computes Easter etc. per year. */
const holidayCache = new Map<string, ReadonlySet<string>>();
let knownCountries: ReadonlySet<string> | null = null;

function publicHolidaysOf(country: string, year: number): ReadonlySet<string> {
  const key = `${country}:${year}`;
  const cached = holidayCache.get(key);
  if (cached) return cached;
  knownCountries ??= new Set(Object.keys(new Holidays().getCountries()));
  if (!knownCountries.has(country))
    throw invalidInput({ da: `landet ${country} kendes ikke`, en: `the country ${country} is not known` });
  const days = new Set(
    new Holidays(country)
      .getHolidays(year)
      .filter((h) => CLOSED_TYPES.has(h.type))
      .map((h) => h.date.slice(0, 10)),
  );
  holidayCache.set(key, days);
  return days;
}

/**
 * Whether a local day is a public holiday in a country (ISO 3166-1 alpha-2, "DK"), from the
 * maintained `date-holidays` tables rather than a hand-written list that goes stale (Denmark
 * dropped Store Bededag in 2024; Easter moves every year).
 */
export function isPublicHoliday(isoDate: string, country: string = DEFAULT_COUNTRY): boolean {
  return publicHolidaysOf(country, Number(isoDate.slice(0, 4))).has(isoDate);
}

/** A day people work: one of the programme's working weekdays and not a public holiday. */
export function isWorkingDay(
  isoDate: string,
  workingDays: readonly number[],
  country: string = DEFAULT_COUNTRY,
): boolean {
  return workingDays.includes(isoWeekdayOf(isoDate)) && !isPublicHoliday(isoDate, country);
}

/** Longest run of non-working days searched (a year of closures would be a misconfiguration). */
const MAX_CLOSED_RUN = 366;

/**
 * The day itself when people work on it, else the next working day. Due dates and suggested
 * meeting days go through this, so nothing is due on a Saturday or on 1 January.
 */
export function workingDayOnOrAfter(
  isoDate: string,
  workingDays: readonly number[],
  country: string = DEFAULT_COUNTRY,
): string {
  let day = isoDate;
  for (let i = 0; i < MAX_CLOSED_RUN && !isWorkingDay(day, workingDays, country); i += 1)
    day = addDays(day, 1);
  return day;
}

/** The day itself when people work on it, else the working day before (for "N days before" calls). */
export function workingDayOnOrBefore(
  isoDate: string,
  workingDays: readonly number[],
  country: string = DEFAULT_COUNTRY,
): string {
  let day = isoDate;
  for (let i = 0; i < MAX_CLOSED_RUN && !isWorkingDay(day, workingDays, country); i += 1)
    day = addDays(day, -1);
  return day;
}

function invalidZone(timeZone: string): never {
  throw invalidInput({
    da: `tidszonen ${timeZone} kendes ikke`,
    en: `the time zone ${timeZone} is not known`,
  });
}
