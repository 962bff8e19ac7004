/**
 * The cost of a write vs the amount stored, on the embedded default (SQLite): one tenant with 1
 * and with 1,000 programmes (each the demo board), then timed writes through the store — a new
 * meeting (create + the schedule touch, one transaction) and a replace of the programme with
 * its ETag. Each write is fsync'd before it returns. Prints p50/p99 and the ratio of the large
 * store to the small one (target: about 1 — no whole-database rewrite per write).
 *
 * Run: `npm run bench -- store-write`
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TenantContext } from '@ambassadors/shared';
import { openEmbeddedDatabase } from '../../bot/src/storage/embedded-sqlite';
import { SqliteProgrammeStore } from '../../bot/src/storage/sqlite-programme-store';
import { demoBoardAs, median, percentile } from './board-load';

const SIZES = [1, 1000];
const WRITES = 200;

interface Row {
  programmes: number;
  createP50: number;
  createP99: number;
  replaceP50: number;
  replaceP99: number;
}

async function measure(size: number): Promise<Row> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'bench-store-write-'));
  const database = openEmbeddedDatabase({ dataDir, databaseId: 'bench', purgeIntervalMs: 0 });
  try {
    const now = new Date();
    const tenantId = `write-tenant-${size}`;
    const store = new SqliteProgrammeStore(database);
    await store.importBoards(
      Array.from({ length: size }, (_, i) => demoBoardAs(tenantId, `programme-${i}`, now)),
      now,
    );
    const ctx: TenantContext = { tenantId, user: { userId: 'bench', displayName: 'Bench' } };
    const target = `programme-${Math.floor(size / 2)}`;
    const board = (await store.loadBoard(ctx, target))!;
    const template = board.meetings[0]!;
    const { etag: _etag, ...meeting } = template;
    const creates: number[] = [];
    for (let i = 0; i < WRITES; i += 1) {
      const started = performance.now();
      await store.createDocument(ctx, { ...meeting, id: `${target}.bench-meeting-${i}` });
      creates.push(performance.now() - started);
    }
    const replaces: number[] = [];
    let current = board.programme;
    for (let i = 0; i < WRITES; i += 1) {
      const { etag, ...programme } = current;
      const started = performance.now();
      current = await store.replaceProgramme(ctx, { ...programme, purpose: `purpose ${i}` }, etag);
      replaces.push(performance.now() - started);
    }
    return {
      programmes: size,
      createP50: median(creates),
      createP99: percentile(creates, 99),
      replaceP50: median(replaces),
      replaceP99: percentile(replaces, 99),
    };
  } finally {
    database.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

export async function run(): Promise<void> {
  // One discarded round first: the ratios compare the store, not a cold JIT.
  await measure(1);
  const rows: Row[] = [];
  for (const size of SIZES) rows.push(await measure(size));
  console.log(`${WRITES} creates and ${WRITES} replaces per size, each durable (fsync) before it returns`);
  console.table(
    rows.map((row) => ({
      'programmes in tenant': row.programmes,
      'create p50 ms': row.createP50.toFixed(3),
      'create p99 ms': row.createP99.toFixed(3),
      'replace p50 ms': row.replaceP50.toFixed(3),
      'replace p99 ms': row.replaceP99.toFixed(3),
    })),
  );
  const [small, large] = [rows[0]!, rows.at(-1)!];
  console.log(
    `write p50 at ${large.programmes} vs ${small.programmes} programme(s): create ` +
      `${(large.createP50 / small.createP50).toFixed(2)}×, replace ${(large.replaceP50 / small.replaceP50).toFixed(2)}× ` +
      '(target: independent of the amount stored).',
  );
}
