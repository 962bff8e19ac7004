/**
 * An API failure as the tab sees it: the server's catalogue `code` and its message (already in
 * the caller's language), plus the HTTP status. Network failures get `code: 'NETWORK'`.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  /** The field a bad value was sent in (e.g. `settings.hoursPerMonth`), so a form can show it there. */
  readonly field: string | undefined;

  constructor(status: number, code: string, message: string, field?: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.field = field;
  }

  /** Someone else saved first (ETag mismatch): the UI keeps the user's input and says so. */
  get isConflict(): boolean {
    return this.status === 409 && this.code === 'CONFLICT';
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
