import pino from 'pino';
import { startApp } from './composition/start-app';
import { createLogger } from './runtime/logger';
import { startTelemetry } from './runtime/telemetry';

/** `npm start`: the whole app in one process; prints where it listens and in which mode. */
async function main(): Promise<void> {
  const telemetry = await startTelemetry();
  const logger = createLogger(
    telemetry.logStream
      ? {
          destination: pino.multistream([
            { stream: process.stdout, level: 'trace' },
            { stream: telemetry.logStream, level: 'trace' },
          ]),
        }
      : {},
  );
  const app = await startApp({ logger });
  const store =
    app.storage.embedded !== null
      ? `embedded SQLite store (${app.storage.embedded.file})${
          app.storage.imported
            ? ` — imported ${app.storage.imported.programmes + app.storage.imported.delivery} documents from the earlier snapshot`
            : ''
        }`
      : 'Cosmos DB at COSMOS_ENDPOINT';
  const lines = [
    `Ambassadors is running at ${app.url}/tab  (health: ${app.url}/healthz)`,
    `Store: ${store}${app.seeded ? ' — seeded the Danish demo programme' : ''}`,
    app.config.mode === 'local'
      ? 'Local mode: no AAD_APP_CLIENT_ID, so no sign-in — listening on loopback only, acting for the demo leader.'
      : `Single sign-on: Entra app ${app.config.sso?.clientId}; tenants: ${JSON.stringify(app.config.sso?.allowedTenants)}.`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    app
      .close()
      .then(() => telemetry.shutdown())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error({ err: error }, 'error while stopping');
          process.exit(1);
        },
      );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Ambassadors could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
