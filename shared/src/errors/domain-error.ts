import type { Locale } from '../i18n/locale';
import { errorMessage, errorStatus, type ErrorCode, type ErrorParams } from './error-codes';

/**
 * The only error type the domain throws. It carries a catalogue code, not a message, so each
 * adapter can render it in the caller's language (API body, bot card, tab banner).
 */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly params: ErrorParams;

  constructor(code: ErrorCode, params: ErrorParams = {}, options?: { cause?: unknown }) {
    super(errorMessage(code, 'en', params), options);
    this.name = 'DomainError';
    this.code = code;
    this.params = params;
  }

  get status(): number {
    return errorStatus(this.code);
  }

  toBody(locale: Locale): { code: ErrorCode; message: string } {
    return { code: this.code, message: errorMessage(this.code, locale, this.params) };
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
