import type { Request, Response } from 'restify';
import type { Locale, TenantContext } from '@ambassadors/shared';
import { requestLocale, toTenantContext, type CallerIdentity } from './caller';
import type { ServerDeps } from './server-deps';
import { sendError } from './http-errors';

export interface RouteScope {
  req: Request;
  caller: CallerIdentity;
  ctx: TenantContext;
  locale: Locale;
}

export interface RouteResult {
  status: number;
  body?: unknown;
  /** Sent as the ETag header, so clients can send it back in If-Match. */
  etag?: string;
  headers?: Record<string, string>;
}

/**
 * Wraps an API handler: authenticates the caller (tenant and user only from the verified token),
 * resolves the language, and turns every thrown error into the catalogue's `{ code, message }`.
 * Handlers stay plain async functions from scope to result — easy to read and to test.
 */
export function authenticatedRoute(deps: ServerDeps, handler: (scope: RouteScope) => Promise<RouteResult>) {
  return async (req: Request, res: Response): Promise<void> => {
    const locale = requestLocale(req);
    try {
      const caller = await deps.authenticator.authenticate(req);
      const result = await handler({ req, caller, ctx: toTenantContext(caller), locale });
      if (result.etag) res.header('ETag', `"${result.etag.replace(/^"|"$/g, '')}"`);
      for (const [name, value] of Object.entries(result.headers ?? {})) res.header(name, value);
      res.header('Cache-Control', 'no-store');
      if (result.body === undefined) res.send(result.status);
      else res.send(result.status, result.body);
    } catch (error) {
      sendError(res, error, locale, deps.logger);
    }
  };
}

/** The If-Match header without quotes or weak prefix; undefined when absent. */
export function ifMatch(req: Request): string | undefined {
  const raw = req.headers['if-match'];
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value) return undefined;
  return value.replace(/^W\//, '').replace(/^"|"$/g, '');
}
