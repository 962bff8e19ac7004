import { randomBytes } from 'node:crypto';
import { readFile, rename, rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import {
  BulkOperationType,
  CosmosClient,
  type ContainerDefinition,
  type OperationInput,
  type PartitionKey,
  type PartitionKeyDefinition,
} from '@azure/cosmos';
import { createHttpsServer } from '@vercel/cosmosdb-server';
import { z } from 'zod';
import { DomainError } from '@ambassadors/shared';
import { withoutSystemFields } from './cosmos-system-fields';
import {
  PRIVATE_DIR_MODE,
  PRIVATE_FILE_MODE,
  ensurePrivateDir,
  tightenIfPresent,
  writePrivateFile,
} from './private-files';

export const SNAPSHOT_FILE = 'cosmos-snapshot.json';

/** A running in-process Cosmos DB account. */
export interface EmbeddedCosmos {
  endpoint: string;
  /** Any key works (the server does not check signatures); one is generated per start. */
  key: string;
  /**
   * The agent for clients of THIS server only: keep-alive (a TLS handshake per request is ~5×
   * slower) and `rejectUnauthorized: false`, because the bundled certificate is self-signed and
   * expired. Never use it for anything else.
   */
  agent: https.Agent;
  snapshotPath: string;
  /** Writes the snapshot now if anything changed since the last one. */
  flush(): Promise<void>;
  /** Final snapshot, then stops the server. */
  close(): Promise<void>;
}

export interface EmbeddedCosmosOptions {
  /** Folder of `cosmos-snapshot.json`; created if missing. */
  dataDir: string;
  /** Quiet period after a write before the snapshot is taken (default 1 s). */
  snapshotDelayMs?: number;
  /** A snapshot that fails in the background is reported here (default: stderr). */
  onSnapshotError?: (error: unknown) => void;
}

const containerSnapshotSchema = z.object({
  definition: z
    .object({
      id: z.string().min(1),
      partitionKey: z.object({ paths: z.array(z.string().min(2)).min(1) }).passthrough(),
    })
    .passthrough(),
  documents: z.array(z.object({ id: z.string().min(1) }).passthrough()),
});

const snapshotSchema = z.object({
  format: z.literal('ambassadors-cosmos-snapshot'),
  version: z.literal(1),
  savedAt: z.string(),
  databases: z.array(z.object({ id: z.string().min(1), containers: z.array(containerSnapshotSchema) })),
});
export type Snapshot = z.infer<typeof snapshotSchema>;

/**
 * Starts `@vercel/cosmosdb-server` in-process on 127.0.0.1 (port 0) and gives it the one thing it
 * lacks for local use: persistence across restarts. Every container's documents are written to
 * `dataDir/cosmos-snapshot.json` (temp file + rename, so a crash never leaves half a file) about
 * a second after writes and on close, and loaded before the endpoint is handed out.
 *
 * Both directions go through the public `@azure/cosmos` API — the same code path as the app — so
 * nothing depends on the server's private internals. Writes are noticed from the HTTP server's
 * public `request` event (method + query header), not by patching the server.
 *
 * One process per data folder: two processes on the same folder would overwrite each other's
 * snapshots.
 */
export async function startEmbeddedCosmos(options: EmbeddedCosmosOptions): Promise<EmbeddedCosmos> {
  const snapshotDelayMs = options.snapshotDelayMs ?? 1000;
  const onSnapshotError =
    options.onSnapshotError ??
    ((error: unknown) => process.stderr.write(`embedded Cosmos snapshot failed: ${String(error)}\n`));
  const snapshotPath = path.join(path.resolve(options.dataDir), SNAPSHOT_FILE);
  // Folder and snapshot as an earlier version may have left them (0755/0644): private from now on.
  await tightenIfPresent(path.dirname(snapshotPath), PRIVATE_DIR_MODE);
  await tightenIfPresent(snapshotPath, PRIVATE_FILE_MODE);
  const snapshot = await readSnapshot(snapshotPath);

  const server = createHttpsServer({ keepAlive: true } as Parameters<typeof createHttpsServer>[0]);
  // Keep-alive on the server side too; Node's default 5 s idle timeout is fine for reuse.
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const endpoint = `https://127.0.0.1:${port}`;
  const key = randomBytes(48).toString('base64');
  const agent = new https.Agent({ keepAlive: true, rejectUnauthorized: false });
  const client = new CosmosClient({
    endpoint,
    key,
    agent,
    connectionPolicy: { enableEndpointDiscovery: false },
  });

  const stopServer = async () => {
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  };

  try {
    if (snapshot) await restoreSnapshot(client, snapshot);
  } catch (error) {
    client.dispose();
    await stopServer();
    throw error;
  }

  let dirty = false;
  let closed = false;
  let timer: NodeJS.Timeout | undefined;
  let chain: Promise<void> = Promise.resolve();

  const takeSnapshot = async () => {
    if (!dirty) return;
    dirty = false;
    try {
      await writeSnapshot(snapshotPath, await dumpAccount(client));
    } catch (error) {
      dirty = true;
      throw error;
    }
  };
  const flush = (): Promise<void> => {
    if (timer) {
      clearTimeout(timer);
      timer = undefined;
    }
    const next = chain.then(takeSnapshot);
    chain = next.catch(() => undefined);
    return next;
  };
  const markDirty = () => {
    dirty = true;
    if (timer || closed) return;
    timer = setTimeout(() => {
      timer = undefined;
      flush().catch(onSnapshotError);
    }, snapshotDelayMs);
    timer.unref();
  };
  server.on('request', (req: IncomingMessage) => {
    if (isWrite(req)) markDirty();
  });

  return {
    endpoint,
    key,
    agent,
    snapshotPath,
    flush,
    close: async () => {
      if (closed) return;
      closed = true;
      try {
        await flush();
      } finally {
        client.dispose();
        agent.destroy();
        await stopServer();
      }
    },
  };
}

/**
 * Queries are POSTs too: the SDK marks them with `x-ms-documentdb-isquery`, and the query-plan
 * look-up it sends next to every query only with the query content type.
 */
function isWrite(req: IncomingMessage): boolean {
  const method = req.method ?? 'GET';
  if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return false;
  if (method !== 'POST') return true;
  const isQuery = String(req.headers['x-ms-documentdb-isquery'] ?? '').toLowerCase() === 'true';
  const queryContent = String(req.headers['content-type'] ?? '').startsWith('application/query+json');
  return !isQuery && !queryContent;
}

export async function readSnapshot(snapshotPath: string): Promise<Snapshot | null> {
  let text: string;
  try {
    text = await readFile(snapshotPath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new DomainError('STORE_SNAPSHOT_INVALID', { path: snapshotPath }, { cause: error });
  }
  // A snapshot that cannot be read stops the start: starting empty would overwrite it with nothing.
  try {
    return snapshotSchema.parse(JSON.parse(text));
  } catch (error) {
    throw new DomainError('STORE_SNAPSHOT_INVALID', { path: snapshotPath }, { cause: error });
  }
}

async function writeSnapshot(snapshotPath: string, snapshot: Snapshot): Promise<void> {
  await ensurePrivateDir(path.dirname(snapshotPath));
  const temp = `${snapshotPath}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writePrivateFile(temp, JSON.stringify(snapshot));
    await rename(temp, snapshotPath);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** Only what recreates the container: id, partition key, indexing, TTL, unique keys. */
function containerDefinitionOf(resource: ContainerDefinition): ContainerDefinition {
  const definition: ContainerDefinition = { id: resource.id, partitionKey: resource.partitionKey };
  if (resource.indexingPolicy) definition.indexingPolicy = resource.indexingPolicy;
  if (resource.defaultTtl !== undefined) definition.defaultTtl = resource.defaultTtl;
  if (resource.uniqueKeyPolicy) definition.uniqueKeyPolicy = resource.uniqueKeyPolicy;
  return definition;
}

async function dumpAccount(client: CosmosClient): Promise<Snapshot> {
  const { resources: databases } = await client.databases.readAll().fetchAll();
  const result: Snapshot = {
    format: 'ambassadors-cosmos-snapshot',
    version: 1,
    savedAt: new Date().toISOString(),
    databases: [],
  };
  for (const db of databases) {
    const database = client.database(db.id);
    const { resources: containers } = await database.containers.readAll().fetchAll();
    const entry: Snapshot['databases'][number] = { id: db.id, containers: [] };
    for (const container of containers) {
      // One page: the server re-runs the whole query for every page it hands out.
      const { resources: documents } = await database
        .container(container.id)
        .items.readAll({ maxItemCount: -1 })
        .fetchAll();
      entry.containers.push({
        definition: containerDefinitionOf(
          container,
        ) as Snapshot['databases'][number]['containers'][number]['definition'],
        documents: documents.map((doc) => withoutSystemFields(doc) as { id: string }),
      });
    }
    result.databases.push(entry);
  }
  return result;
}

function partitionKeyOf(definition: PartitionKeyDefinition, doc: Record<string, unknown>): PartitionKey {
  const values = definition.paths.map((p) => {
    let value: unknown = doc;
    for (const segment of p.slice(1).split('/')) {
      value =
        value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[segment] : undefined;
    }
    return value;
  });
  // A document without the key lives in the "none" partition ({} in the SDK's terms).
  if (values.some((value) => value === undefined)) return {} as PartitionKey;
  return (values.length === 1 ? values[0] : values) as PartitionKey;
}

/**
 * Documents per bulk call. Large on purpose: the SDK holds a partially filled batch for 1 s
 * before sending it, so every call costs about a second on top; full batches go at once.
 */
const RESTORE_CHUNK = 20_000;
/** Below this many documents a container is restored with plain creates (no bulk). */
const SMALL_RESTORE = 100;
const DIRECT_CONCURRENCY = 16;

async function restoreSnapshot(client: CosmosClient, snapshot: Snapshot): Promise<void> {
  for (const db of snapshot.databases) {
    const { database } = await client.databases.createIfNotExists({ id: db.id });
    for (const entry of db.containers) {
      const definition = entry.definition as ContainerDefinition & { partitionKey: PartitionKeyDefinition };
      const { container } = await database.containers.createIfNotExists(definition);
      const where = `${db.id}/${definition.id}`;
      const documents = entry.documents;
      // Whole bulk batches go at once; a small remainder is written directly, because the SDK
      // holds a partial batch for a second (which would slow every local restart).
      const bulkCount = documents.length >= SMALL_RESTORE ? documents.length - (documents.length % 100) : 0;
      for (let start = 0; start < bulkCount; start += RESTORE_CHUNK) {
        const operations = documents
          .slice(start, Math.min(bulkCount, start + RESTORE_CHUNK))
          .map((doc): OperationInput => ({
            operationType: BulkOperationType.Create,
            partitionKey: partitionKeyOf(definition.partitionKey, doc),
            resourceBody: doc as Extract<OperationInput, { operationType: 'Create' }>['resourceBody'],
          }));
        const results = await container.items.executeBulkOperations(operations);
        const failed = results.find((result) => !result.response || result.response.statusCode >= 400);
        if (failed) throw new DomainError('STORE_SNAPSHOT_INVALID', { path: where }, { cause: failed.error });
      }
      const rest = documents.slice(bulkCount);
      for (let start = 0; start < rest.length; start += DIRECT_CONCURRENCY) {
        await Promise.all(
          rest.slice(start, start + DIRECT_CONCURRENCY).map((doc) =>
            container.items.create(doc).catch((error: unknown) => {
              throw new DomainError('STORE_SNAPSHOT_INVALID', { path: where }, { cause: error });
            }),
          ),
        );
      }
    }
  }
}
