import type { Agent } from 'node:http';
import {
  CosmosClient,
  PartitionKeyDefinitionVersion,
  PartitionKeyKind,
  type Container,
  type ContainerRequest,
  type CosmosClientOptions,
  type Database,
  type RetryOptions,
} from '@azure/cosmos';
import { DefaultAzureCredential } from '@azure/identity';
import type { CosmosConfig } from './cosmos-config';
import { toStoreError } from './cosmos-errors';
import { startEmbeddedCosmos, type EmbeddedCosmos } from './embedded-cosmos';

type TokenCredential = NonNullable<CosmosClientOptions['aadCredentials']>;

/** One Cosmos call as seen by the store: what the bench and telemetry count. */
export interface CosmosRequestInfo {
  /** The store operation, e.g. `loadBoard`, `createDocument.touchSchedule`. */
  operation: string;
  /** Request units charged (sum over pages and retries). */
  requestCharge: number;
  /** Data requests the SDK sent for it (query pages, throttling retries); at least 1. */
  requests: number;
  /** Of those, the ones Cosmos answered 429 (throttled) and the SDK retried or gave up on. */
  throttled: number;
  /**
   * Metadata round trips besides (the query plan the SDK fetches next to every query, partition
   * key ranges, account look-ups). They cost no RU but are latency.
   */
  metadataRequests: number;
  /** Documents that came back (query results, or 1 for a point read/write that returned one). */
  documents: number;
  durationMs: number;
  /** HTTP status, or 0 when there was no answer. */
  statusCode: number;
}

export interface CosmosStorageOptions {
  /** Called after every Cosmos call the store makes (success or failure). */
  onRequest?: (info: CosmosRequestInfo) => void;
  /** Overrides the SDK's throttling (429) retry; see DEFAULT_RETRY_OPTIONS. */
  retryOptions?: Partial<RetryOptions>;
  /** For `identity` mode; default `DefaultAzureCredential` (managed identity in App Service). */
  credential?: TokenCredential;
  /** A request with no answer after this long fails as STORE_UNAVAILABLE (default 10 s). */
  requestTimeoutMs?: number;
  /** Embedded mode: quiet period before a snapshot (default 1 s). */
  snapshotDelayMs?: number;
}

export interface CosmosStorage {
  client: CosmosClient;
  database: Database;
  containers: { programmes: Container; delivery: Container };
  /** The in-process server when there is no COSMOS_ENDPOINT; null against a real account. */
  embedded: EmbeddedCosmos | null;
  onRequest: ((info: CosmosRequestInfo) => void) | undefined;
  /** Disposes the client; in embedded mode also writes the last snapshot and stops the server. */
  close(): Promise<void>;
}

/**
 * Throttling (429) is retried by the SDK itself, honouring the server's retry-after. Interactive
 * calls should fail within seconds rather than hang, so the total wait is capped below the
 * default 30 s; a store that keeps throttling surfaces as STORE_UNAVAILABLE. Applied in every
 * mode (embedded, key, identity); `retryOptions` overrides single fields.
 * - maxRetryAttemptCount 9: up to 10 attempts per operation;
 * - fixedRetryIntervalInMilliseconds 0: wait what the service says (`x-ms-retry-after-ms`);
 * - maxWaitTimeInSeconds 15: the total waiting across those retries.
 */
export const DEFAULT_RETRY_OPTIONS: RetryOptions = {
  maxRetryAttemptCount: 9,
  fixedRetryIntervalInMilliseconds: 0,
  maxWaitTimeInSeconds: 15,
};

/** The programmes container: per tenant, per programme; see data-model.md. */
export const PROGRAMMES_CONTAINER: ContainerRequest = {
  id: 'programmes',
  partitionKey: {
    paths: ['/tenantId', '/programmeId'],
    kind: PartitionKeyKind.MultiHash,
    version: PartitionKeyDefinitionVersion.V2,
  },
  // -1: TTL is on, but documents live forever unless they carry their own `ttl` (check-ins do).
  defaultTtl: -1,
  indexingPolicy: {
    indexingMode: 'consistent',
    automatic: true,
    // Only what queries filter or sort on is indexed; programme documents are large and a
    // narrow index keeps every write cheap.
    includedPaths: [
      { path: '/type/?' },
      { path: '/tenantId/?' },
      { path: '/programmeId/?' },
      { path: '/nextCheckAt/?' },
    ],
    excludedPaths: [{ path: '/*' }, { path: '/"_etag"/?' }],
    // The scheduler's scan filters by type and sorts by time: without this Cosmos reads every
    // schedule record's index entries to sort, with it the scan reads only what is due.
    compositeIndexes: [
      [
        { path: '/type', order: 'ascending' },
        { path: '/nextCheckAt', order: 'ascending' },
      ],
    ],
  },
};

/** The delivery container (outbox, conversation references, preferences): per tenant. */
export const DELIVERY_CONTAINER: ContainerRequest = {
  id: 'delivery',
  partitionKey: {
    paths: ['/tenantId'],
    kind: PartitionKeyKind.Hash,
    version: PartitionKeyDefinitionVersion.V2,
  },
  defaultTtl: -1,
  indexingPolicy: {
    indexingMode: 'consistent',
    automatic: true,
    // The dispatcher's claim filters outbox records by type and sorts them by next attempt.
    compositeIndexes: [
      [
        { path: '/type', order: 'ascending' },
        { path: '/nextAttemptAt', order: 'ascending' },
      ],
    ],
  },
};

/**
 * Connects to Cosmos DB as configured and makes sure the database and both containers exist
 * (`createIfNotExists`, so a fresh account or emulator needs no setup). The same code serves the
 * real service and the embedded server; only the client options differ.
 */
export async function createCosmosStorage(
  config: CosmosConfig,
  options: CosmosStorageOptions = {},
): Promise<CosmosStorage> {
  const connectionPolicy = {
    retryOptions: { ...DEFAULT_RETRY_OPTIONS, ...options.retryOptions },
    // A request that gets no answer in 10 s is a store outage for an interactive caller.
    requestTimeout: options.requestTimeoutMs ?? 10_000,
  };
  let embedded: EmbeddedCosmos | null = null;
  let clientOptions: CosmosClientOptions;
  if (config.mode === 'embedded') {
    const startOptions: Parameters<typeof startEmbeddedCosmos>[0] = { dataDir: config.dataDir };
    if (options.snapshotDelayMs !== undefined) startOptions.snapshotDelayMs = options.snapshotDelayMs;
    embedded = await startEmbeddedCosmos(startOptions);
    clientOptions = {
      endpoint: embedded.endpoint,
      key: embedded.key,
      agent: embedded.agent as Agent,
      // One local endpoint: no regional discovery.
      connectionPolicy: { ...connectionPolicy, enableEndpointDiscovery: false },
    };
  } else if (config.mode === 'key') {
    clientOptions = { endpoint: config.endpoint, key: config.key, connectionPolicy };
  } else {
    clientOptions = {
      endpoint: config.endpoint,
      aadCredentials: options.credential ?? new DefaultAzureCredential(),
      connectionPolicy,
    };
  }

  const client = new CosmosClient(clientOptions);
  const shutdown = async () => {
    client.dispose();
    await embedded?.close();
  };
  try {
    const { database } = await client.databases.createIfNotExists({ id: config.databaseId });
    const { container: programmes } = await database.containers.createIfNotExists(PROGRAMMES_CONTAINER);
    const { container: delivery } = await database.containers.createIfNotExists(DELIVERY_CONTAINER);
    return {
      client,
      database,
      containers: { programmes, delivery },
      embedded,
      onRequest: options.onRequest,
      close: shutdown,
    };
  } catch (error) {
    await shutdown();
    throw toStoreError(error);
  }
}
