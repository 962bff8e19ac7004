import { existsSync } from 'node:fs';
import path from 'node:path';
import restify, { type Server } from 'restify';
import { registerDiagnosticsRoutes } from './routes/diagnostics-routes';
import { registerHealthRoutes } from './routes/health-routes';
import { registerProgrammeRoutes } from './routes/programme-routes';
import { registerTabApiRoutes } from './routes/tab-api-routes';
import { registerBotRoutes } from './routes/bot-routes';
import { APP_ROOT } from '../runtime/app-root';
import { sendError } from './http-errors';
import { requestLocale } from './caller';
import { localModeGuard } from './local-mode-guard';
import { requestDeadline } from './request-deadline';
import { securityHeaders } from './security-headers';
import { mountStatic } from './static-files';
import type { ServerDeps } from './server-deps';
import { DomainError, invalidInput } from '@ambassadors/shared';

export const DEFAULT_TAB_DIST = path.join(APP_ROOT, 'tab', 'dist');

/**
 * The one server process: health, the REST API for the tab, the built tab itself and the bot
 * endpoint. Components register their routes here; nothing listens until `listen` is called.
 */
export function createServer(deps: ServerDeps): Server {
  // No name: restify would send it as a `Server` banner.
  const server = restify.createServer({ name: '', handleUncaughtExceptions: false });
  const limits = deps.config.limits;
  // Node's own bounds on a connection: headers, the whole request, and silence. The body's own
  // deadline (request-deadline.ts) is exact; these are checked every connectionsCheckingInterval.
  server.server.headersTimeout = Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs);
  server.server.requestTimeout = limits.requestTimeoutMs;
  server.server.timeout = limits.idleTimeoutMs;
  (server.server as { connectionsCheckingInterval?: number }).connectionsCheckingInterval = 1000;

  const pagePrefixes = ['/tab', ...Object.keys(deps.extraStatic ?? {})];
  server.pre(securityHeaders(pagePrefixes));
  server.pre(requestDeadline(limits.bodyTimeoutMs));
  if (deps.config.mode === 'local') server.pre(localModeGuard());
  // No body parser here: bodies are read only after authentication, with a size cap (route.ts).
  server.use(restify.plugins.queryParser({ mapParams: false }));

  // restify's own errors (bad JSON, unsupported media type, no route) get our { code, message } shape.
  server.on(
    'restifyError',
    (req, res, err: { statusCode?: number; message?: string }, callback: () => void) => {
      const locale = requestLocale(req);
      const status = err.statusCode ?? 500;
      if (status === 404 || status === 405) sendError(res, new DomainError('NOT_FOUND'), locale);
      else if (status < 500)
        sendError(
          res,
          invalidInput({ da: 'anmodningen kunne ikke læses', en: 'the request could not be read' }),
          locale,
        );
      else sendError(res, err, locale, deps.logger);
      return callback();
    },
  );

  registerHealthRoutes(server, deps);
  registerProgrammeRoutes(server, deps);
  registerDiagnosticsRoutes(server, deps);
  // The tab's API: every route of the route list in tab-api-routes.ts.
  registerTabApiRoutes(server, deps);
  // The bot endpoint and the leaders' delivery report.
  registerBotRoutes(server, deps);

  const tabDist = deps.config.tabDistDir ?? DEFAULT_TAB_DIST;
  if (existsSync(tabDist)) mountStatic(server, { prefix: '/tab', directory: tabDist });
  else deps.logger.warn({ tabDist }, 'tab is not built: run `npm run build:tab` to serve /tab');
  for (const [prefix, directory] of Object.entries(deps.extraStatic ?? {}))
    mountStatic(server, { prefix, directory });

  server.get('/', async (_req, res) => {
    res.redirect(302, '/tab', () => undefined);
  });
  return server;
}
