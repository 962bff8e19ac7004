import { DomainError, isDomainError } from '@ambassadors/shared';

/** The HTTP status of an @azure/cosmos error, or 0 when the store did not answer at all. */
export function cosmosStatusOf(error: unknown): number {
  if (error && typeof error === 'object') {
    const { code, statusCode } = error as { code?: unknown; statusCode?: unknown };
    if (typeof code === 'number') return code;
    if (typeof statusCode === 'number') return statusCode;
  }
  return 0;
}

/**
 * Translates an SDK failure into the port's vocabulary, so callers never see Cosmos types:
 * 404 → NOT_FOUND, 409 → ALREADY_EXISTS, 412 → CONFLICT (an ETag mismatch: someone else wrote
 * first), 400 → INTERNAL (a malformed request is our bug, not the user's), anything else —
 * no answer, timeouts, 5xx, throttling that outlasted the SDK's retries, rejected credentials —
 * STORE_UNAVAILABLE. The original error stays attached as `cause` for logs.
 */
export function toStoreError(error: unknown): DomainError {
  if (isDomainError(error)) return error;
  const status = cosmosStatusOf(error);
  switch (status) {
    case 404:
      return new DomainError('NOT_FOUND', {}, { cause: error });
    case 409:
      return new DomainError('ALREADY_EXISTS', {}, { cause: error });
    case 412:
      return new DomainError('CONFLICT', {}, { cause: error });
    case 400:
      return new DomainError('INTERNAL', {}, { cause: error });
    default:
      return new DomainError('STORE_UNAVAILABLE', {}, { cause: error });
  }
}
