import type { Term } from '../model/ambassadorship';
import type { AgreementTerms } from '../model/programme';
import type { ProgrammeSettings } from '../model/settings';
import type { LocalizedText } from '../i18n/locale';
import { DomainError } from '../errors/domain-error';
import { SETTING_BOUNDS } from './setting-bounds';
import { termEndFor } from './term';

/**
 * Before proposing, a leader may adjust one ambassador's agreement: hours per month, the term in
 * months and the tasks. The bounds are the programme's own: hours within the bounds the
 * `hoursPerMonth` setting itself has, the term between the programme's shortest and longest
 * term (the same `termMonthsMin`/`termMonthsMax` a posting and the settings page keep), and at
 * least one task, at most the agreement's 30. The route checks here and the tab's dialog reads
 * its hints from here, so the two can never disagree.
 */
export interface AgreementAdjustmentBounds {
  hoursPerMonth: { min: number; max: number };
  termMonths: { min: number; max: number };
  tasks: { min: number; max: number };
}

/** The most tasks one agreement holds (the agreement's own list limit). */
const MAX_TASKS = 30;

/** The bounds of an adjustment in a programme with these settings. */
export function agreementAdjustmentBounds(
  settings: Pick<ProgrammeSettings, 'termMonthsMin' | 'termMonthsMax'>,
): AgreementAdjustmentBounds {
  const hours = SETTING_BOUNDS.hoursPerMonth ?? { min: 0, max: 80 };
  return {
    hoursPerMonth: { min: hours.min, max: hours.max },
    termMonths: {
      min: Math.min(settings.termMonthsMin, settings.termMonthsMax),
      max: settings.termMonthsMax,
    },
    tasks: { min: 1, max: MAX_TASKS },
  };
}

/** A field of the proposal as the API names it, with its name in both languages. */
export const AGREEMENT_ADJUSTMENT_FIELDS = {
  hoursPerMonth: { path: 'terms.hoursPerMonth', label: { da: 'Timer om måneden', en: 'Hours a month' } },
  termMonths: { path: 'termMonths', label: { da: 'Periode (måneder)', en: 'Term (months)' } },
  tasks: { path: 'terms.responsibilities', label: { da: 'Opgaver', en: 'Tasks' } },
} as const satisfies Record<keyof AgreementAdjustmentBounds, { path: string; label: LocalizedText }>;

function outOfBounds(key: keyof AgreementAdjustmentBounds, bounds: { min: number; max: number }) {
  const field = AGREEMENT_ADJUSTMENT_FIELDS[key];
  return new DomainError('AGREEMENT_ADJUSTMENT_OUT_OF_RANGE', {
    field: field.path,
    label: field.label,
    min: bounds.min,
    max: bounds.max,
  });
}

/** What a proposal carries: the agreement's terms, its term and, when the leader set one, its length. */
export interface AgreementProposal {
  terms: AgreementTerms;
  term: Term;
  /** The term's length in whole months; the term then ends that many months after its start. */
  termMonths?: number;
}

/**
 * The proposal as it will be stored, or AGREEMENT_ADJUSTMENT_OUT_OF_RANGE naming the first field
 * outside the programme's bounds (hours, then the term's months, then the tasks). A term given
 * in months runs from the proposal's start for that many months; a term given only as dates is
 * left to the term checks every term passes (`checkTerm`).
 */
export function checkAgreementAdjustment(
  proposal: AgreementProposal,
  settings: Pick<ProgrammeSettings, 'termMonthsMin' | 'termMonthsMax'>,
): { terms: AgreementTerms; term: Term } {
  const bounds = agreementAdjustmentBounds(settings);
  const within = (value: number, b: { min: number; max: number }) =>
    Number.isFinite(value) && value >= b.min && value <= b.max;
  if (!within(proposal.terms.hoursPerMonth, bounds.hoursPerMonth))
    throw outOfBounds('hoursPerMonth', bounds.hoursPerMonth);
  if (
    proposal.termMonths !== undefined &&
    !(Number.isInteger(proposal.termMonths) && within(proposal.termMonths, bounds.termMonths))
  )
    throw outOfBounds('termMonths', bounds.termMonths);
  if (!within(proposal.terms.responsibilities.length, bounds.tasks)) throw outOfBounds('tasks', bounds.tasks);
  const term =
    proposal.termMonths === undefined
      ? { ...proposal.term }
      : { start: proposal.term.start, end: termEndFor(proposal.term.start, proposal.termMonths) };
  return { terms: proposal.terms, term };
}
