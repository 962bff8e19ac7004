import { DateTime } from 'luxon';
import { z } from 'zod';
import type { Ambassadorship } from '../model/ambassadorship';
import type { BoardData } from '../model/board';
import type { CheckIn } from '../model/check-in';
import { checkInSchema } from '../model/check-in';
import type { UserRef } from '../model/common';
import { idSchema, userRefSchema } from '../model/common';
import type { Decision } from '../model/decision';
import { feedbackMonthId, type FeedbackMonth } from '../model/feedback-month';
import { DECISION_OUTCOMES } from '../model/decision';
import type { Programme } from '../model/programme';
import { ANONYMITY_FLOOR, programmeSettingsSchema, type ProgrammeSettings } from '../model/settings';
import { DomainError } from '../errors/domain-error';
import { localMonthOf } from './calendar';
import { isShownAsAmbassador } from './ambassadorship-lifecycle';
import { currentKeyMessage } from './key-messages';
import { parseInput } from './parse-input';
import { termEndInstant } from './term';

/**
 * The card's "get feedback along the way", with the privacy rules of the domain notes:
 * check-ins carry situations and themes (never named colleagues), leaders see only aggregates
 * that enough different people stand behind (`anonymityMinAnswers`) and free text only from
 * more (`anonymityMinFreeText`), never anything per person; raw text expires
 * `retentionMonthsAfterTerm` after the term actually ends.
 */

export const checkInInputSchema = checkInSchema.pick({
  progress: true,
  challenges: true,
  successes: true,
  situations: true,
  alignment: true,
  changeCourse: true,
  changeCourseSuggestion: true,
});
export type CheckInInput = z.input<typeof checkInInputSchema>;

export interface CreateCheckInInput {
  input: unknown;
  ambassadorship: Ambassadorship;
  programme: Programme;
  /** Pseudonymous key (the caller's keyed hash of person + programme); never the user id. */
  authorKey: string;
  /** The programme's live check-ins, for the one-per-interval rule. */
  previous: readonly CheckIn[];
  /** A random UUID: an id computed from card, reminder or person would let leaders confirm the author. */
  id: string;
  now: Date;
}

/** When an ambassadorship actually ended (withdrawn or ended early), else the planned end of its term. */
function actualTermEnd(amb: Ambassadorship, timeZone: string): Date {
  const planned = termEndInstant(amb.term, timeZone);
  if ((amb.state === 'withdrawn' || amb.state === 'ended') && amb.endedAt) {
    const ended = new Date(amb.endedAt);
    return ended.getTime() < planned.getTime() ? ended : planned;
  }
  return planned;
}

/**
 * When a check-in's raw text must be gone: `retentionMonthsAfterTerm` after the term's actual
 * end (a withdrawal or a shortened term counts from that earlier day), in the programme's zone.
 */
export function checkInExpiry(ambassadorship: Ambassadorship, programme: Programme): Date {
  return DateTime.fromJSDate(actualTermEnd(ambassadorship, programme.timeZone), {
    zone: programme.timeZone,
  })
    .plus({ months: programme.settings.retentionMonthsAfterTerm })
    .toJSDate();
}

/** Whether a check-in was written during this ambassadorship (while it was active). */
function writtenDuring(checkIn: CheckIn, amb: Ambassadorship): boolean {
  if (!amb.activatedAt) return false;
  const at = Date.parse(checkIn.submittedAt);
  if (at < Date.parse(amb.activatedAt)) return false;
  return !amb.endedAt || at <= Date.parse(amb.endedAt);
}

/**
 * The check-ins whose expiry must come forward because their author's term ended earlier than
 * planned (withdrawal, early end, a shorter term), each with its new `expiresAt`. An expiry is
 * never pushed later: a check-in's life can only get shorter. Only the server can match a
 * check-in to an ambassadorship (`authorKeyOf` needs its secret); nothing stored does.
 */
export function checkInRetentionUpdates(
  board: BoardData,
  authorKeyOf: (ambassadorship: Ambassadorship) => string,
): CheckIn[] {
  const { programme } = board;
  const byKey = new Map<string, Ambassadorship[]>();
  for (const amb of board.ambassadorships) {
    if (amb.programmeId !== programme.id || !amb.activatedAt) continue;
    const key = authorKeyOf(amb);
    const list = byKey.get(key);
    if (list) list.push(amb);
    else byKey.set(key, [amb]);
  }
  const expiries = new Map<string, number>();
  const expiryOf = (amb: Ambassadorship) => {
    let at = expiries.get(amb.id);
    if (at === undefined) {
      at = checkInExpiry(amb, programme).getTime();
      expiries.set(amb.id, at);
    }
    return at;
  };
  const updates: CheckIn[] = [];
  for (const checkIn of board.checkIns) {
    if (checkIn.programmeId !== programme.id) continue;
    const author = byKey.get(checkIn.authorKey)?.find((amb) => writtenDuring(checkIn, amb));
    if (!author || expiryOf(author) >= Date.parse(checkIn.expiresAt)) continue;
    updates.push({ ...checkIn, expiresAt: new Date(expiryOf(author)).toISOString() });
  }
  return updates;
}

/**
 * The local day from which this author may send the next check-in, or null when they may now.
 * One check-in per ambassador per `checkInIntervalDays` (rolling, counted in whole local days):
 * a second one in the same interval is REFUSED rather than replacing the first, because stored
 * feedback is immutable (an edit could otherwise renew its expiry) and a replacement would have
 * to find "this person's earlier check-in" — a link nothing stored should make easy.
 */
export function nextCheckInFrom(
  previous: readonly CheckIn[],
  authorKey: string,
  programme: Programme,
  now: Date,
): string | null {
  const tz = programme.timeZone;
  const days = programme.settings.checkInIntervalDays;
  let from: DateTime | null = null;
  for (const c of previous) {
    if (c.programmeId !== programme.id || c.authorKey !== authorKey) continue;
    const next = DateTime.fromISO(c.submittedAt, { zone: tz }).startOf('day').plus({ days });
    if (!from || next > from) from = next;
  }
  return from && from.toMillis() > now.getTime() ? from.toISODate() : null;
}

/**
 * An active ambassador's check-in (CHECK_IN_NOT_ALLOWED for candidates, former ambassadors or
 * another programme's ambassadorship; CHECK_IN_TOO_SOON within the author's interval). It
 * records the key-message version it was written under and nothing that names the person.
 * REST and the bot's card both come through here, so the same rules hold on both paths.
 */
export function createCheckIn(args: CreateCheckInInput): CheckIn {
  const { ambassadorship: amb, programme, now } = args;
  if (
    amb.programmeId !== programme.id ||
    amb.tenantId !== programme.tenantId ||
    !isShownAsAmbassador(amb, now, programme.timeZone)
  ) {
    throw new DomainError('CHECK_IN_NOT_ALLOWED', { state: amb.state });
  }
  const input = parseInput(checkInInputSchema, args.input);
  const authorKey = parseInput(z.string().min(1).max(100), args.authorKey);
  const id = parseInput(z.uuid(), args.id);
  const from = nextCheckInFrom(args.previous, authorKey, programme, now);
  if (from) {
    throw new DomainError('CHECK_IN_TOO_SOON', { date: from, days: programme.settings.checkInIntervalDays });
  }
  return {
    id,
    tenantId: programme.tenantId,
    programmeId: programme.id,
    type: 'checkIn',
    authorKey,
    ...input,
    situations: input.situations.map((s) => ({ ...s })),
    keyMessageVersion: currentKeyMessage(programme)?.version ?? null,
    submittedAt: now.toISOString(),
    expiresAt: checkInExpiry(amb, programme).toISOString(),
  };
}

/** What the check-in form tells the ambassador before they send it. */
export interface CheckInPrivacy {
  /** Who can ever read the answers (as aggregates): the programme's leaders. */
  visibleTo: 'leaders';
  /** Figures appear only when this many different ambassadors have answered. */
  minimumAnswers: number;
  /** Free text appears only when this many different ambassadors have answered. */
  minimumFreeText: number;
  retentionMonthsAfterTerm: number;
  /** The latest moment this ambassador's check-ins are deleted (earlier if the term ends early). */
  deletedBy: string;
  /** One check-in per this many days. */
  intervalDays: number;
}

export function checkInPrivacy(programme: Programme, ambassadorship: Ambassadorship): CheckInPrivacy {
  const thresholds = anonymityThresholds(programme.settings);
  return {
    visibleTo: 'leaders',
    ...thresholds,
    retentionMonthsAfterTerm: programme.settings.retentionMonthsAfterTerm,
    deletedBy: checkInExpiry(ambassadorship, programme).toISOString(),
    intervalDays: programme.settings.checkInIntervalDays,
  };
}

export const decisionInputSchema = z.strictObject({
  outcome: z.enum(DECISION_OUTCOMES),
  theme: z.string().trim().min(1).max(100),
  explanation: z.string().trim().min(1).max(4000),
});
export type DecisionInput = z.input<typeof decisionInputSchema>;

export interface RecordDecisionInput {
  board: BoardData;
  input: unknown;
  by: UserRef;
  now: Date;
  id: string;
}

/**
 * Leaders answer a feedback theme: change course, keep course, or explain. It never depends on
 * which check-ins mention the theme — a decision on any theme is accepted alike, so trying
 * themes cannot reveal what hidden check-ins say — and never names check-ins by id.
 */
export function recordDecision(args: RecordDecisionInput): Decision {
  const { board, now } = args;
  const { programme } = board;
  const input = parseInput(decisionInputSchema, args.input);
  return {
    id: parseInput(idSchema, args.id),
    tenantId: programme.tenantId,
    programmeId: programme.id,
    type: 'decision',
    outcome: input.outcome,
    theme: input.theme,
    explanation: input.explanation,
    by: parseInput(userRefSchema, args.by),
    at: now.toISOString(),
  };
}

/** Stands in for any aggregate that too few people stand behind. */
export interface HiddenAggregate {
  hidden: true;
  reason: 'belowThreshold';
  minimum: number;
}
export type Gated<T> = T | HiddenAggregate;

export function isHidden<T>(value: Gated<T>): value is HiddenAggregate {
  return typeof value === 'object' && value !== null && (value as { hidden?: unknown }).hidden === true;
}

export interface AnonymityThresholds {
  /** Different people needed behind any count, average, theme or split. */
  minimumAnswers: number;
  /** Different people needed before any free text is shown (never fewer than for figures). */
  minimumFreeText: number;
}

/**
 * The thresholds in force: the programme's settings, but never below the floor (5 people for
 * figures, 10 for free text) even if a stored setting predates the schema's bound, and free
 * text never needs fewer people than figures.
 */
export function anonymityThresholds(
  settings: Pick<ProgrammeSettings, 'anonymityMinAnswers' | 'anonymityMinFreeText'>,
): AnonymityThresholds {
  const minimumAnswers = Math.max(ANONYMITY_FLOOR.answers, settings.anonymityMinAnswers);
  const minimumFreeText = Math.max(ANONYMITY_FLOOR.freeText, settings.anonymityMinFreeText, minimumAnswers);
  return { minimumAnswers, minimumFreeText };
}

/** `PUT …/settings/anonymity`: both thresholds, each bounded below by its floor (schema messages say so). */
export const anonymityThresholdsInputSchema = z.strictObject({
  anonymityMinAnswers: programmeSettingsSchema.shape.anonymityMinAnswers.unwrap(),
  anonymityMinFreeText: programmeSettingsSchema.shape.anonymityMinFreeText.unwrap(),
});
export type AnonymityThresholdsInput = z.input<typeof anonymityThresholdsInputSchema>;

/**
 * Leaders raise the anonymity thresholds (never below 5 people for figures and 10 for free text:
 * VALIDATION_FAILED saying so, nothing changed). Other settings stay as they are.
 */
export function setAnonymityThresholds(programme: Programme, input: unknown, now: Date): Programme {
  const thresholds = parseInput(anonymityThresholdsInputSchema, input);
  return { ...programme, settings: { ...programme.settings, ...thresholds }, updatedAt: now.toISOString() };
}

/** How many different people (pseudonyms) wrote these check-ins — what every threshold counts. */
export function distinctAuthors(checkIns: readonly Pick<CheckIn, 'authorKey'>[]): number {
  return new Set(checkIns.map((c) => c.authorKey)).size;
}

/**
 * The one gate: a figure computed from `checkIns` is shown only when at least `minimum`
 * different authors wrote them. Counting check-ins instead would let one person who sends
 * several open a figure alone — or expose a colleague's single answer.
 */
export function gateByAuthors<T>(
  checkIns: readonly Pick<CheckIn, 'authorKey'>[],
  minimum: number,
  compute: () => T,
): Gated<T> {
  return distinctAuthors(checkIns) >= minimum
    ? compute()
    : { hidden: true, reason: 'belowThreshold', minimum };
}

/**
 * The number of check-ins when it may be shown (enough different people), else null: the
 * leaders' board, the digest and "you said, we did" show a count only through this.
 */
export function visibleCheckInCount(
  checkIns: readonly Pick<CheckIn, 'authorKey'>[],
  settings: Pick<ProgrammeSettings, 'anonymityMinAnswers' | 'anonymityMinFreeText'>,
): number | null {
  const counted = gateByAuthors(
    checkIns,
    anonymityThresholds(settings).minimumAnswers,
    () => checkIns.length,
  );
  return isHidden(counted) ? null : counted;
}

export interface MonthOverview {
  month: string;
  checkIns: Gated<number>;
  alignmentAverage: Gated<number>;
  /** Change of the average against the previous month; null for the first month. */
  trend: Gated<number> | null;
}

export interface ThemeCount {
  theme: string;
  count: number;
  /** Whether leaders have recorded a decision on this theme ("every theme gets an answer"). */
  answered: boolean;
}

export interface FreeTextLists {
  progress: string[];
  challenges: string[];
  successes: string[];
  changeCourseSuggestions: string[];
  situations: { theme: string; description: string }[];
}

export interface FeedbackOverview {
  minimumAnswers: number;
  minimumFreeText: number;
  checkIns: Gated<number>;
  alignmentAverage: Gated<number>;
  months: MonthOverview[];
  /** Themes named by at least `minimumAnswers` people; rarer themes only appear in free text. */
  themes: Gated<ThemeCount[]>;
  changeCourse: Gated<{ yes: number; no: number; unsure: number }>;
  /** Sorted alphabetically, each list on its own, so answers cannot be joined back into one check-in. */
  freeText: Gated<FreeTextLists>;
}

function average(values: number[]): number {
  return Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100;
}

function nonEmptySorted(values: string[]): string[] {
  return values.filter((v) => v.trim().length > 0).sort((a, b) => a.localeCompare(b));
}

function themeKey(theme: string): string {
  return theme.trim().toLocaleLowerCase();
}

/** The check-ins that may still be read: this programme's, submitted, not expired. */
export function liveCheckIns(board: BoardData, now: Date): CheckIn[] {
  const { programme } = board;
  return board.checkIns
    .filter(
      (c) =>
        c.programmeId === programme.id &&
        c.tenantId === programme.tenantId &&
        new Date(c.submittedAt).getTime() <= now.getTime() &&
        new Date(c.expiresAt).getTime() > now.getTime(),
    )
    .sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));
}

function mentioning(checkIns: readonly CheckIn[], key: string): CheckIn[] {
  return checkIns.filter((c) => c.situations.some((s) => themeKey(s.theme) === key));
}

/**
 * How many live check-ins name a theme, shown only when enough different people named it —
 * the same figure as the theme's line in the overview, so it tells nobody anything new.
 */
export function themeMentions(board: BoardData, theme: string, now: Date): Gated<number> {
  const { minimumAnswers } = anonymityThresholds(board.programme.settings);
  const naming = mentioning(liveCheckIns(board, now), themeKey(theme));
  return gateByAuthors(naming, minimumAnswers, () => naming.length);
}

function byLocalMonth(checkIns: readonly CheckIn[], timeZone: string): Map<string, CheckIn[]> {
  const byMonth = new Map<string, CheckIn[]>();
  for (const c of checkIns) {
    const month = localMonthOf(new Date(c.submittedAt), timeZone);
    const list = byMonth.get(month);
    if (list) list.push(c);
    else byMonth.set(month, [c]);
  }
  return byMonth;
}

/**
 * The monthly figures to keep for the programme's life: months that are over (no check-in can
 * join them any more), whose figures are visible now and are not kept yet. Numbers only; a
 * month too few people answered in is never kept, so keeping cannot open a hidden figure.
 */
export function feedbackMonthsToKeep(board: BoardData, now: Date): FeedbackMonth[] {
  const { programme } = board;
  const { minimumAnswers } = anonymityThresholds(programme.settings);
  const current = localMonthOf(now, programme.timeZone);
  const kept = new Set((board.feedbackMonths ?? []).map((m) => m.month));
  const out: FeedbackMonth[] = [];
  for (const [month, inMonth] of byLocalMonth(liveCheckIns(board, now), programme.timeZone)) {
    if (month >= current || kept.has(month) || distinctAuthors(inMonth) < minimumAnswers) continue;
    out.push({
      id: feedbackMonthId(programme.id, month),
      tenantId: programme.tenantId,
      programmeId: programme.id,
      type: 'feedbackMonth',
      month,
      checkIns: inMonth.length,
      alignmentAverage: average(inMonth.map((c) => c.alignment)),
      recordedAt: now.toISOString(),
    });
  }
  return out.sort((a, b) => a.month.localeCompare(b.month));
}

/** The leaders' view of the feedback: aggregates only, each hidden below its threshold of people. */
export function feedbackOverview(board: BoardData, now: Date): FeedbackOverview {
  const { programme } = board;
  const { minimumAnswers: minAnswers, minimumFreeText: minFreeText } = anonymityThresholds(
    programme.settings,
  );
  const tz = programme.timeZone;
  const checkIns = liveCheckIns(board, now);
  const byMonth = byLocalMonth(checkIns, tz);
  // A month over and kept shows its kept figures, also once its check-ins have expired.
  const keptMonths = new Map(
    (board.feedbackMonths ?? []).filter((m) => m.programmeId === programme.id).map((m) => [m.month, m]),
  );
  // Every month from the programme's start to now is listed, so the list itself reveals nothing.
  const months: MonthOverview[] = [];
  let cursor = DateTime.fromISO(programme.startDate, { zone: tz }).startOf('month');
  const lastMonth = localMonthOf(now, tz);
  let previous: Gated<number> | null = null;
  while (cursor.toFormat('yyyy-MM') <= lastMonth && months.length < 120) {
    const month = cursor.toFormat('yyyy-MM');
    const inMonth = byMonth.get(month) ?? [];
    const kept = keptMonths.get(month);
    const avg = kept
      ? kept.alignmentAverage
      : gateByAuthors(inMonth, minAnswers, () => average(inMonth.map((c) => c.alignment)));
    let trend: Gated<number> | null = null;
    if (previous !== null) {
      trend =
        isHidden(avg) || isHidden(previous)
          ? { hidden: true, reason: 'belowThreshold', minimum: minAnswers }
          : Math.round((avg - previous) * 100) / 100;
    }
    months.push({
      month,
      checkIns: kept ? kept.checkIns : gateByAuthors(inMonth, minAnswers, () => inMonth.length),
      alignmentAverage: avg,
      trend,
    });
    previous = avg;
    cursor = cursor.plus({ months: 1 });
  }

  const answeredThemes = new Set(
    board.decisions.filter((d) => d.programmeId === programme.id).map((d) => themeKey(d.theme)),
  );
  const themes = gateByAuthors(checkIns, minAnswers, () => {
    const names = new Map<string, string>();
    for (const c of checkIns) {
      for (const s of c.situations)
        if (!names.has(themeKey(s.theme))) names.set(themeKey(s.theme), s.theme.trim());
    }
    return [...names.entries()]
      .map(([key, theme]) => ({ key, theme, naming: mentioning(checkIns, key) }))
      .filter((t) => distinctAuthors(t.naming) >= minAnswers)
      .map((t) => ({ theme: t.theme, count: t.naming.length, answered: answeredThemes.has(t.key) }))
      .sort((a, b) => b.count - a.count || a.theme.localeCompare(b.theme));
  });

  return {
    minimumAnswers: minAnswers,
    minimumFreeText: minFreeText,
    checkIns: gateByAuthors(checkIns, minAnswers, () => checkIns.length),
    alignmentAverage: gateByAuthors(checkIns, minAnswers, () => average(checkIns.map((c) => c.alignment))),
    months,
    themes,
    changeCourse: gateByAuthors(checkIns, minAnswers, () => ({
      yes: checkIns.filter((c) => c.changeCourse === 'yes').length,
      no: checkIns.filter((c) => c.changeCourse === 'no').length,
      unsure: checkIns.filter((c) => c.changeCourse === 'unsure').length,
    })),
    freeText: gateByAuthors(checkIns, minFreeText, () => ({
      progress: nonEmptySorted(checkIns.map((c) => c.progress)),
      challenges: nonEmptySorted(checkIns.map((c) => c.challenges)),
      successes: nonEmptySorted(checkIns.map((c) => c.successes)),
      changeCourseSuggestions: nonEmptySorted(checkIns.map((c) => c.changeCourseSuggestion)),
      situations: checkIns
        .flatMap((c) => c.situations)
        .map((s) => ({ theme: s.theme, description: s.description }))
        .sort((a, b) => a.theme.localeCompare(b.theme) || a.description.localeCompare(b.description)),
    })),
  };
}

export interface YouSaidWeDidEntry {
  id: string;
  theme: string;
  outcome: Decision['outcome'];
  explanation: string;
  /** How many check-ins named the theme — present only when enough people did (never which ones). */
  checkInCount?: number;
  by: UserRef;
  at: string;
}

/** "You said, we did": every decision with its theme and outcome, newest first (no check-in content). */
export function youSaidWeDid(board: BoardData, now: Date): YouSaidWeDidEntry[] {
  return board.decisions
    .filter((d) => d.programmeId === board.programme.id)
    .map((d) => {
      const count = themeMentions(board, d.theme, now);
      return {
        id: d.id,
        theme: d.theme,
        outcome: d.outcome,
        explanation: d.explanation,
        ...(isHidden(count) ? {} : { checkInCount: count }),
        by: d.by,
        at: d.at,
      };
    })
    .sort((a, b) => b.at.localeCompare(a.at) || a.id.localeCompare(b.id));
}
