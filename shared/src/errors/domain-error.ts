import type { Locale, LocalizedText } from '../i18n/locale';
import { errorMessage, errorStatus, type ErrorCode, type ErrorParams } from './error-codes';
import {
  fieldProblems,
  fieldProblemSummary,
  toValidationIssue,
  type FieldProblem,
  type ValidationIssue,
} from './validation-messages';

/**
 * The only error type the domain throws. It carries a catalogue code, not a message, so each
 * adapter can render it in the caller's language (API body, bot card, tab banner).
 */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly params: ErrorParams;
  /** Validation failures only: which fields are at fault, rendered per language on demand. */
  readonly issues: readonly ValidationIssue[];

  constructor(
    code: ErrorCode,
    params: ErrorParams = {},
    options?: { cause?: unknown; issues?: readonly ValidationIssue[] },
  ) {
    super(errorMessage(code, 'en', withIssueDetails(params, options?.issues ?? [], 'en')), options);
    this.name = 'DomainError';
    this.code = code;
    this.params = params;
    this.issues = options?.issues ?? [];
  }

  get status(): number {
    return errorStatus(this.code);
  }

  /** The message for a person in their language (fields named as the forms label them). */
  messageIn(locale: Locale): string {
    return errorMessage(this.code, locale, withIssueDetails(this.params, this.issues, locale));
  }

  /** The fields at fault, for a form to mark, in the caller's language. */
  fieldsIn(locale: Locale): FieldProblem[] {
    return fieldProblems(this.issues, locale);
  }

  toBody(locale: Locale): { code: ErrorCode; message: string; fields?: FieldProblem[] } {
    const body: { code: ErrorCode; message: string; fields?: FieldProblem[] } = {
      code: this.code,
      message: this.messageIn(locale),
    };
    if (this.issues.length > 0) body.fields = this.fieldsIn(locale);
    return body;
  }
}

function withIssueDetails(
  params: ErrorParams,
  issues: readonly ValidationIssue[],
  locale: Locale,
): ErrorParams {
  return issues.length > 0
    ? { ...params, details: fieldProblemSummary(fieldProblems(issues, locale)) }
    : params;
}

/**
 * The one way a zod failure becomes an error for people: VALIDATION_FAILED with its issues, so
 * every adapter shows the form's field names in the caller's language and never a schema path.
 */
export function validationFailed(error: {
  issues: readonly { path: PropertyKey[]; code: string }[];
}): DomainError {
  return new DomainError(
    'VALIDATION_FAILED',
    {},
    { cause: error, issues: error.issues.map(toValidationIssue) },
  );
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}

/**
 * VALIDATION_FAILED for a check that is not a zod schema (a body that is not JSON, a posting that
 * is not there to publish): the reason is written for a person in both languages, so a Danish
 * caller never reads an English developer sentence after "Oplysningerne er ikke gyldige:".
 */
export function invalidInput(reason: LocalizedText): DomainError {
  return new DomainError('VALIDATION_FAILED', { details: reason });
}
