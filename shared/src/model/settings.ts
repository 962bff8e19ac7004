import { z } from 'zod';

/**
 * Programme settings with the defaults practitioners report (../shared/domain-notes.md).
 * They are settings, not hard rules: a leader can change them within the ranges below.
 */
export const workingHoursSchema = z
  .object({
    /** Local time "HH:mm" in the programme's time zone. */
    start: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
    end: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
    /** ISO weekdays, 1 = Monday … 7 = Sunday. */
    days: z.array(z.number().int().min(1).max(7)).min(1).max(7),
  })
  .refine((w) => w.start < w.end, 'working hours must end after they start');
export type WorkingHours = z.infer<typeof workingHoursSchema>;

/** The lowest anonymity thresholds any programme may have (people, not check-ins). */
export const ANONYMITY_FLOOR = { answers: 5, freeText: 10 } as const;

export const programmeSettingsSchema = z.object({
  /** The card's "limit the period": default term length. */
  termMonthsDefault: z.number().int().min(1).max(36).default(12),
  /** The longest term a leader may set. */
  termMonthsMax: z.number().int().min(1).max(36).default(18),
  /** The shortest term a posting may advertise (a posting promises a real period, not a trial). */
  termMonthsMin: z.number().int().min(1).max(36).default(6),
  /**
   * A break shorter than this many months does not end a period: consecutive terms of one person
   * in one programme count together against `termMonthsMax`, so a chain of terms cannot keep
   * someone in the role past the limit.
   */
  termGapMonths: z.number().int().min(1).max(36).default(6),
  /** Expected time per ambassador. */
  hoursPerMonth: z.number().min(0).max(80).default(3),
  /** Check-in requests: at most this often. */
  checkInIntervalDays: z.number().int().min(7).max(90).default(14),
  /** Nudges to one person: at most one per this many days (except meeting reminders). */
  nudgeIntervalDays: z.number().int().min(1).max(30).default(7),
  workingHours: workingHoursSchema.default({ start: '09:00', end: '16:00', days: [1, 2, 3, 4, 5] }),
  /**
   * Aggregates shown to leaders only when this many different people stand behind them. Leaders
   * may raise it, never lower it below the floor the works-council pages promise.
   */
  anonymityMinAnswers: z
    .number()
    .int()
    .min(
      ANONYMITY_FLOOR.answers,
      `must be at least ${ANONYMITY_FLOOR.answers} (it may be raised, never lowered)`,
    )
    .max(100)
    .default(ANONYMITY_FLOOR.answers),
  /** Free-text lists shown to leaders only from this many different people (same rule, higher floor). */
  anonymityMinFreeText: z
    .number()
    .int()
    .min(
      ANONYMITY_FLOOR.freeText,
      `must be at least ${ANONYMITY_FLOOR.freeText} (it may be raised, never lowered)`,
    )
    .max(100)
    .default(ANONYMITY_FLOOR.freeText),
  /**
   * ISO 3166-1 alpha-2 country whose public holidays are days off: due dates, suggested meeting
   * days and nudges avoid them (date-holidays' tables).
   */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .default('DK'),
  /**
   * An application needs a real motivation: at least this many characters (after trimming), so
   * the leaders can choose on more than a name.
   */
  applicationMotivationMinChars: z.number().int().min(10).max(1000).default(40),
  /** Raw check-in text is kept this long after the ambassador's term ends. */
  retentionMonthsAfterTerm: z.number().int().min(1).max(36).default(12),
});
export type ProgrammeSettings = z.infer<typeof programmeSettingsSchema>;

export const DEFAULT_SETTINGS: ProgrammeSettings = programmeSettingsSchema.parse({});
