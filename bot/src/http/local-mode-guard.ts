import type { Request, Response } from 'restify';
import { DomainError } from '@ambassadors/shared';
import { requestLocale } from './caller';
import { sendError } from './http-errors';
import { hasBody, isJson } from './read-body';

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

/** True for `localhost`, `127.0.0.1` or `[::1]` with exactly the port this server answers on. */
function isOwnLoopback(hostname: string, port: string, ownPort: string): boolean {
  return LOOPBACK_NAMES.has(hostname.toLowerCase()) && port === ownPort;
}

function hostParts(host: string): { hostname: string; port: string } | undefined {
  const match = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(host.trim());
  return match ? { hostname: match[1]!, port: match[2] ?? '80' } : undefined;
}

/**
 * Local mode has no sign-in, so the browser is the only thing between a web page and the data.
 * Three rules keep every other page out:
 * - `Host` must be a loopback name with this server's port: a rebound DNS name (a page's own
 *   domain pointed at 127.0.0.1) is answered 421, so the page can never read an answer;
 * - an `Origin`, when the browser sends one, must be this app's own (403 otherwise); tools such
 *   as the Agents Playground call server to server and send none;
 * - a body must be `application/json` (415 otherwise): the types a page may post without asking
 *   (forms, multipart, text/plain) are refused before anything reads them.
 */
export function localModeGuard() {
  return (req: Request, res: Response, next: (error?: unknown) => void): void => {
    const ownPort = String(req.socket.localPort ?? '');
    const refuse = (error: DomainError) => {
      sendError(res, error, requestLocale(req));
      next(false);
    };
    const host = hostParts(req.headers.host ?? '');
    if (!host || !isOwnLoopback(host.hostname, host.port, ownPort)) {
      return refuse(new DomainError('MISDIRECTED_REQUEST', { expected: `http://localhost:${ownPort}` }));
    }
    const origin = req.headers.origin;
    if (origin !== undefined) {
      const parsed = URL.canParse(origin) ? new URL(origin) : undefined;
      const ownOrigin =
        parsed?.protocol === 'http:' && isOwnLoopback(parsed.hostname, parsed.port || '80', ownPort);
      if (!ownOrigin) return refuse(new DomainError('ORIGIN_NOT_ALLOWED'));
    }
    if (hasBody(req) && !isJson(req)) return refuse(new DomainError('UNSUPPORTED_MEDIA_TYPE'));
    next();
  };
}
