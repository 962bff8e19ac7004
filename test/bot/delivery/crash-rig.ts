import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { CosmosClient, type Container } from '@azure/cosmos';
import { newProgramme, type OutboxRecord } from '@ambassadors/shared';
import { outboxRecordsFor } from '../../../bot/src/delivery/outbox-records';
import { DELIVERY_CONTAINER, PROGRAMMES_CONTAINER } from '../../../bot/src/storage/cosmos-client';
import { CosmosDeliveryStore } from '../../../bot/src/storage/cosmos-delivery-store';
import { CosmosProgrammeStore } from '../../../bot/src/storage/cosmos-programme-store';
import { startConnectorStandIn, type ConnectorStandIn } from '../../support/connector-stand-in';
import { REPO_ROOT } from '../../support/spawn-app';
import { meetingReminder, people } from './delivery-harness';

export interface CrashLoopOptions {
  recipients: number;
  /** Recipients are spread over this many tenants (Teams' 50/s limit is per tenant). */
  tenants: number;
  kills: number;
  concurrency: number;
  /** Printed progress (the bench); silent in tests. */
  log?: (line: string) => void;
}

export interface CrashLoopResult {
  recipients: number;
  kills: number;
  /** Records newly found 'sending' right after each kill: the in-flight window. */
  inFlightAtKill: number[];
  /** POSTs that reached the stand-in with a 2xx, per recipient conversation. */
  received: number;
  duplicates: string[];
  statuses: Record<string, number>;
  unknown: number;
  /** 'unknown' records per instance that was sending them (the lease owner): each ≤ the concurrency. */
  unknownByInstance: Record<string, number>;
  /** Why records ended 'unknown' (reason → count). */
  unknownReasons: Record<string, number>;
  /** Recipients neither delivered nor reported unknown — must be none. */
  unaccounted: string[];
  /** Delivered according to the outbox but never received — must be none. */
  deliveredNotReceived: string[];
  /** Received, but the outbox says neither delivered nor unknown — must be none. */
  receivedNotAccounted: string[];
  throttled: number;
  durationMs: number;
  /** Deliveries per second at the stand-in, first to last (of the final, uninterrupted run when kills = 0). */
  deliveriesPerSecond: number;
}

const CHILD_ENV = (endpoint: string, key: string, concurrency: number): Record<string, string> => ({
  COSMOS_ENDPOINT: endpoint,
  COSMOS_KEY: key,
  // Test only: the embedded server's certificate is self-signed; it lives on 127.0.0.1 in the parent.
  NODE_TLS_REJECT_UNAUTHORIZED: '0',
  NODE_NO_WARNINGS: '1',
  PORT: '0',
  REMINDERS: 'on',
  REMINDER_SCAN_INTERVAL_MS: '600000',
  DELIVERY_CONCURRENCY: String(concurrency),
  DELIVERY_LEASE_MS: '5000',
  SEND_TIMEOUT_MS: '4000',
  DELIVERY_POLL_MS: '50',
  LOG_LEVEL: 'error',
  ...(process.env.DELIVERY_LIMITER_MARGIN_MS
    ? { DELIVERY_LIMITER_MARGIN_MS: process.env.DELIVERY_LIMITER_MARGIN_MS }
    : {}),
});

interface AppProcess {
  stop(signal: NodeJS.Signals): Promise<void>;
  output(): string;
}

/**
 * Starts `bot/src/main.ts` with tsx in a process group of its own. tsx runs the app in a child
 * node process, and a SIGKILL to tsx alone would leave that child running (an orphan that keeps
 * sending): the kill goes to the whole group, so the server really dies at once.
 */
async function spawnAppGroup(env: Record<string, string>, timeoutMs = 120_000): Promise<AppProcess> {
  const bin = path.join(REPO_ROOT, 'node_modules', '.bin');
  const child = spawn(path.join(bin, 'tsx'), ['bot/src/main.ts'], {
    cwd: REPO_ROOT,
    env: { PATH: `${bin}:${process.env.PATH ?? ''}`, HOME: process.env.HOME ?? '/tmp', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // already gone
    }
    await exited;
  };
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`app did not start in ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    );
    const check = () => {
      if (/running at http:\/\//.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', check);
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`app exited before it started:\n${output}`));
    });
  }).catch(async (error: unknown) => {
    await stop('SIGKILL');
    throw error;
  });
  return { stop, output: () => output };
}

/** Starts test/bot/delivery/cosmos-process.ts and reads its endpoint. */
async function startCosmosProcess(
  dataDir: string,
): Promise<{ endpoint: string; key: string; child: ChildProcess }> {
  const bin = path.join(REPO_ROOT, 'node_modules', '.bin');
  const child = spawn(path.join(bin, 'tsx'), [path.join(__dirname, 'cosmos-process.ts')], {
    cwd: REPO_ROOT,
    env: { PATH: `${bin}:${process.env.PATH ?? ''}`, HOME: process.env.HOME ?? '/tmp', DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve(out.split('\n')[0]!);
    });
    child.once('exit', (code) => reject(new Error(`Cosmos process exited (${code})`)));
  });
  const { endpoint, key } = JSON.parse(line) as { endpoint: string; key: string };
  return { endpoint, key, child };
}

/** Outbox records of these programmes that are not settled yet (one aggregate, no documents). */
async function pendingCount(container: Container, programmeIds: string[]): Promise<number> {
  const { resources } = await container.items
    .query<number>({
      query:
        "SELECT VALUE COUNT(1) FROM c WHERE c.type = 'outbox' AND ARRAY_CONTAINS(@p, c.programmeId) AND (c.status = 'queued' OR c.status = 'deferred' OR c.status = 'sending')",
      parameters: [{ name: '@p', value: programmeIds }],
    })
    .fetchAll();
  return resources.reduce((a, b) => a + b, 0);
}

/**
 * The crash test: a real server process (`bot/src/main.ts` through tsx) fans a reminder out to
 * many recipients through the connector stand-in, and is SIGKILLed at random points of the
 * fan-out, restarted, killed again … then allowed to finish. Cosmos (the embedded server) and
 * the stand-in live in this process, so they survive every kill — as the real ones would.
 */
export async function runCrashLoop(options: CrashLoopOptions): Promise<CrashLoopResult> {
  const log = options.log ?? (() => undefined);
  const started = Date.now();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ambassadors-crash-'));
  const cosmos = await startCosmosProcess(dataDir);
  const agent = new https.Agent({ keepAlive: true, rejectUnauthorized: false });
  const client = new CosmosClient({
    endpoint: cosmos.endpoint,
    key: cosmos.key,
    agent,
    connectionPolicy: { enableEndpointDiscovery: false },
  });
  let connector: ConnectorStandIn | null = null;
  let app: AppProcess | null = null;
  try {
    const { database } = await client.databases.createIfNotExists({ id: 'ambassadors' });
    const { container: programmesContainer } =
      await database.containers.createIfNotExists(PROGRAMMES_CONTAINER);
    const { container } = await database.containers.createIfNotExists(DELIVERY_CONTAINER);
    const store = new CosmosDeliveryStore(container);
    // The dispatcher reads each record's programme before it sends: the programmes must exist.
    const programmes = new CosmosProgrammeStore({ container: programmesContainer });
    connector = await startConnectorStandIn();

    const perTenant = Math.ceil(options.recipients / options.tenants);
    const tenants = Array.from({ length: options.tenants }, (_, i) => ({
      tenantId: `crash-tenant-${i}`,
      programmeId: `crash-programme-${i}`,
      users: people(`t${i}`, Math.min(perTenant, options.recipients - i * perTenant)),
    }));
    const now = new Date().toISOString();
    for (const t of tenants) {
      const owner = { userId: `${t.tenantId}-leader`, displayName: 'Crash Leader' };
      await programmes.createProgramme(
        { tenantId: t.tenantId, user: owner },
        newProgramme({
          id: t.programmeId,
          tenantId: t.tenantId,
          name: t.programmeId,
          locale: 'en',
          owner,
          now: new Date(),
        }),
      );
      const queue = [...t.users];
      await Promise.all(
        Array.from({ length: 16 }, async () => {
          for (let userId = queue.shift(); userId; userId = queue.shift()) {
            const conversationId = `a:${t.tenantId}:${userId}`;
            await store.upsertConversation({
              id: conversationId,
              type: 'conversation',
              tenantId: t.tenantId,
              conversationId,
              userId,
              scope: 'personal',
              serviceUrl: connector!.serviceUrl,
              reference: {
                channelId: 'msteams',
                serviceUrl: connector!.serviceUrl,
                conversation: { id: conversationId, tenantId: t.tenantId, conversationType: 'personal' },
                bot: { id: '28:ambassadors-bot', name: 'Ambassadors' },
                user: { id: `29:${userId}`, aadObjectId: userId },
              },
              installedAt: now,
              updatedAt: now,
            });
          }
        }),
      );
      await store.enqueue(
        outboxRecordsFor(meetingReminder(t.tenantId, t.programmeId, t.users), null, new Date()),
      );
    }
    log(
      `seeded ${options.recipients} recipients in ${options.tenants} tenant(s) in ${Date.now() - started} ms`,
    );

    const env = CHILD_ENV(cosmos.endpoint, cosmos.key, options.concurrency);
    const outbox = async (): Promise<OutboxRecord[]> =>
      (await Promise.all(tenants.map((t) => store.listOutbox(t.tenantId, t.programmeId)))).flat();
    const programmeIds = tenants.map((t) => t.programmeId);
    const inFlightAtKill: number[] = [];
    // 'sending' records of an earlier kill may not be swept to 'unknown' yet: count only new ones.
    const seenInFlight = new Set<string>();
    for (let kill = 0; kill < options.kills; kill++) {
      app = await spawnAppGroup(env);
      const before = connector.delivered().length;
      const remaining = options.recipients - before;
      // Kill somewhere in the next stretch of the fan-out, at a random point — or, if the
      // fan-out is (nearly) through, wherever it is.
      const target = Math.min(
        options.recipients,
        before + Math.max(1, Math.floor(remaining * (0.05 + Math.random() * (0.6 / options.kills)))),
      );
      const waitUntil = Date.now() + 120_000;
      let lastPendingCheck = Date.now();
      while (connector.delivered().length < target && Date.now() < waitUntil) {
        if (Date.now() - lastPendingCheck > 1000) {
          lastPendingCheck = Date.now();
          if ((await pendingCount(container, programmeIds)) === 0) break;
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 150));
      await app.stop('SIGKILL');
      if (process.env.CRASH_DEBUG) log(app.output());
      app = null;
      // Let the store finish requests the killed process had already sent.
      await new Promise((resolve) => setTimeout(resolve, 500));
      const fresh = (await outbox()).filter((r) => r.status === 'sending' && !seenInFlight.has(r.id));
      for (const r of fresh) seenInFlight.add(r.id);
      const sending = fresh.length;
      inFlightAtKill.push(sending);
      log(
        `kill ${kill + 1}: ${connector.delivered().length} received so far, ${sending} in flight at the kill`,
      );
    }
    app = await spawnAppGroup(env);
    let lastCheck = Date.now();
    const deadline = Date.now() + 300_000;
    for (;;) {
      if (connector.delivered().length >= options.recipients || Date.now() - lastCheck > 2000) {
        lastCheck = Date.now();
        if ((await pendingCount(container, programmeIds)) === 0) break;
      }
      if (Date.now() > deadline) throw new Error('the fan-out did not finish in time');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    await app.stop('SIGTERM');
    app = null;

    const records = await outbox();
    const received = new Map<string, number>();
    for (const r of connector.delivered())
      received.set(r.conversationId, (received.get(r.conversationId) ?? 0) + 1);
    const statuses: Record<string, number> = {};
    for (const r of records) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
    const conv = (r: OutboxRecord) => `a:${r.tenantId}:${r.recipient.userId}`;
    return {
      recipients: records.length,
      kills: options.kills,
      inFlightAtKill,
      received: connector.delivered().length,
      duplicates: [...received].filter(([, n]) => n > 1).map(([id]) => id),
      statuses,
      unknown: statuses.unknown ?? 0,
      unknownByInstance: records
        .filter((r) => r.status === 'unknown')
        .reduce<Record<string, number>>((acc, r) => {
          const owner = r.leaseOwner ?? '(none)';
          acc[owner] = (acc[owner] ?? 0) + 1;
          return acc;
        }, {}),
      unknownReasons: records
        .filter((r) => r.status === 'unknown')
        .reduce<Record<string, number>>((acc, r) => {
          const key = `${r.lastStatusCode ?? '-'} ${r.reason ?? ''}`.slice(0, 120);
          acc[key] = (acc[key] ?? 0) + 1;
          return acc;
        }, {}),
      unaccounted: records
        .filter((r) => r.status !== 'delivered' && r.status !== 'unknown')
        .map((r) => r.recipient.userId),
      deliveredNotReceived: records
        .filter((r) => r.status === 'delivered' && !received.has(conv(r)))
        .map(conv),
      receivedNotAccounted: records
        .filter((r) => received.has(conv(r)) && r.status !== 'delivered' && r.status !== 'unknown')
        .map(conv),
      throttled: connector.throttled(),
      durationMs: Date.now() - started,
      deliveriesPerSecond: (() => {
        const all = connector.delivered();
        const span = all.length > 1 ? (all[all.length - 1]!.at - all[0]!.at) / 1000 : 0;
        return span > 0 ? (all.length - 1) / span : 0;
      })(),
    };
  } finally {
    if (app) await app.stop('SIGKILL');
    await connector?.close();
    client.dispose();
    agent.destroy();
    await new Promise<void>((resolve) => {
      if (cosmos.child.exitCode !== null) return resolve();
      cosmos.child.once('exit', () => resolve());
      cosmos.child.kill('SIGTERM');
    });
    await rm(dataDir, { recursive: true, force: true });
  }
}
