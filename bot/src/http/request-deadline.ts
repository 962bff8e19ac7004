import type { Request, Response } from 'restify';
import { DomainError } from '@ambassadors/shared';
import { requestLocale } from './caller';
import { sendError } from './http-errors';
import { hasBody } from './read-body';

/**
 * A body must have arrived completely within `bodyTimeoutMs` of the request, whether or not
 * anything reads it (an unauthenticated request's body is discarded, not read, but still holds
 * the connection). Past the deadline the caller gets 408 if nothing was answered yet, and the
 * connection is closed either way: a trickling body cannot hold a connection open.
 */
export function requestDeadline(bodyTimeoutMs: number) {
  return (req: Request, res: Response, next: () => void): void => {
    if (hasBody(req) && !req.complete) {
      const timer = setTimeout(() => {
        if (req.complete || req.socket.destroyed) return;
        if (res.headersSent) {
          req.socket.destroy();
          return;
        }
        res.setHeader('Connection', 'close');
        res.once('finish', () => req.socket.destroy());
        sendError(res, new DomainError('REQUEST_TIMEOUT'), requestLocale(req));
      }, bodyTimeoutMs);
      timer.unref();
      req.once('end', () => clearTimeout(timer));
    }
    next();
  };
}
