import type { Ambassadorship, Term } from '../model/ambassadorship';
import type { Programme } from '../model/programme';
import type { ProgrammeSettings } from '../model/settings';
import { DEFAULT_SETTINGS } from '../model/settings';
import { DomainError } from '../errors/domain-error';
import { addDays, addMonths, daysBetween, localDateOf } from './calendar';
import { assertTermNotInPast, termEndFor, validateTerm } from './term';

/**
 * The card's "limit the period" across terms. One term is bounded by `termMonthsMax`
 * (term.ts), but a second term right after the first would keep the same person in the role for
 * twice as long. So terms of one person in one programme separated by a break shorter than
 * `termGapMonths` form one period, and that period — from its first day to its last, breaks
 * included — is what `termMonthsMax` limits. Every path that creates or changes a term
 * (selection from an application, direct selection, re-appointment, a new agreement version)
 * checks its term here.
 */
export type TermLimitSettings = Pick<ProgrammeSettings, 'termMonthsMax'> &
  Partial<Pick<ProgrammeSettings, 'termGapMonths'>>;

/**
 * The days of an ambassadorship that count against the limit: the planned term while it is open
 * or ended as planned; up to the withdrawal day when withdrawn early. Someone who never became
 * active (withdrawn or lapsed as a candidate) has served nothing, so it counts nothing.
 */
export function countedPeriod(amb: Ambassadorship, timeZone: string): Term | null {
  if (amb.state === 'candidate' || amb.state === 'active') return { ...amb.term };
  if (!amb.activatedAt) return null;
  if (amb.state === 'ended') return { ...amb.term };
  const at = amb.endedAt ?? amb.withdrawal?.at ?? null;
  const lastDay = at ? localDateOf(new Date(at), timeZone) : amb.term.end;
  const end = lastDay < amb.term.end ? lastDay : amb.term.end;
  return end < amb.term.start ? null : { start: amb.term.start, end };
}

/** The earliest start after `end` that is a real break (not shorter than `gapMonths`). */
function freshStartAfter(end: string, gapMonths: number): string {
  return addMonths(addDays(end, 1), gapMonths);
}

/**
 * The period `term` belongs to among `others`: terms sorted by start are joined while the next
 * starts before the previous period's fresh start. Returns that joined span.
 */
export function consecutiveSpan(term: Term, others: readonly Term[], gapMonths: number): Term {
  const all = [...others, term].sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end));
  const spans: Term[] = [];
  for (const t of all) {
    const last = spans[spans.length - 1];
    if (last && t.start < freshStartAfter(last.end, gapMonths)) {
      if (t.end > last.end) last.end = t.end;
    } else {
      spans.push({ start: t.start, end: t.end });
    }
  }
  return spans.find((s) => s.start <= term.start && term.end <= s.end)!;
}

/** The counted periods of a person's other ambassadorships in the programme. */
function otherPeriodsOf(
  userId: string,
  programmeId: string,
  ambassadorships: readonly Ambassadorship[],
  exceptId: string | null,
  timeZone: string,
): Term[] {
  return ambassadorships
    .filter((a) => a.programmeId === programmeId && a.person.userId === userId && a.id !== exceptId)
    .map((a) => countedPeriod(a, timeZone))
    .filter((p): p is Term => p !== null);
}

/**
 * TERM_CONSECUTIVE_TOO_LONG when `term` joined with the person's other periods runs past
 * `termMonthsMax` months from the joined period's first day. The error says until when the term
 * may run and from when a fresh period could start.
 */
export function assertConsecutiveWithinLimit(
  term: Term,
  others: readonly Term[],
  settings: TermLimitSettings,
): void {
  const gapMonths = settings.termGapMonths ?? DEFAULT_SETTINGS.termGapMonths;
  const span = consecutiveSpan(term, others, gapMonths);
  const latestEnd = termEndFor(span.start, settings.termMonthsMax);
  if (span.end <= latestEnd) return;
  const before = others.filter((p) => p.start < term.start && p.end >= span.start);
  const lastBefore = before.reduce<string | null>((m, p) => (m === null || p.end > m ? p.end : m), null);
  throw new DomainError('TERM_CONSECUTIVE_TOO_LONG', {
    maxMonths: settings.termMonthsMax,
    gapMonths,
    since: span.start,
    latestEnd,
    freshStart: freshStartAfter(lastBefore ?? span.end, gapMonths),
  });
}

export interface CheckTermInput {
  term: Term;
  programme: Pick<Programme, 'id' | 'timeZone'> & { settings: TermLimitSettings };
  /** Whose term it is. */
  userId: string;
  /** The ambassadorship whose term this is, when it exists already (its own term is replaced). */
  ambassadorshipId: string | null;
  ambassadorships: readonly Ambassadorship[];
  now: Date;
  /** The start of the term already running (an active ambassador's), which may stay in the past. */
  runningStart?: string | null;
}

/**
 * Every check a new or changed term must pass, in one place: real dates and at most
 * `termMonthsMax` months (TERM_INVALID / TERM_TOO_LONG), not in the past (TERM_STARTS_IN_PAST /
 * TERM_ENDS_IN_PAST), and within the limit together with the person's consecutive terms
 * (TERM_CONSECUTIVE_TOO_LONG). Returns the checked copy.
 */
export function checkTerm(input: CheckTermInput): Term {
  const { programme } = input;
  const term = validateTerm(input.term, programme.settings);
  assertTermNotInPast(term, input.now, programme.timeZone, input.runningStart ?? null);
  const others = otherPeriodsOf(
    input.userId,
    programme.id,
    input.ambassadorships,
    input.ambassadorshipId,
    programme.timeZone,
  );
  assertConsecutiveWithinLimit(term, others, programme.settings);
  return term;
}

/**
 * The term length a selection gets when the leader gives none: the posting's advertised term
 * (what the person applied for), else the programme's default.
 */
export function defaultTermMonths(programme: Pick<Programme, 'settings' | 'steps'>): number {
  return programme.steps.posting.posting?.termMonths ?? programme.settings.termMonthsDefault;
}

/**
 * The term a new agreement version proposes unless the leader changes it: the ambassadorship's
 * own term, moved (same length in days) to start today when its start has passed before the
 * agreement was accepted. An active ambassador keeps the running term. The tab offers this, so
 * the default proposal passes `checkTerm`'s "not in the past".
 */
export function suggestedAgreementTerm(
  amb: { state: Ambassadorship['state']; term: Term },
  now: Date,
  timeZone: string,
  settings: Pick<ProgrammeSettings, 'termMonthsMax'> = DEFAULT_SETTINGS,
): Term {
  const today = localDateOf(now, timeZone);
  if (amb.state === 'active' || amb.term.start >= today) return { ...amb.term };
  const moved = addDays(amb.term.end, daysBetween(amb.term.start, today));
  const longest = termEndFor(today, settings.termMonthsMax);
  return { start: today, end: moved < longest ? moved : longest };
}
