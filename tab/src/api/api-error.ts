import type { FieldProblem } from '@ambassadors/shared/errors/validation-messages';

/**
 * An API failure as the tab sees it: the server's catalogue `code` and its message (already in
 * the caller's language), plus the HTTP status. Network failures get `code: 'NETWORK'`.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  /** Validation failures: the fields at fault (body path, form label, what is wrong). */
  readonly fields: readonly FieldProblem[];

  /** The field a bad value was sent in (e.g. `settings.hoursPerMonth`), so a form can show it there. */
  readonly field: string | undefined;

  constructor(
    status: number,
    code: string,
    message: string,
    fields: readonly FieldProblem[] = [],
    field?: string,
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
    this.field = field ?? fields[0]?.path;
  }

  /** Someone else saved first (ETag mismatch): the UI keeps the user's input and says so. */
  get isConflict(): boolean {
    return this.status === 409 && this.code === 'CONFLICT';
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** The server's `fields` list, kept only where it has the expected shape. */
export function parseFieldProblems(value: unknown): FieldProblem[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (f): f is FieldProblem =>
      typeof f === 'object' &&
      f !== null &&
      typeof (f as FieldProblem).path === 'string' &&
      typeof (f as FieldProblem).label === 'string' &&
      typeof (f as FieldProblem).message === 'string',
  );
}
