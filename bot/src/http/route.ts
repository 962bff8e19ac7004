import type { Request, Response } from 'restify';
import type { Locale, TenantContext } from '@ambassadors/shared';
import { requestLocale, toTenantContext, type CallerIdentity } from './caller';
import type { ServerDeps } from './server-deps';
import { sendError } from './http-errors';
import { readJsonBody } from './read-body';
import { QUOTA_ROUTES, createRequestLimits, type RequestLimits } from './request-limits';

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
  /**
   * A body that is not JSON (the report's HTML, PDF and CSV): sent as these bytes with this
   * content type, instead of `body`.
   */
  raw?: { contentType: string; data: Buffer | string };
}

/** The limits of this server's deps, created with them on first use. */
export function limitsOf(deps: ServerDeps): RequestLimits {
  deps.limits ??= createRequestLimits(deps.config.limits);
  return deps.limits;
}

/**
 * Wraps an API handler and fixes the order every route is checked in, cheapest and least
 * trusting first: authenticate (401; tenant and user only from the verified token) → the
 * caller's and the tenant's rate (429) → read the body, capped (413/415), and parse its JSON
 * (400) → the route's creation quota, if it has one (429) → the handler. Nothing of a body is
 * read before the token is verified. Every thrown error becomes the catalogue's `{ code, message }`
 * in the caller's language. Handlers stay plain async functions from scope to result.
 */
export function authenticatedRoute(deps: ServerDeps, handler: (scope: RouteScope) => Promise<RouteResult>) {
  return async (req: Request, res: Response): Promise<void> => {
    const locale = requestLocale(req);
    try {
      const caller = await deps.authenticator.authenticate(req);
      const limits = limitsOf(deps);
      await limits.admit(caller);
      req.body = await readJsonBody(req, deps.config.limits.bodyLimitBytes);
      const route = req.getRoute();
      const quota = route ? QUOTA_ROUTES[`${route.method.toUpperCase()} ${String(route.path)}`] : undefined;
      const scope = { req, caller, ctx: toTenantContext(caller), locale };
      const result = quota
        ? await limits.withinQuota(quota, caller, () => handler(scope))
        : await handler(scope);
      if (result.etag) res.header('ETag', `"${result.etag.replace(/^"|"$/g, '')}"`);
      for (const [name, value] of Object.entries(result.headers ?? {})) res.header(name, value);
      if (result.raw) {
        const data = typeof result.raw.data === 'string' ? Buffer.from(result.raw.data) : result.raw.data;
        res.writeHead(result.status, {
          'Content-Type': result.raw.contentType,
          'Content-Length': data.length,
        });
        res.end(data);
      } else if (result.body === undefined) res.send(result.status);
      else res.send(result.status, result.body);
    } catch (error) {
      // The body deadline may have answered (408) and closed the connection already.
      if (!res.headersSent) sendError(res, error, locale, deps.logger);
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
