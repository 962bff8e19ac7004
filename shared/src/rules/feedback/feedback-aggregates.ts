import { DateTime } from 'luxon';
import type { BoardData } from '../../model/board';
import type { CheckIn } from '../../model/check-in';
import { feedbackMonthId, type FeedbackMonth } from '../../model/feedback-month';
import { localMonthOf } from '../calendar';
import { anonymityThresholds, distinctAuthors, gateByAuthors, isHidden, type Gated } from './anonymity-gate';
import { liveCheckIns } from './check-ins';

/**
 * What leaders read of the feedback: aggregates over the live check-ins (and the monthly figures
 * kept after they expire), each passed through the anonymity gate.
 */

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
