import pino, { type Logger } from 'pino';
import { runtimeSettings } from './app-config';

export type { Logger };

/**
 * Structured logs. Only ids go into logs (tenant, user object id, programme id) — never names,
 * free text or tokens: the redaction list is the last line of defence, not the first.
 */
export function createLogger(options: { level?: string; destination?: pino.DestinationStream } = {}): Logger {
  return pino(
    {
      level: options.level ?? runtimeSettings.shape.LOG_LEVEL.parse(process.env.LOG_LEVEL),
      base: { service: 'ambassadors' },
      redact: {
        paths: [
          'req.headers.authorization',
          'headers.authorization',
          '*.displayName',
          '*.motivation',
          '*.text',
        ],
        censor: '[redacted]',
      },
    },
    options.destination,
  );
}
