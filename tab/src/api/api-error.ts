/**
 * An API failure as the tab sees it: the server's catalogue `code` and its message (already in
 * the caller's language), plus the HTTP status. Network failures get `code: 'NETWORK'`.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;

  constructor(status: number, code: string, message: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
  }

  /** Someone else saved first (ETag mismatch): the UI keeps the user's input and says so. */
  get isConflict(): boolean {
    return this.status === 409 && this.code === 'CONFLICT';
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
