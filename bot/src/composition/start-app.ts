import { alignmentRaterKeyFor } from '../application/alignment-rater-key';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Server } from 'restify';
import { systemClock, type Clock, type ProgrammeStore } from '@ambassadors/shared';
import { loadAppConfig, type AppConfig } from '../runtime/app-config';
import { createLocalAuthenticator, type Authenticator } from '../http/caller';
import { createServer } from '../http/create-server';
import { createLogger, type Logger } from '../runtime/logger';
import type { ServerDeps } from '../http/server-deps';
import { openAppStorage, type AppStorage } from '../storage/app-storage';
import { loadCosmosConfig } from '../storage/cosmos-config';
import { CheckInRetentionStore } from '../storage/check-in-retention-store';
import { createCosmosRequestTelemetry } from '../storage/cosmos-request-telemetry';
import {
  PRIVATE_FILE_MODE,
  ensurePrivateDir,
  tightenIfPresent,
  writePrivateFile,
} from '../storage/private-files';
import { createCheckInAuthorKey } from '../application/check-in-author-key';
import { seedDemoProgrammeIfEmpty } from './seed-demo';
import { createBotRuntime } from '../conversation/bot-runtime';
import { loadDeliveryConfig } from '../delivery/delivery-config';
import { startDelivery } from '../delivery/delivery-runtime';
import { loadDirectoryConfig } from '../directory/directory-config';
import { createPeopleDirectory } from '../directory/create-people-directory';
import { createBoardEvents } from '../http/board-events';
import { loadBoardEventsConfig } from '../http/board-events-config';
import { changeNotifyingStore } from '../storage/change-notifying-store';

export interface StartAppOptions {
  env?: NodeJS.ProcessEnv;
  clock?: Clock;
  logger?: Logger;
  /** Overrides PORT (tests pass 0 for a free port). */
  port?: number;
  /** Seed the demo programme in local mode when the store is empty (default true). */
  seedDemo?: boolean;
  extraStatic?: Record<string, string>;
  /** Tests only: which engine serves the embedded default (see AppStorageOptions). */
  embeddedEngine?: 'sqlite' | 'cosmos-emulator';
  /** Replaces the authenticator chosen from the configuration (tests of the local path only). */
  authenticator?: Authenticator;
  /** Tests only: signs the client assertion of the on-behalf-of exchange instead of the managed identity. */
  directoryClientAssertion?: () => Promise<string>;
}

export interface StartedApp {
  url: string;
  config: AppConfig;
  server: Server;
  storage: AppStorage;
  store: ProgrammeStore;
  deps: ServerDeps;
  seeded: boolean;
  close(): Promise<void>;
}

/**
 * With a user-assigned managed identity (what the Bicep deploys) the diagnostics can ask for the
 * bot's Bot Framework token; other app types hold a secret we do not read, so they are not probed.
 */
function botTokenProbe(config: AppConfig): (() => Promise<void>) | undefined {
  if (!config.bot || config.bot.appType !== 'UserAssignedMSI') return undefined;
  const appId = config.bot.appId;
  return async () => {
    const { ManagedIdentityCredential } = await import('@azure/identity');
    const token = await new ManagedIdentityCredential({ clientId: appId }).getToken(
      'https://api.botframework.com/.default',
    );
    if (!token) throw new Error('no token returned');
  };
}

async function authenticatorFor(config: AppConfig): Promise<Authenticator> {
  if (config.mode === 'local') return createLocalAuthenticator();
  const { createEntraAuthenticator } = await import('../auth/entra-token-verifier');
  return createEntraAuthenticator(config);
}

/**
 * The secret behind check-in author pseudonyms must outlive a restart, or one ambassador counts
 * as several. Configured (CHECKIN_AUTHOR_SECRET) wins; on the embedded store it is kept next to
 * the data in DATA_DIR; otherwise it lives for the process only.
 */
async function checkInAuthorSecret(config: AppConfig, storage: AppStorage): Promise<string | undefined> {
  if (config.checkInAuthorSecret) return config.checkInAuthorSecret;
  if (!storage.dataDir) return undefined;
  const file = path.join(storage.dataDir, 'check-in-author.secret');
  const existing = await readFile(file, 'utf8').catch(() => '');
  if (existing.trim()) {
    await tightenIfPresent(file, PRIVATE_FILE_MODE);
    return existing.trim();
  }
  const secret = randomBytes(32).toString('hex');
  await ensurePrivateDir(path.dirname(file));
  await writePrivateFile(file, secret);
  return secret;
}

/**
 * The composition root: configuration → store (embedded SQLite or Cosmos) → server. `npm start`
 * and the end-to-end tests both start the app through here, so they exercise the same wiring.
 */
export async function startApp(options: StartAppOptions = {}): Promise<StartedApp> {
  const env = options.env ?? process.env;
  const config = loadAppConfig(env);
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? createLogger();
  const storage = await openAppStorage(loadCosmosConfig(env), {
    clock,
    ...(options.embeddedEngine ? { embeddedEngine: options.embeddedEngine } : {}),
    cosmos: { onRequest: createCosmosRequestTelemetry(logger) },
  });
  const onClose: Array<() => Promise<void>> = [];
  try {
    const authorSecret = await checkInAuthorSecret(config, storage);
    // Check-in retention (expiry from the term's actual end) holds for every caller of the store.
    const retained = new CheckInRetentionStore(storage.programmeStore, { secret: authorSecret, clock });
    // Every successful write tells the open boards of its programme (REST, cards, scheduler alike).
    const boardEvents = createBoardEvents({
      store: retained,
      clock,
      logger,
      config: loadBoardEventsConfig(env),
      viewOptions: { alignmentRaterKey: alignmentRaterKeyFor(authorSecret) },
    });
    const store = changeNotifyingStore(retained, (tenantId, programmeId) =>
      boardEvents.changed(tenantId, programmeId),
    );
    const seeded =
      config.mode === 'local' && options.seedDemo !== false
        ? await seedDemoProgrammeIfEmpty(store, clock.now(), {
            authorKey: createCheckInAuthorKey(authorSecret),
          })
        : false;
    const probeBotToken = botTokenProbe(config);
    const people = createPeopleDirectory(
      loadDirectoryConfig(env, config, { assertionInjected: !!options.directoryClientAssertion }),
      {
        clock,
        ...(options.directoryClientAssertion ? { clientAssertion: options.directoryClientAssertion } : {}),
      },
    );
    const deps: ServerDeps = {
      ...(people ? { people } : {}),
      config,
      ...(probeBotToken ? { probeBotToken } : {}),
      ...(authorSecret ? { checkInAuthorSecret: authorSecret } : {}),
      store,
      authenticator: options.authenticator ?? (await authenticatorFor(config)),
      clock,
      logger,
      onClose,
      boardEvents,
      ...(options.extraStatic ? { extraStatic: options.extraStatic } : {}),
    };
    // The bot endpoint's parts; delivery (scheduler and dispatcher) uses them once the server listens.
    let publicUrl = '';
    const bot = createBotRuntime({
      config,
      store,
      deliveryStore: storage.deliveryStore,
      clock,
      logger,
      publicUrl: () => publicUrl,
      sendTimeoutMs: loadDeliveryConfig(env).sendTimeoutMs,
      ...(authorSecret ? { authorKeySecret: authorSecret } : {}),
    });
    deps.bot = bot;
    const server = createServer(deps);
    const port = options.port ?? config.port;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, config.host, () => resolve());
    });
    const address = server.address() as AddressInfo;
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${address.port}`;
    // Reminder delivery starts once the server listens (links in cards need its address); REMINDERS=off turns it off.
    publicUrl = url;
    const deliveryConfig = loadDeliveryConfig(env);
    if (deliveryConfig.enabled) {
      const delivery = startDelivery({ bot, programmeStore: store, clock, logger, config: deliveryConfig });
      onClose.push(() => delivery.stop());
    }
    let closed = false;
    return {
      url,
      config,
      server,
      storage,
      store,
      deps,
      seeded,
      async close() {
        if (closed) return;
        closed = true;
        // Open event streams never end by themselves: end them first, or closing waits on them.
        boardEvents.close();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        for (const hook of onClose.reverse()) await hook();
        await storage.close();
      },
    };
  } catch (error) {
    await storage.close();
    throw error;
  }
}
