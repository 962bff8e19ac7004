import type { Request, Response } from 'restify';
import { DomainError } from '@ambassadors/shared';
import { headerValue, requestLocale } from './caller';
import { sendError } from './http-errors';
import { readJsonBody } from './read-body';
import type { ServerDeps } from './server-deps';

/**
 * The bot endpoint's body, read before the Bot Framework adapter (which wants it parsed) with
 * the same cap as the API. With a bot identity configured, a request without a bearer token is
 * refused before a byte of its body is read; the adapter then verifies the token itself.
 */
export function botEndpointBody(deps: ServerDeps) {
  return (req: Request, res: Response, next: (error?: unknown) => void): void => {
    const locale = requestLocale(req);
    const read = async () => {
      if (deps.config.bot && !/^Bearer\s+\S/i.test(headerValue(req, 'authorization') ?? ''))
        throw new DomainError('UNAUTHENTICATED');
      req.body = await readJsonBody(req, deps.config.limits.bodyLimitBytes);
    };
    read().then(
      () => next(),
      (error: unknown) => {
        if (!res.headersSent) sendError(res, error, locale, deps.logger);
        next(false);
      },
    );
  };
}
