/**
 * Board load vs tenant size: seeds one tenant with 1, 100 and 1,000 programmes (each the demo
 * board: 3 ambassadors, 3 applications, 2 meetings, 3 check-ins, 1 decision) into a fresh
 * embedded Cosmos server, then loads one programme's board many times through the store and
 * prints Cosmos requests, RU, documents and time per load. Requests and RU should stay flat:
 * a board is one single-partition query whatever the tenant holds.
 *
 * Run: npx tsx -e "require('./test/bench/board-load.ts').run()"  (or `npm run bench board-load`)
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDemoBoard, type BoardData, type BoardDocument, type TenantContext } from '@ambassadors/shared';
import { importBoards } from '../../bot/src/storage/bulk-import';
import { createCosmosStorage, type CosmosRequestInfo } from '../../bot/src/storage/cosmos-client';
import { CosmosProgrammeStore } from '../../bot/src/storage/cosmos-programme-store';

const SIZES = [1, 100, 1000];
const WARMUP = 3;
const LOADS = 30;

/** The demo board as programme `programmeId` of `tenantId`, ids prefixed to stay unique per tenant. */
export function demoBoardAs(tenantId: string, programmeId: string, now: Date): BoardData {
  const demo = createDemoBoard(tenantId, now);
  const rename = (id: string) => `${programmeId}.${id}`;
  const own = <D extends BoardDocument>(doc: D): D => ({ ...doc, id: rename(doc.id), programmeId });
  return {
    programme: { ...demo.programme, id: programmeId },
    ambassadorships: demo.ambassadorships.map(own),
    applications: demo.applications.map(own),
    meetings: demo.meetings.map(own),
    checkIns: demo.checkIns.map(own),
    decisions: demo.decisions.map(own),
  };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

interface Row {
  programmes: number;
  containerDocs: number;
  seedSeconds: number;
  requests: number;
  metadataRequests: number;
  ru: number;
  documents: number;
  medianMs: number;
  p95Ms: number;
  /** Embedded server only: writing the snapshot file, and a restart that restores it. */
  snapshotSeconds: number;
  restartSeconds: number;
}

async function measure(size: number): Promise<Row> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'bench-board-load-'));
  const calls: CosmosRequestInfo[] = [];
  // Long snapshot delay: the benchmark measures Cosmos, not the embedded server's file writes.
  const storage = await createCosmosStorage(
    { mode: 'embedded', databaseId: 'bench', dataDir },
    {
      snapshotDelayMs: 3_600_000,
      // The embedded server's queries slow down with container size; measure, do not time out.
      requestTimeoutMs: 120_000,
      onRequest: (info) => calls.push(info),
    },
  );
  try {
    const now = new Date();
    const tenantId = `bench-tenant-${size}`;
    const boards = Array.from({ length: size }, (_, i) => demoBoardAs(tenantId, `programme-${i}`, now));
    const seeded = await importBoards(storage.containers.programmes, boards, now);
    const store = CosmosProgrammeStore.fromStorage(storage);
    const ctx: TenantContext = { tenantId, user: { userId: 'bench', displayName: 'Bench' } };
    const target = `programme-${Math.floor(size / 2)}`;

    for (let i = 0; i < WARMUP; i += 1) await store.loadBoard(ctx, target);
    const times: number[] = [];
    const perLoad: CosmosRequestInfo[][] = [];
    for (let i = 0; i < LOADS; i += 1) {
      calls.length = 0;
      const started = performance.now();
      const board = await store.loadBoard(ctx, target);
      times.push(performance.now() - started);
      if (!board || board.ambassadorships.length !== 3) throw new Error('board did not load');
      perLoad.push([...calls]);
    }
    const sum = (
      list: CosmosRequestInfo[],
      key: 'requests' | 'metadataRequests' | 'requestCharge' | 'documents',
    ) => list.reduce((total, call) => total + call[key], 0);

    // What a developer waits for with this much local data: the snapshot, and a restart.
    const snapshotStarted = performance.now();
    await storage.embedded!.flush();
    const snapshotSeconds = (performance.now() - snapshotStarted) / 1000;
    await storage.close();
    const restartStarted = performance.now();
    const restarted = await createCosmosStorage(
      { mode: 'embedded', databaseId: 'bench', dataDir },
      { requestTimeoutMs: 120_000 },
    );
    const restartSeconds = (performance.now() - restartStarted) / 1000;
    const reloaded = await CosmosProgrammeStore.fromStorage(restarted).loadBoard(ctx, target);
    await restarted.close();
    if (!reloaded || reloaded.ambassadorships.length !== 3)
      throw new Error('board did not survive the restart');

    return {
      programmes: size,
      containerDocs: seeded.documents,
      seedSeconds: seeded.durationMs / 1000,
      requests: median(perLoad.map((c) => sum(c, 'requests'))),
      metadataRequests: median(perLoad.map((c) => sum(c, 'metadataRequests'))),
      ru: median(perLoad.map((c) => sum(c, 'requestCharge'))),
      documents: median(perLoad.map((c) => sum(c, 'documents'))),
      medianMs: median(times),
      p95Ms: percentile(times, 95),
      snapshotSeconds,
      restartSeconds,
    };
  } finally {
    await storage.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

export async function run(): Promise<void> {
  const rows: Row[] = [];
  for (const size of SIZES) rows.push(await measure(size));
  console.log(`loadBoard of one programme, ${LOADS} loads after ${WARMUP} warm-up (embedded Cosmos server)`);
  console.table(
    rows.map((row) => ({
      'programmes in tenant': row.programmes,
      'docs in container': row.containerDocs,
      'seed (s, bulk)': row.seedSeconds.toFixed(1),
      'queries/load': row.requests,
      'query-plan lookups/load': row.metadataRequests,
      'RU/load': row.ru,
      'docs/load': row.documents,
      'median ms': row.medianMs.toFixed(2),
      'p95 ms': row.p95Ms.toFixed(2),
      'snapshot s': row.snapshotSeconds.toFixed(2),
      'restart s': row.restartSeconds.toFixed(2),
    })),
  );
  console.log(
    'docs/load = the 13 board documents + the programme’s schedule record (same partition). ' +
      'Requests, RU and documents per load are what real Cosmos charges and stay flat. The embedded server ' +
      'has no index or partition routing (every query scans the whole container) and charges 1 RU per ' +
      'response, so its time grows with the container and its RU is not a real-Cosmos figure.',
  );
}
