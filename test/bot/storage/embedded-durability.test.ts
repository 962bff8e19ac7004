import { copyFileSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { fixedClock } from '@ambassadors/shared';
import { openAppStorage } from '../../../bot/src/storage/app-storage';
import { ttlExpiresAt } from '../../../bot/src/storage/cosmos-ttl';
import { CosmosProgrammeStore } from '../../../bot/src/storage/cosmos-programme-store';
import { createCosmosStorage } from '../../../bot/src/storage/cosmos-client';
import { SNAPSHOT_FILE } from '../../../bot/src/storage/embedded-cosmos';
import {
  backupEmbeddedStore,
  restoreEmbeddedStore,
  verifyStoreFile,
} from '../../../bot/src/storage/embedded-backup';
import { databaseFileName, LOCK_FILE, openEmbeddedDatabase } from '../../../bot/src/storage/embedded-sqlite';
import { IMPORTED_SNAPSHOT_FILE } from '../../../bot/src/storage/snapshot-import';
import { SqliteDeliveryStore } from '../../../bot/src/storage/sqlite-delivery-store';
import { SqliteProgrammeStore } from '../../../bot/src/storage/sqlite-programme-store';
import { boardDocuments, boardFor, ctxFor, makeDataDir, NOW, seedBoard } from './storage-test-kit';

const DB = 'ambassadors';
const dirs: string[] = [];
async function freshDir(): Promise<string> {
  const dir = await makeDataDir();
  dirs.push(dir);
  return dir;
}
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

const countRows = (db: ReturnType<typeof openEmbeddedDatabase>, table: string) =>
  Number((db.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n);

describe('TTL as Cosmos defines it', () => {
  it('container default off: a document ttl is ignored; -1: only a positive document ttl counts', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.constant(undefined), fc.string()), fc.nat(), (ttl, at) => {
        expect(ttlExpiresAt(null, ttl, at)).toBeNull();
        expect(ttlExpiresAt(undefined, ttl, at)).toBeNull();
        const valid = typeof ttl === 'number' && ttl > 0;
        expect(ttlExpiresAt(-1, ttl, at)).toBe(valid ? at + (ttl as number) * 1000 : null);
      }),
    );
  });

  it('container default n: documents expire n s after their write unless their own ttl says otherwise', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.nat(),
        (n, own, at) => {
          expect(ttlExpiresAt(n, undefined, at)).toBe(at + n * 1000);
          expect(ttlExpiresAt(n, own, at)).toBe(at + own * 1000);
          expect(ttlExpiresAt(n, -1, at)).toBeNull();
          // Not a valid TTL (0, fractions): the container default applies.
          expect(ttlExpiresAt(n, 0, at)).toBe(at + n * 1000);
          expect(ttlExpiresAt(n, 1.5, at)).toBe(at + n * 1000);
        },
      ),
    );
  });
});

describe('TTL on the embedded store', () => {
  it('a document past its ttl is invisible at once and purged in the background', async () => {
    const dataDir = await freshDir();
    const database = openEmbeddedDatabase({ dataDir, databaseId: DB, purgeIntervalMs: 0 });
    try {
      let wall = Date.parse(NOW);
      const delivery = new SqliteDeliveryStore(database, () => wall);
      // Retention ends 180 days after recordedAt: recorded 180 days minus 2 s ago → ttl 2 s.
      const recordedAt = new Date(wall - 180 * 86_400_000 + 2000).toISOString();
      const action = {
        id: 'a-ttl',
        type: 'cardAction' as const,
        tenantId: 't-ttl',
        programmeId: 'p-1',
        reminderId: null,
        outboxId: null,
        userId: 'u-1',
        verb: 'ack',
        summary: {},
        recordedAt,
      };
      expect(await delivery.createAction(action)).toBe('created');
      expect(await delivery.getAction('t-ttl', 'a-ttl')).toEqual(action);
      wall += 3000;
      expect(await delivery.getAction('t-ttl', 'a-ttl')).toBeNull();
      expect(await delivery.listActions('t-ttl', 'p-1')).toEqual([]);
      // Gone means gone: the id can be used again.
      expect(await delivery.createAction({ ...action, recordedAt: new Date(wall).toISOString() })).toBe(
        'created',
      );

      const clock = fixedClock(NOW);
      const programmes = new SqliteProgrammeStore(database, { clock });
      const ctx = ctxFor('t-ttl');
      const board = boardFor('t-ttl', 'p-1');
      await programmes.createProgramme(ctx, board.programme);
      await programmes.createDocument(ctx, { ...board.checkIns[0]!, expiresAt: '2026-11-27T10:00:10.000Z' });
      const before = countRows(database, 'programme_docs');
      clock.set('2026-11-27T10:00:11.000Z');
      expect(database.purgeExpired(clock.now().getTime())).toBe(1);
      expect(countRows(database, 'programme_docs')).toBe(before - 1);
      const raw = database.db.prepare('SELECT body FROM programme_docs').all() as Array<{ body: string }>;
      expect(raw.some((row) => row.body.includes(board.checkIns[0]!.id))).toBe(false);
    } finally {
      database.close();
    }
  });
});

describe('durability of the embedded store', () => {
  /** The files as a killed process leaves them: copied while the store is open, log included. */
  function crashCopy(dataDir: string, to: string): string {
    const file = path.join(dataDir, databaseFileName(DB));
    copyFileSync(file, path.join(to, databaseFileName(DB)));
    copyFileSync(`${file}-wal`, path.join(to, `${databaseFileName(DB)}-wal`));
    return path.join(to, `${databaseFileName(DB)}-wal`);
  }

  it('every acknowledged write is in the files at once; a torn last log record is ignored on open', async () => {
    const dataDir = await freshDir();
    const database = openEmbeddedDatabase({ dataDir, databaseId: DB, purgeIntervalMs: 0 });
    const store = new SqliteProgrammeStore(database, { clock: fixedClock(NOW) });
    const ctx = ctxFor('t-crash');
    const ids = Array.from({ length: 20 }, (_, i) => `p-${i}`);
    const idsOf = async (dir: string) => {
      const opened = openEmbeddedDatabase({ dataDir: dir, databaseId: DB, purgeIntervalMs: 0 });
      try {
        const listed = await new SqliteProgrammeStore(opened, { clock: fixedClock(NOW) }).listProgrammes(ctx);
        return listed.map((p) => p.id).sort();
      } finally {
        opened.close();
      }
    };
    try {
      for (const id of ids) await store.createProgramme(ctx, boardFor('t-crash', id).programme);

      // Killed right after the last acknowledgement: nothing lost.
      const intact = await freshDir();
      const intactWal = crashCopy(dataDir, intact);
      const complete = readFileSync(intactWal);
      expect(await idsOf(intact)).toEqual([...ids].sort());

      // Killed while the next write was half-way into the log: that write (never acknowledged)
      // is dropped, everything before it is there, and the store opens healthy.
      await store.createProgramme(ctx, boardFor('t-crash', 'p-torn').programme);
      const withLast = readFileSync(path.join(dataDir, `${databaseFileName(DB)}-wal`));
      expect(withLast.length).toBeGreaterThan(complete.length);
      const torn = await freshDir();
      const tornWal = crashCopy(dataDir, torn);
      writeFileSync(
        tornWal,
        withLast.subarray(0, complete.length + Math.floor((withLast.length - complete.length) / 2)),
      );
      expect(await idsOf(torn)).toEqual([...ids].sort());
      expect(verifyStoreFile(path.join(torn, databaseFileName(DB))).programmeDocuments).toBe(ids.length * 2);

      // Garbage after the last complete record is ignored too.
      const garbage = await freshDir();
      const garbageWal = crashCopy(dataDir, garbage);
      writeFileSync(garbageWal, Buffer.concat([withLast, Buffer.alloc(5000, 0xab)]));
      expect(await idsOf(garbage)).toEqual([...ids, 'p-torn'].sort());
    } finally {
      database.close();
    }
  });

  it('one process per data folder; its files are private (0700 folder, 0600 files)', async () => {
    const dataDir = path.join(await freshDir(), 'nested', '.data');
    const first = openEmbeddedDatabase({ dataDir, databaseId: DB, purgeIntervalMs: 0 });
    try {
      await new SqliteProgrammeStore(first).createProgramme(
        ctxFor('t-mode'),
        boardFor('t-mode', 'p').programme,
      );
      expect(statSync(dataDir).mode & 0o777).toBe(0o700);
      for (const name of [databaseFileName(DB), `${databaseFileName(DB)}-wal`, LOCK_FILE]) {
        expect(statSync(path.join(dataDir, name)).mode & 0o777).toBe(0o600);
      }
      // The lock names a running process (this one, as another would see it).
      writeFileSync(path.join(dataDir, LOCK_FILE), JSON.stringify({ pid: process.ppid }));
      expect(() => openEmbeddedDatabase({ dataDir, databaseId: DB, purgeIntervalMs: 0 })).toThrow(
        expect.objectContaining({ code: 'STORE_IN_USE' }),
      );
      expect(() => restoreEmbeddedStore(dataDir, DB, path.join(dataDir, 'x.sqlite'))).toThrow(
        expect.objectContaining({ code: 'STORE_IN_USE' }),
      );
      // A lock left by a process that is gone is taken over.
      writeFileSync(path.join(dataDir, LOCK_FILE), JSON.stringify({ pid: 2 ** 22 + 12345 }));
    } finally {
      first.close();
    }
    const again = openEmbeddedDatabase({ dataDir, databaseId: DB, purgeIntervalMs: 0 });
    expect(countRows(again, 'programme_docs')).toBe(2);
    again.close();
    expect(existsSync(path.join(dataDir, LOCK_FILE))).toBe(false);
  });

  it('a backup taken during writes restores to a store that holds everything written before it', async () => {
    const dataDir = await freshDir();
    const database = openEmbeddedDatabase({ dataDir, databaseId: DB, purgeIntervalMs: 0 });
    const store = new SqliteProgrammeStore(database, { clock: fixedClock(NOW) });
    const ctx = ctxFor('t-backup');
    await seedBoard(store, ctx, boardFor('t-backup', 'p-before'));
    const backup = path.join(await freshDir(), 'copy.sqlite');
    const writing = (async () => {
      for (let i = 0; i < 30; i += 1)
        await store.createProgramme(ctx, boardFor('t-backup', `p-w${i}`).programme);
    })();
    const result = backupEmbeddedStore(dataDir, DB, backup);
    await writing;
    database.close();
    // Everything acknowledged before the copy began: the programme, its schedule record, its documents.
    expect(result.programmeDocuments).toBeGreaterThanOrEqual(
      2 + boardDocuments(boardFor('t-backup', 'p-before')).length,
    );
    expect(statSync(backup).mode & 0o777).toBe(0o600);
    expect(() => backupEmbeddedStore(dataDir, DB, backup)).toThrow(
      expect.objectContaining({ code: 'ALREADY_EXISTS' }),
    );

    const target = await freshDir();
    const restored = restoreEmbeddedStore(target, DB, backup);
    expect(restored.previous).toBeNull();
    const storage = await openAppStorage({ mode: 'embedded', databaseId: DB, dataDir: target });
    try {
      const board = await storage.programmeStore.loadBoard(ctx, 'p-before');
      expect(board?.ambassadorships).toHaveLength(boardFor('t-backup', 'p-before').ambassadorships.length);
    } finally {
      await storage.close();
    }
    // Restoring over a store keeps the one it replaced.
    const again = restoreEmbeddedStore(target, DB, backup);
    expect(again.previous && existsSync(again.previous)).toBe(true);
    const garbage = path.join(target, 'not-a-store.sqlite');
    writeFileSync(garbage, 'hello');
    expect(() => restoreEmbeddedStore(target, DB, garbage)).toThrow(
      expect.objectContaining({ code: 'STORE_SNAPSHOT_INVALID' }),
    );
  });
});

describe('moving from the earlier embedded store', () => {
  it('imports an existing Cosmos snapshot once, on the first start, and keeps the snapshot file', async () => {
    const dataDir = await freshDir();
    const old = await createCosmosStorage(
      { mode: 'embedded', databaseId: DB, dataDir },
      { snapshotDelayMs: 3_600_000 },
    );
    const ctx = ctxFor('t-import');
    const board = boardFor('t-import', 'p-old');
    await seedBoard(CosmosProgrammeStore.fromStorage(old, { clock: fixedClock(NOW) }), ctx, board);
    await old.close();
    expect(existsSync(path.join(dataDir, SNAPSHOT_FILE))).toBe(true);

    const first = await openAppStorage(
      { mode: 'embedded', databaseId: DB, dataDir },
      { clock: fixedClock(NOW) },
    );
    try {
      expect(first.imported).toMatchObject({ skipped: 0 });
      expect(first.imported!.programmes).toBeGreaterThan(10);
      const loaded = await first.programmeStore.loadBoard(ctx, 'p-old');
      expect(loaded?.meetings.map((m) => m.id).sort()).toEqual(board.meetings.map((m) => m.id).sort());
      expect(await first.programmeStore.findProgrammesDue(new Date('2030-01-01'), 10)).toEqual([
        expect.objectContaining({ tenantId: 't-import', programmeId: 'p-old' }),
      ]);
    } finally {
      await first.close();
    }
    expect(existsSync(path.join(dataDir, SNAPSHOT_FILE))).toBe(false);
    expect(existsSync(path.join(dataDir, IMPORTED_SNAPSHOT_FILE))).toBe(true);

    // A snapshot showing up again later is not imported over the store.
    copyFileSync(path.join(dataDir, IMPORTED_SNAPSHOT_FILE), path.join(dataDir, SNAPSHOT_FILE));
    const second = await openAppStorage({ mode: 'embedded', databaseId: DB, dataDir });
    expect(second.imported).toBeNull();
    await second.close();
  });
});
