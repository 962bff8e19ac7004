import Holidays from 'date-holidays';
import { z } from 'zod';
import { DomainError } from '../errors/domain-error';
import type { ErrorParams } from '../errors/error-codes';
import type { LocalizedText } from '../i18n/locale';
import {
  isoDateSchema,
  localeSchema,
  longTextSchema,
  shortTextSchema,
  timeZoneSchema,
  type UserRef,
} from '../model/common';
import type { Programme, SettingsHistoryEntry } from '../model/programme';
import { programmeSettingsSchema, workingHoursSchema, type ProgrammeSettings } from '../model/settings';
import { SETTING_BOUNDS } from './setting-bounds';

export { SETTING_BOUNDS } from './setting-bounds';

/**
 * What a leader may change about a programme after creating it. Every bound comes from the one
 * settings schema (model/settings.ts) and the programme schema, so the API, the creation form
 * and the tab's hints can never disagree about a range. The anonymity thresholds cannot go
 * below 5 answers and 10 free texts: those are the schema's minimums, so a leader can only ever
 * raise them above the privacy floor, never lower them under it.
 */
type SettingKey = keyof ProgrammeSettings;

/** The settings without their defaults: a change names only what it changes. */
const settingsChangeShape = Object.fromEntries(
  Object.entries(programmeSettingsSchema.shape).map(([key, schema]) => [key, schema.unwrap().optional()]),
) as { [K in SettingKey]: z.ZodOptional<ReturnType<(typeof programmeSettingsSchema.shape)[K]['unwrap']>> };

export const programmeSettingsChangeSchema = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  purpose: longTextSchema.optional(),
  targetGroup: shortTextSchema.optional(),
  locale: localeSchema.optional(),
  timeZone: timeZoneSchema.optional(),
  startDate: isoDateSchema.optional(),
  endDate: isoDateSchema.nullable().optional(),
  settings: z.strictObject(settingsChangeShape).optional(),
});
export type ProgrammeSettingsChange = z.infer<typeof programmeSettingsChangeSchema>;

type TopKey = Exclude<keyof ProgrammeSettingsChange, 'settings'>;
/** A field as the API names it: a programme field or `settings.<key>`. */
export type SettingsField = TopKey | `settings.${SettingKey}`;

/** The name of every field in both languages, for messages that say which field is wrong. */
export const SETTINGS_FIELD_LABELS: Readonly<Record<SettingsField, LocalizedText>> = {
  name: { da: 'Navn', en: 'Name' },
  purpose: { da: 'Formål', en: 'Purpose' },
  targetGroup: { da: 'Målgruppe', en: 'Target group' },
  locale: { da: 'Sprog', en: 'Language' },
  timeZone: { da: 'Tidszone', en: 'Time zone' },
  startDate: { da: 'Startdato', en: 'Start date' },
  endDate: { da: 'Planlagt slutdato', en: 'Planned end date' },
  'settings.termMonthsDefault': { da: 'Standardperiode (måneder)', en: 'Default term (months)' },
  'settings.termMonthsMin': { da: 'Korteste periode (måneder)', en: 'Shortest term (months)' },
  'settings.termMonthsMax': { da: 'Længste periode (måneder)', en: 'Longest term (months)' },
  'settings.termGapMonths': {
    da: 'Pause før en ny periode (måneder)',
    en: 'Break before a new term (months)',
  },
  'settings.hoursPerMonth': { da: 'Timer pr. måned', en: 'Hours per month' },
  'settings.checkInIntervalDays': { da: 'Dage mellem check-ins', en: 'Days between check-ins' },
  'settings.nudgeIntervalDays': { da: 'Dage mellem påmindelser', en: 'Days between nudges' },
  'settings.workingHours': { da: 'Arbejdstid', en: 'Working hours' },
  'settings.anonymityMinAnswers': {
    da: 'Mindste antal svar før tal vises',
    en: 'Fewest answers before figures show',
  },
  'settings.anonymityMinFreeText': {
    da: 'Mindste antal svar før fritekst vises',
    en: 'Fewest answers before free text shows',
  },
  'settings.applicationMotivationMinChars': {
    da: 'Mindste længde på en motivation (tegn)',
    en: 'Shortest motivation (characters)',
  },
  'settings.country': { da: 'Land (helligdage)', en: 'Country (public holidays)' },
  'settings.retentionMonthsAfterTerm': {
    da: 'Opbevaring efter perioden (måneder)',
    en: 'Kept after the term (months)',
  },
};

const HINTS: Partial<Record<string, LocalizedText>> = {
  timeZone: {
    da: 'Brug et IANA-navn som Europe/Copenhagen.',
    en: 'Use an IANA name such as Europe/Copenhagen.',
  },
  'settings.country': {
    da: 'Brug en landekode på to bogstaver som DK.',
    en: 'Use a two-letter country code such as DK.',
  },
  'settings.workingHours': {
    da: 'Angiv start og slut som TT:MM (slut efter start) og mindst én ugedag.',
    en: 'Give start and end as HH:MM (end after start) and at least one weekday.',
  },
  purpose: { da: 'Højst 4000 tegn.', en: 'At most 4000 characters.' },
  targetGroup: { da: 'Højst 200 tegn.', en: 'At most 200 characters.' },
  locale: { da: 'Vælg dansk (da) eller engelsk (en).', en: 'Choose Danish (da) or English (en).' },
  startDate: { da: 'Brug formatet ÅÅÅÅ-MM-DD.', en: 'Use the format YYYY-MM-DD.' },
  endDate: { da: 'Brug formatet ÅÅÅÅ-MM-DD.', en: 'Use the format YYYY-MM-DD.' },
};

const NO_HINT: LocalizedText = { da: '', en: '' };

function labelOf(field: string): LocalizedText {
  return SETTINGS_FIELD_LABELS[field as SettingsField] ?? { da: field, en: field };
}

/** The error of one field, with the field's key (for the form) and its name in both languages. */
function fieldError(code: ConstructorParameters<typeof DomainError>[0], field: string, params: ErrorParams) {
  return new DomainError(code, { field, label: labelOf(field), ...params });
}

/** A rejected change as the first field it got wrong, in words the leader can act on. */
function toFieldError(error: z.ZodError): DomainError {
  const issue = error.issues[0]!;
  // Working hours are one field in the form, whichever of its parts is wrong.
  const path = issue.path.map(String);
  const field = path[0] === 'settings' && path[1] ? `settings.${path[1]}` : (path[0] ?? '(body)');
  const bounds = SETTING_BOUNDS[field.replace(/^settings\./, '') as SettingKey];
  if (bounds && (issue.code === 'too_small' || issue.code === 'too_big' || issue.code === 'invalid_type'))
    return fieldError('SETTING_OUT_OF_RANGE', field, bounds);
  if (field === 'name' && (issue.code === 'too_small' || issue.code === 'too_big'))
    return fieldError('SETTING_OUT_OF_RANGE', field, { min: 1, max: 200 });
  return fieldError('SETTING_INVALID', field, { hint: HINTS[field] ?? NO_HINT });
}

/** Parses a change at the boundary; a bad value is a DomainError naming the field. */
export function parseProgrammeSettingsChange(body: unknown): ProgrammeSettingsChange {
  const parsed = programmeSettingsChangeSchema.safeParse(body ?? {});
  if (!parsed.success) throw toFieldError(parsed.error);
  return parsed.data;
}

let knownCountries: ReadonlySet<string> | null = null;

/** Countries whose public holidays date-holidays knows (the calendar can only keep those). */
function isKnownCountry(country: string): boolean {
  knownCountries ??= new Set(Object.keys(new Holidays().getCountries()));
  return knownCountries.has(country);
}

/**
 * The checks that span fields, on the programme as it would be after the change: shortest ≤
 * default ≤ longest term, the end after the start, a country the holiday tables know. The field
 * named is one the change touched, so the form can show the error where the leader typed.
 */
export function assertProgrammeSettingsConsistent(next: Programme, change: ProgrammeSettingsChange): void {
  const s = next.settings;
  if (!(s.termMonthsMin <= s.termMonthsDefault && s.termMonthsDefault <= s.termMonthsMax)) {
    const touched = (['termMonthsDefault', 'termMonthsMin', 'termMonthsMax'] as const).find(
      (key) => change.settings?.[key] !== undefined,
    );
    throw fieldError('SETTING_TERM_ORDER', `settings.${touched ?? 'termMonthsDefault'}`, {
      min: s.termMonthsMin,
      default: s.termMonthsDefault,
      max: s.termMonthsMax,
    });
  }
  if (next.endDate !== null && next.endDate <= next.startDate)
    throw fieldError('PROGRAMME_DATES_INVALID', change.endDate !== undefined ? 'endDate' : 'startDate', {
      start: next.startDate,
    });
  if (!isKnownCountry(s.country))
    throw fieldError('SETTING_INVALID', 'settings.country', { hint: HINTS['settings.country']! });
  if (!workingHoursSchema.safeParse(s.workingHours).success)
    throw fieldError('SETTING_INVALID', 'settings.workingHours', { hint: HINTS['settings.workingHours']! });
}

/** How many changes the history keeps: the oldest go first, so the document stays small. */
export const SETTINGS_HISTORY_LIMIT = 200;

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Appends one history entry (if anything changed), dropping the oldest beyond the limit. */
export function withHistory(
  programme: Programme,
  changes: SettingsHistoryEntry['changes'],
  by: UserRef,
  now: Date,
): Programme {
  if (changes.length === 0) return programme;
  const entry: SettingsHistoryEntry = { changes, by, at: now.toISOString() };
  return {
    ...programme,
    settingsHistory: [...programme.settingsHistory, entry].slice(-SETTINGS_HISTORY_LIMIT),
    updatedAt: now.toISOString(),
  };
}

/**
 * The programme with a leader's change applied: validated field by field and across fields,
 * and recorded in the history as who changed which field from what to what, and when. A change
 * that changes nothing leaves the programme (and its history) as it was. Working days are kept
 * sorted and unique, so the same days never read as a change.
 */
export function applyProgrammeSettings(
  programme: Programme,
  change: ProgrammeSettingsChange,
  by: UserRef,
  now: Date,
): Programme {
  const { settings: settingsChange, ...top } = change;
  const cleanSettings = Object.fromEntries(
    Object.entries(settingsChange ?? {}).filter(([, value]) => value !== undefined),
  ) as Partial<ProgrammeSettings>;
  if (cleanSettings.workingHours)
    cleanSettings.workingHours = {
      ...cleanSettings.workingHours,
      days: [...new Set(cleanSettings.workingHours.days)].sort((a, b) => a - b),
    };
  const cleanTop = Object.fromEntries(Object.entries(top).filter(([, value]) => value !== undefined));
  const next: Programme = {
    ...programme,
    ...cleanTop,
    settings: { ...programme.settings, ...cleanSettings },
  };
  assertProgrammeSettingsConsistent(next, change);
  const changes: SettingsHistoryEntry['changes'] = [];
  for (const key of Object.keys(cleanTop) as TopKey[])
    if (!same(programme[key], next[key])) changes.push({ field: key, from: programme[key], to: next[key] });
  for (const key of Object.keys(cleanSettings) as SettingKey[])
    if (!same(programme.settings[key], next.settings[key]))
      changes.push({ field: `settings.${key}`, from: programme.settings[key], to: next.settings[key] });
  return changes.length === 0 ? programme : withHistory(next, changes, by, now);
}
