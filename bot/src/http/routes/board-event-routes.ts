import { alignmentRaterKeyFor } from '../../application/alignment-rater-key';
import type { Request, Response, Server } from 'restify';
import { DomainError, assertCan, idSchema, roleOf } from '@ambassadors/shared';
import { requestLocale, toTenantContext } from '../caller';
import { sendError } from '../http-errors';
import { limitsOf } from '../route';
import { readJsonBody } from '../read-body';
import type { ApiRouteDoc } from './api-route';
import type { ServerDeps } from '../server-deps';
import { createBoardEvents, type BoardChanged, type BoardEvents } from '../board-events';
import { loadBoardEventsConfig } from '../board-events-config';

export const BOARD_EVENTS_PATH = '/api/v1/programmes/:id/events';

/** The stream, for the OpenAPI document (registered below, not from the programme route list). */
export const BOARD_EVENTS_ROUTE: ApiRouteDoc = {
  method: 'get',
  path: BOARD_EVENTS_PATH,
  summary: 'Server-sent events: the board changed as the caller sees it (open boards re-read it)',
  action: 'programme:view',
  response: 'BoardEvents',
  status: 200,
};

/** The hub of this server's deps; the composition root passes a configured one, tests may not. */
export function boardEventsOf(deps: ServerDeps): BoardEvents {
  deps.boardEvents ??= createBoardEvents({
    store: deps.store,
    clock: deps.clock,
    logger: deps.logger,
    config: loadBoardEventsConfig({}),
    viewOptions: { alignmentRaterKey: alignmentRaterKeyFor(deps.checkInAuthorSecret) },
  });
  return deps.boardEvents;
}

const sseEvent = (name: string, data: unknown) => `event: ${name}\ndata: ${JSON.stringify(data)}\n\n`;

/**
 * `GET /api/v1/programmes/:id/events` (text/event-stream): "the board changed" for one programme,
 * so an open board re-reads itself. The same checks as every programme route, in the same order:
 * the bearer token (401; the tenant is the verified token's) → the caller's rate (429) → the
 * board in the caller's tenant (404 for another tenant's id) → `programme:view` → the caller's
 * and the tenant's cap on open streams (429 TOO_MANY_STREAMS). Events carry no board content —
 * only a digest of the caller's own view — so every role re-reads through the normal GET and its
 * role filtering. The tab reads the stream with `fetch` (EventSource cannot send the
 * Authorization header, and a token in the URL would end up in logs).
 *
 * Events: `ready` (with the version the stream starts from), `board-changed` (a new version, or
 * null once the programme is gone); a comment line every heartbeat. The stream ends after
 * `maxStreamMs` and on shutdown; the client then reconnects with a fresh token.
 */
export function boardEventsHandler(deps: ServerDeps) {
  return async (req: Request, res: Response): Promise<void> => {
    const locale = requestLocale(req);
    try {
      const caller = await deps.authenticator.authenticate(req);
      await limitsOf(deps).admit(caller);
      // Nothing is expected in the body, but a body is read (capped) like on every route, so it
      // cannot hold the connection or get past the size limit.
      await readJsonBody(req, deps.config.limits.bodyLimitBytes);
      const programmeId = (req.params as Record<string, unknown> | undefined)?.id;
      if (typeof programmeId !== 'string' || !idSchema.safeParse(programmeId).success)
        throw new DomainError('NOT_FOUND');
      const ctx = toTenantContext(caller);
      const board = await deps.store.loadBoard(ctx, programmeId);
      if (!board) throw new DomainError('NOT_FOUND');
      assertCan(roleOf(board, ctx.user.userId, deps.clock.now()), 'programme:view');

      const events = boardEventsOf(deps);
      const timers: NodeJS.Timeout[] = [];
      let stop = () => undefined as void;
      const end = () => {
        timers.forEach(clearTimeout);
        stop();
        if (!res.writableEnded) res.end();
      };
      const subscription = events.subscribe(
        {
          ctx,
          programmeId,
          send: (event: BoardChanged) => {
            if (!res.writableEnded) res.write(sseEvent('board-changed', event));
          },
          end,
        },
        board,
      );
      stop = subscription.stop;
      // A stream is not idle while it waits for the next change: the heartbeat keeps it alive.
      req.socket.setTimeout(0);
      res.writeHead(200, {
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-cache, no-transform',
        'X-Accel-Buffering': 'no',
        Connection: 'keep-alive',
      });
      res.write(`retry: 2000\n\n${sseEvent('ready', { programmeId, version: subscription.version })}`);
      const settings = events.config;
      const heartbeat = setInterval(() => {
        if (!res.writableEnded) res.write(': keep-alive\n\n');
      }, settings.heartbeatMs);
      heartbeat.unref();
      const lifetime = setTimeout(end, settings.maxStreamMs);
      lifetime.unref();
      timers.push(heartbeat, lifetime);
      res.once('close', end);
    } catch (error) {
      if (!res.headersSent) sendError(res, error, locale, deps.logger);
    }
  };
}

/** Registers the board's event stream (one route beside the tab's API). */
export function registerBoardEventRoutes(server: Server, deps: ServerDeps): void {
  server.get(BOARD_EVENTS_PATH, boardEventsHandler(deps));
}
