import { systemClock, type Clock, type DeliveryStore, type ProgrammeStore } from '@ambassadors/shared';
import { createCosmosStorage, type CosmosStorage, type CosmosStorageOptions } from './cosmos-client';
import type { CosmosConfig } from './cosmos-config';
import { CosmosDeliveryStore } from './cosmos-delivery-store';
import { CosmosProgrammeStore } from './cosmos-programme-store';
import { openEmbeddedDatabase, type EmbeddedDatabase } from './embedded-sqlite';
import { importCosmosSnapshotOnce, type SnapshotImportResult } from './snapshot-import';
import { SqliteDeliveryStore } from './sqlite-delivery-store';
import { SqliteProgrammeStore } from './sqlite-programme-store';

/** The app's two store ports and what is behind them. */
export interface AppStorage {
  /** `embedded`: SQLite in DATA_DIR (no COSMOS_ENDPOINT); `cosmos`: an account or emulator. */
  mode: 'embedded' | 'cosmos';
  programmeStore: ProgrammeStore;
  deliveryStore: DeliveryStore;
  /** The embedded store's folder; null on Cosmos. */
  dataDir: string | null;
  embedded: EmbeddedDatabase | null;
  cosmos: CosmosStorage | null;
  /** What the first start imported from an earlier embedded store's snapshot, if anything. */
  imported: SnapshotImportResult | null;
  close(): Promise<void>;
}

export interface AppStorageOptions {
  clock?: Clock;
  /**
   * With no COSMOS_ENDPOINT: `sqlite` (default) is the embedded store; `cosmos-emulator` runs the
   * Cosmos adapters against the in-process Cosmos-protocol emulator instead — the production code
   * path, for tests that look at Cosmos documents (TTL, raw contents) through a whole app.
   */
  embeddedEngine?: 'sqlite' | 'cosmos-emulator';
  /** Embedded store: how often expired documents are deleted (default 60 s). */
  purgeIntervalMs?: number;
  cosmos?: CosmosStorageOptions;
}

/**
 * The one place that decides what stores the app runs on. Configured Cosmos (COSMOS_ENDPOINT)
 * gets the Cosmos adapters; otherwise the embedded SQLite store in DATA_DIR, which keeps every
 * acknowledged write across a crash and stays fast as it grows — the local default and the
 * small single-machine install. An earlier embedded store's snapshot in the same folder is
 * imported on the first start.
 */
export async function openAppStorage(
  config: CosmosConfig,
  options: AppStorageOptions = {},
): Promise<AppStorage> {
  const clock = options.clock ?? systemClock;
  if (config.mode === 'embedded' && options.embeddedEngine !== 'cosmos-emulator') {
    const database = openEmbeddedDatabase({
      dataDir: config.dataDir,
      databaseId: config.databaseId,
      ...(options.purgeIntervalMs !== undefined ? { purgeIntervalMs: options.purgeIntervalMs } : {}),
    });
    let imported: SnapshotImportResult | null;
    try {
      imported = await importCosmosSnapshotOnce(database, config.databaseId);
    } catch (error) {
      database.close();
      throw error;
    }
    return {
      mode: 'embedded',
      programmeStore: new SqliteProgrammeStore(database, { clock }),
      deliveryStore: new SqliteDeliveryStore(database),
      dataDir: database.dataDir,
      embedded: database,
      cosmos: null,
      imported,
      close: async () => database.close(),
    };
  }
  const cosmos = await createCosmosStorage(config, options.cosmos);
  return {
    mode: 'cosmos',
    programmeStore: CosmosProgrammeStore.fromStorage(cosmos, { clock }),
    deliveryStore: new CosmosDeliveryStore(cosmos.containers.delivery, { onRequest: cosmos.onRequest }),
    dataDir: null,
    embedded: null,
    cosmos,
    imported: null,
    close: () => cosmos.close(),
  };
}
