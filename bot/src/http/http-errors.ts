import { ZodError } from 'zod';
import { DomainError, errorMessage, validationFailed, type Locale } from '@ambassadors/shared';
import type { Logger } from '../runtime/logger';

export interface ErrorResponder {
  status(code: number): unknown;
  send(code: number, body: unknown): unknown;
  header?(name: string, value: string): unknown;
}

/** Converts any zod error into the catalogue's VALIDATION_FAILED, naming fields as the forms do. */
export function validationError(error: ZodError): DomainError {
  return validationFailed(error);
}

/**
 * The single place errors become HTTP responses: `{ code, message }` in the caller's language.
 * Unknown errors are logged with their stack and answered with INTERNAL, never with details.
 */
export function sendError(res: ErrorResponder, error: unknown, locale: Locale, logger?: Logger): void {
  const domainError =
    error instanceof DomainError ? error : error instanceof ZodError ? validationError(error) : undefined;
  if (domainError) {
    if (domainError.status >= 500)
      logger?.warn({ code: domainError.code, err: domainError.cause }, 'request failed');
    const body: Record<string, unknown> = domainError.toBody(locale);
    const reason = domainError.params.reason;
    // A machine-readable reason (e.g. why a token was refused) next to the human message.
    if (typeof reason === 'string') body.reason = reason;
    // The field a bad value was sent in, so a form can show the message on that field.
    const field = domainError.params.field;
    if (typeof field === 'string') body.field = field;
    const retryAfter = domainError.params.retryAfter;
    if (typeof retryAfter === 'number' && res.header) res.header('Retry-After', String(retryAfter));
    if (domainError.status === 401 && res.header) {
      const kind = domainError.code === 'UNAUTHENTICATED' ? '' : ', error="invalid_token"';
      const description = typeof reason === 'string' ? `, error_description="${reason}"` : '';
      res.header('WWW-Authenticate', `Bearer realm="ambassadors"${kind}${description}`);
    }
    res.send(domainError.status, body);
    return;
  }
  logger?.error({ err: error }, 'unexpected error');
  res.send(500, { code: 'INTERNAL', message: errorMessage('INTERNAL', locale) });
}
