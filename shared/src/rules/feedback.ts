import { DateTime } from 'luxon';
import { z } from 'zod';
import type { Ambassadorship } from '../model/ambassadorship';
import type { BoardData } from '../model/board';
import type { CheckIn } from '../model/check-in';
import { checkInSchema } from '../model/check-in';
import type { UserRef } from '../model/common';
import { idSchema, userRefSchema } from '../model/common';
import type { Decision } from '../model/decision';
import { DECISION_OUTCOMES } from '../model/decision';
import type { Programme } from '../model/programme';
import { DomainError } from '../errors/domain-error';
import { localMonthOf } from './calendar';
import { isShownAsAmbassador } from './ambassadorship-lifecycle';
import { currentKeyMessage } from './key-messages';
import { parseInput } from './parse-input';
import { termEndInstant } from './term';

/**
 * The card's "get feedback along the way", with the privacy rules of the domain notes:
 * check-ins carry situations and themes (never named colleagues), leaders see only aggregates
 * from enough answers (`anonymityMinAnswers`) and free text only from more (`anonymityMinFreeText`),
 * never anything per person; raw text expires `retentionMonthsAfterTerm` after the term.
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
  /** Pseudonymous key (the caller hashes person + programme); never the user id. */
  authorKey: string;
  id: string;
  now: Date;
}

/** When a check-in's raw text must be gone: term end + the retention period, in the programme's zone. */
export function checkInExpiry(ambassadorship: Ambassadorship, programme: Programme): Date {
  return DateTime.fromJSDate(termEndInstant(ambassadorship.term, programme.timeZone), {
    zone: programme.timeZone,
  })
    .plus({ months: programme.settings.retentionMonthsAfterTerm })
    .toJSDate();
}

/**
 * An active ambassador's check-in (CHECK_IN_NOT_ALLOWED for candidates, former ambassadors or
 * another programme's ambassadorship). It records the key-message version it was written under.
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
  return {
    id: parseInput(idSchema, args.id),
    tenantId: programme.tenantId,
    programmeId: programme.id,
    type: 'checkIn',
    ambassadorshipId: amb.id,
    authorKey,
    ...input,
    situations: input.situations.map((s) => ({ ...s })),
    keyMessageVersion: currentKeyMessage(programme)?.version ?? null,
    submittedAt: now.toISOString(),
    expiresAt: checkInExpiry(amb, programme).toISOString(),
  };
}

export const decisionInputSchema = z.object({
  outcome: z.enum(DECISION_OUTCOMES),
  theme: z.string().trim().min(1).max(100),
  checkInIds: z.array(idSchema).min(1).max(500),
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
 * Leaders answer feedback: change course, keep course, or explain. Every linked check-in must
 * be one of this programme's (FEEDBACK_NOT_FOUND otherwise), so a decision cannot point at
 * another programme's — or another tenant's — feedback.
 */
export function recordDecision(args: RecordDecisionInput): Decision {
  const { board, now } = args;
  const { programme } = board;
  const input = parseInput(decisionInputSchema, args.input);
  const known = new Set(
    board.checkIns
      .filter((c) => c.programmeId === programme.id && c.tenantId === programme.tenantId)
      .map((c) => c.id),
  );
  const missing = input.checkInIds.filter((id) => !known.has(id));
  if (missing.length > 0) throw new DomainError('FEEDBACK_NOT_FOUND', { ids: missing.join(', ') });
  return {
    id: parseInput(idSchema, args.id),
    tenantId: programme.tenantId,
    programmeId: programme.id,
    type: 'decision',
    outcome: input.outcome,
    theme: input.theme,
    checkInIds: [...new Set(input.checkInIds)],
    explanation: input.explanation,
    by: parseInput(userRefSchema, args.by),
    at: now.toISOString(),
  };
}

/** Stands in for any aggregate computed from too few check-ins. */
export interface HiddenAggregate {
  hidden: true;
  reason: 'belowThreshold';
  minimum: number;
}
export type Gated<T> = T | HiddenAggregate;

export function isHidden<T>(value: Gated<T>): value is HiddenAggregate {
  return typeof value === 'object' && value !== null && (value as { hidden?: unknown }).hidden === true;
}

function gate<T>(count: number, minimum: number, compute: () => T): Gated<T> {
  return count >= minimum ? compute() : { hidden: true, reason: 'belowThreshold', minimum };
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
  /** Themes named in at least `minimumAnswers` check-ins; rarer themes only appear in free text. */
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

/** The leaders' view of the feedback: aggregates only, each hidden below its threshold. */
export function feedbackOverview(board: BoardData, now: Date): FeedbackOverview {
  const { programme } = board;
  const { anonymityMinAnswers: minAnswers, anonymityMinFreeText: minFreeText } = programme.settings;
  const tz = programme.timeZone;
  const checkIns = liveCheckIns(board, now);
  const total = checkIns.length;

  const byMonth = new Map<string, CheckIn[]>();
  for (const c of checkIns) {
    const month = localMonthOf(new Date(c.submittedAt), tz);
    byMonth.set(month, [...(byMonth.get(month) ?? []), c]);
  }
  // Every month from the programme's start to now is listed, so the list itself reveals nothing.
  const months: MonthOverview[] = [];
  let cursor = DateTime.fromISO(programme.startDate, { zone: tz }).startOf('month');
  const lastMonth = localMonthOf(now, tz);
  let previous: Gated<number> | null = null;
  while (cursor.toFormat('yyyy-MM') <= lastMonth && months.length < 120) {
    const month = cursor.toFormat('yyyy-MM');
    const inMonth = byMonth.get(month) ?? [];
    const avg = gate(inMonth.length, minAnswers, () => average(inMonth.map((c) => c.alignment)));
    let trend: Gated<number> | null = null;
    if (previous !== null) {
      trend =
        isHidden(avg) || isHidden(previous)
          ? { hidden: true, reason: 'belowThreshold', minimum: minAnswers }
          : Math.round((avg - previous) * 100) / 100;
    }
    months.push({
      month,
      checkIns: gate(inMonth.length, minAnswers, () => inMonth.length),
      alignmentAverage: avg,
      trend,
    });
    previous = avg;
    cursor = cursor.plus({ months: 1 });
  }

  const answeredThemes = new Set(
    board.decisions.filter((d) => d.programmeId === programme.id).map((d) => themeKey(d.theme)),
  );
  const themes = gate(total, minAnswers, () => {
    const counts = new Map<string, { theme: string; count: number }>();
    for (const c of checkIns) {
      const seen = new Set<string>();
      for (const s of c.situations) {
        const key = themeKey(s.theme);
        if (seen.has(key)) continue;
        seen.add(key);
        const entry = counts.get(key) ?? { theme: s.theme.trim(), count: 0 };
        counts.set(key, { ...entry, count: entry.count + 1 });
      }
    }
    return [...counts.entries()]
      .filter(([, v]) => v.count >= minAnswers)
      .map(([key, v]) => ({ theme: v.theme, count: v.count, answered: answeredThemes.has(key) }))
      .sort((a, b) => b.count - a.count || a.theme.localeCompare(b.theme));
  });

  return {
    minimumAnswers: minAnswers,
    minimumFreeText: minFreeText,
    checkIns: gate(total, minAnswers, () => total),
    alignmentAverage: gate(total, minAnswers, () => average(checkIns.map((c) => c.alignment))),
    months,
    themes,
    changeCourse: gate(total, minAnswers, () => ({
      yes: checkIns.filter((c) => c.changeCourse === 'yes').length,
      no: checkIns.filter((c) => c.changeCourse === 'no').length,
      unsure: checkIns.filter((c) => c.changeCourse === 'unsure').length,
    })),
    freeText: gate(total, minFreeText, () => ({
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
  by: UserRef;
  at: string;
}

/** "You said, we did": every decision with its theme and outcome, newest first (no check-in content). */
export function youSaidWeDid(board: BoardData): YouSaidWeDidEntry[] {
  return board.decisions
    .filter((d) => d.programmeId === board.programme.id)
    .map((d) => ({
      id: d.id,
      theme: d.theme,
      outcome: d.outcome,
      explanation: d.explanation,
      by: d.by,
      at: d.at,
    }))
    .sort((a, b) => b.at.localeCompare(a.at) || a.id.localeCompare(b.id));
}
