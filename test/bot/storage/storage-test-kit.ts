import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fixedClock, type BoardData, type ProgrammeStore, type TenantContext } from '@ambassadors/shared';
import { boardDocuments, demoBoardUnder, seedBoard as seedWholeBoard } from '../../support/demo-board';
import {
  createCosmosStorage,
  type CosmosRequestInfo,
  type CosmosStorage,
} from '../../../bot/src/storage/cosmos-client';
import { CosmosProgrammeStore } from '../../../bot/src/storage/cosmos-programme-store';

export const NOW = '2026-11-27T10:00:00.000Z';

export interface StorageKit {
  storage: CosmosStorage;
  store: CosmosProgrammeStore;
  clock: ReturnType<typeof fixedClock>;
  dataDir: string;
  requests: CosmosRequestInfo[];
  /** Stops the server (final snapshot) and removes the temp folder unless keepDataDir. */
  close(options?: { keepDataDir?: boolean }): Promise<void>;
}

export async function makeDataDir(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), 'ambassadors-cosmos-'));
}

/** A fresh embedded Cosmos server (port 0) persisted in a temp folder, with a store on it. */
export async function startStorage(dataDir?: string): Promise<StorageKit> {
  const dir = dataDir ?? (await makeDataDir());
  const requests: CosmosRequestInfo[] = [];
  const clock = fixedClock(NOW);
  const storage = await createCosmosStorage(
    { mode: 'embedded', databaseId: 'ambassadors', dataDir: dir },
    { snapshotDelayMs: 50, onRequest: (info) => requests.push(info) },
  );
  const store = CosmosProgrammeStore.fromStorage(storage, { clock });
  return {
    storage,
    store,
    clock,
    dataDir: dir,
    requests,
    close: async (options = {}) => {
      await storage.close();
      if (!options.keepDataDir) await rm(dir, { recursive: true, force: true });
    },
  };
}

export function ctxFor(tenantId: string, userId = 'user-1'): TenantContext {
  return { tenantId, user: { userId, displayName: 'Test User' } };
}

/**
 * The demo board (every document type, valid by the model's schemas) under another programme
 * id, with every document id prefixed so several programmes can share a tenant.
 */
export function boardFor(tenantId: string, programmeId: string, now: Date = new Date(NOW)): BoardData {
  return demoBoardUnder(tenantId, programmeId, now, (id) => `${programmeId}.${id}`);
}

export { boardDocuments };

/** Writes a whole board through the store (programme first, then its documents). */
export async function seedBoard(store: ProgrammeStore, ctx: TenantContext, board: BoardData): Promise<void> {
  await seedWholeBoard(store, board, ctx);
}

/** The domain object without the ETag, for comparing with what was written. */
export function withoutEtag<T extends { etag: string }>(stored: T): Omit<T, 'etag'> {
  const { etag: _etag, ...rest } = stored;
  return rest;
}
