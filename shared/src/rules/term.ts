import { DateTime } from 'luxon';
import type { Term } from '../model/ambassadorship';
import type { ProgrammeSettings } from '../model/settings';
import { DomainError } from '../errors/domain-error';
import { addDays, addMonths, isValidIsoDate, localDateOf, daysBetween, startOfLocalDay } from './calendar';

/**
 * The card's "limit the period": every ambassadorship has a term of whole days (both ends
 * inclusive, in the programme's time zone), by default `termMonthsDefault` months and never more
 * than `termMonthsMax`, so nobody is left in an unwanted position afterwards.
 */

/** The last day of a term of `months` months starting on `start`: 2026-01-01 + 12 → 2026-12-31. */
export function termEndFor(start: string, months: number): string {
  return addDays(addMonths(start, months), -1);
}

/** The default term from a start day, using the programme's default length. */
export function defaultTerm(startDate: string, settings: Pick<ProgrammeSettings, 'termMonthsDefault'>): Term {
  if (!isValidIsoDate(startDate)) throw new DomainError('TERM_INVALID', { start: startDate });
  return { start: startDate, end: termEndFor(startDate, settings.termMonthsDefault) };
}

/**
 * Checks a term a leader entered: real dates, end after start (TERM_INVALID), and no longer than
 * `termMonthsMax` months (TERM_TOO_LONG with `maxMonths`). Returns a fresh copy.
 */
export function validateTerm(term: Term, settings: Pick<ProgrammeSettings, 'termMonthsMax'>): Term {
  if (!term || !isValidIsoDate(term.start) || !isValidIsoDate(term.end) || term.start >= term.end) {
    throw new DomainError('TERM_INVALID', { start: term?.start ?? '', end: term?.end ?? '' });
  }
  if (term.end > termEndFor(term.start, settings.termMonthsMax)) {
    throw new DomainError('TERM_TOO_LONG', { maxMonths: settings.termMonthsMax });
  }
  return { start: term.start, end: term.end };
}

/** The instant a term is over: the start of the day after its last day, in the programme's zone. */
export function termEndInstantOf(end: string, timeZone: string): Date {
  return startOfLocalDay(addDays(end, 1), timeZone);
}

export function termEndInstant(term: Term, timeZone: string): Date {
  return termEndInstantOf(term.end, timeZone);
}

/** True once the term's last local day is over. */
export function termHasEnded(term: Term, now: Date, timeZone: string): boolean {
  return now.getTime() >= termEndInstant(term, timeZone).getTime();
}

/**
 * Days left of the term, counting today: 1 on the last day, 0 once it is over. Before the
 * term starts it is the whole remaining span (the board shows "starts in …" separately).
 */
export function daysLeft(term: Term, now: Date, timeZone: string): number {
  const today = localDateOf(now, timeZone);
  return Math.max(0, daysBetween(today, term.end) + 1);
}

/** Whole months a term spans, rounded down (for display: "12 months"). */
export function termMonths(term: Term): number {
  const start = DateTime.fromISO(term.start, { zone: 'UTC' });
  const after = DateTime.fromISO(addDays(term.end, 1), { zone: 'UTC' });
  return Math.floor(after.diff(start, 'months').months + 1e-9);
}

/**
 * A term cannot start in the past: nobody can agree today to a period that has already begun,
 * and a past term would leave a "former" ambassador who never was one. Days are the programme's
 * local days. `runningStart` is the start of a term that is already running (an active
 * ambassador's new agreement version may keep it); any other start must be today or later
 * (TERM_STARTS_IN_PAST), and no term may end before today (TERM_ENDS_IN_PAST).
 */
export function assertTermNotInPast(
  term: Term,
  now: Date,
  timeZone: string,
  runningStart: string | null = null,
): void {
  const today = localDateOf(now, timeZone);
  if (term.start < today && term.start !== runningStart) {
    throw new DomainError('TERM_STARTS_IN_PAST', { start: term.start, today });
  }
  if (term.end < today) throw new DomainError('TERM_ENDS_IN_PAST', { end: term.end, today });
}
