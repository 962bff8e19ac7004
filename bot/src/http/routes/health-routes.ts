import type { Server } from 'restify';
import type { ServerDeps } from '../server-deps';

/** `/healthz` answers 200 only when the store answers: App Service's health check relies on it. */
export function registerHealthRoutes(server: Server, deps: ServerDeps): void {
  server.get('/healthz', async (_req, res) => {
    try {
      await deps.store.ping();
      res.send(200, { status: 'ok' });
    } catch (error) {
      deps.logger.warn({ err: error }, 'health check: store unavailable');
      res.send(503, { status: 'unavailable', code: 'STORE_UNAVAILABLE' });
    }
  });
}
