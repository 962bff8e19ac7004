import { z } from 'zod';
import type { CheckIn } from '../../model/check-in';
import type { Programme } from '../../model/programme';
import { ANONYMITY_FLOOR, programmeSettingsSchema, type ProgrammeSettings } from '../../model/settings';
import { parseInput } from '../parse-input';

/**
 * The one privacy gate over feedback: leaders see a figure only when enough different people
 * stand behind it (`anonymityMinAnswers`), free text only when more do (`anonymityMinFreeText`),
 * and never anything per person. Every threshold counts people (pseudonyms), not check-ins.
 */

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
