import type { Locale, LocalizedText } from '../i18n/locale';
import { fieldLabel } from './field-labels';

/**
 * What a validation failure keeps of zod's issue: where (the body path) and what kind of
 * problem, with its bound. Plain data, so a DomainError can carry it and render it later in
 * whichever language the caller speaks.
 */
export interface ValidationIssue {
  path: (string | number)[];
  code: string;
  origin?: string;
  format?: string;
  expected?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  /** The value was not given at all (zod says so only in its own message). */
  missing?: boolean;
}

/** One field at fault, for a form to mark: `message` reads under the field's own label. */
export interface FieldProblem {
  /** The request-body path, dot-separated ("tasks.0.title"): for forms, never for people. */
  path: string;
  /** The field's name as the form shows it ("Opgave 1 – Opgave"). */
  label: string;
  /** What is wrong, in the caller's language ("Skal udfyldes."). */
  message: string;
}

/** Everything zod can report, as a person reads it; `{min}`/`{max}` are the bound. */
export const VALIDATION_PROBLEMS = {
  required: { da: 'Skal udfyldes.', en: 'Must be filled in.' },
  textTooShort: { da: 'Skal være mindst {min} tegn.', en: 'Must be at least {min} characters.' },
  textTooLong: { da: 'Må højst være {max} tegn.', en: 'Can be at most {max} characters.' },
  numberTooSmall: { da: 'Skal være mindst {min}.', en: 'Must be at least {min}.' },
  numberTooBig: { da: 'Må højst være {max}.', en: 'Can be at most {max}.' },
  tooFewItems: { da: 'Skal have mindst {min}.', en: 'Needs at least {min}.' },
  tooManyItems: { da: 'Må højst have {max}.', en: 'Can have at most {max}.' },
  notANumber: { da: 'Skal være et tal.', en: 'Must be a number.' },
  notAWholeNumber: { da: 'Skal være et helt tal.', en: 'Must be a whole number.' },
  notAUrl: {
    da: 'Skal være en webadresse, der begynder med https://.',
    en: 'Must be a web address starting with https://.',
  },
  notADate: { da: 'Skal være en gyldig dato.', en: 'Must be a valid date.' },
  notADateTime: { da: 'Skal være en gyldig dato og tid.', en: 'Must be a valid date and time.' },
  notAnOption: { da: 'Vælg en af mulighederne.', en: 'Choose one of the options.' },
  unknownFields: { da: 'Indeholder felter, vi ikke kender.', en: 'Contains fields we do not know.' },
  invalid: { da: 'Er ikke gyldig.', en: 'Is not valid.' },
} as const satisfies Record<string, LocalizedText>;
export type ValidationProblem = keyof typeof VALIDATION_PROBLEMS;

/** Keeps the part of a zod issue the messages need (zod's own message stays out). */
export function toValidationIssue(zodIssue: { path: PropertyKey[]; code: string }): ValidationIssue {
  const issue = zodIssue as unknown as Record<string, unknown> & { path: PropertyKey[]; code: string };
  const kept: ValidationIssue = {
    path: issue.path.filter((s): s is string | number => typeof s !== 'symbol'),
    code: issue.code,
  };
  for (const key of ['origin', 'format', 'expected'] as const) {
    if (typeof issue[key] === 'string') kept[key] = issue[key];
  }
  if (issue.code === 'invalid_type' && /received undefined/.test(String(issue.message))) kept.missing = true;
  for (const key of ['minimum', 'maximum'] as const) {
    const value = issue[key];
    if (typeof value === 'number' || typeof value === 'bigint') kept[key] = value;
  }
  return kept;
}

/** Which person-readable problem a zod issue is. */
export function problemOf(issue: ValidationIssue): ValidationProblem {
  const min = Number(issue.minimum);
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') return min <= 1 ? 'required' : 'textTooShort';
      if (issue.origin === 'array' || issue.origin === 'set') return 'tooFewItems';
      return 'numberTooSmall';
    case 'too_big':
      if (issue.origin === 'string') return 'textTooLong';
      if (issue.origin === 'array' || issue.origin === 'set') return 'tooManyItems';
      return 'numberTooBig';
    case 'invalid_type':
      if (issue.missing) return 'required';
      if (issue.expected === 'int') return 'notAWholeNumber';
      return issue.expected === 'number' ? 'notANumber' : 'required';
    case 'invalid_format':
      if (issue.format === 'url') return 'notAUrl';
      if (issue.format === 'date') return 'notADate';
      if (issue.format === 'datetime') return 'notADateTime';
      return 'invalid';
    case 'invalid_value':
    case 'invalid_union':
      return 'notAnOption';
    case 'not_multiple_of':
      return 'notAWholeNumber';
    case 'unrecognized_keys':
      return 'unknownFields';
    default:
      return 'invalid';
  }
}

/**
 * The one translation of validation issues for people: per field its form label and what is
 * wrong, in the caller's language. REST bodies, bot cards and the tab's forms all use it.
 */
export function fieldProblems(issues: readonly ValidationIssue[], locale: Locale): FieldProblem[] {
  return issues.map((issue) => {
    const template: string = VALIDATION_PROBLEMS[problemOf(issue)][locale];
    return {
      path: issue.path.join('.'),
      label: fieldLabel(issue.path, locale),
      message: template
        .replace('{min}', String(issue.minimum ?? ''))
        .replace('{max}', String(issue.maximum ?? '')),
    };
  });
}

/** "Opgave 1 – Opgave: skal udfyldes; …" — the summary line that names each field. */
export function fieldProblemSummary(problems: readonly FieldProblem[]): string {
  return problems
    .slice(0, 5)
    .map((p) => `${p.label}: ${p.message.charAt(0).toLowerCase()}${p.message.slice(1).replace(/\.$/, '')}`)
    .join('; ');
}
