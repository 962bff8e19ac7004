import { copyFile, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createCosmosStorage } from '../../../bot/src/storage/cosmos-client';
import { SNAPSHOT_FILE, startEmbeddedCosmos } from '../../../bot/src/storage/embedded-cosmos';
import { waitFor } from '../../support/wait-for';
import { boardFor, ctxFor, makeDataDir, seedBoard, startStorage, withoutEtag } from './storage-test-kit';

const ctx = ctxFor('tenant-a');

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

describe('embedded Cosmos server: persistence across restarts', () => {
  it('keeps every document after close and a restart on the same DATA_DIR', async () => {
    const first = await startStorage();
    const board = boardFor('tenant-a', 'persist-1');
    await seedBoard(first.store, ctx, board);
    await first.store.setNextCheck('tenant-a', 'persist-1', new Date('2026-12-01T08:00:00.000Z'));
    const before = (await first.store.loadBoard(ctx, 'persist-1'))!;
    const { dataDir } = first;
    await first.close({ keepDataDir: true });

    const second = await startStorage(dataDir);
    try {
      const after = (await second.store.loadBoard(ctx, 'persist-1'))!;
      expect(withoutEtag(after.programme)).toEqual(withoutEtag(before.programme));
      expect(after.ambassadorships.map(withoutEtag)).toEqual(before.ambassadorships.map(withoutEtag));
      expect(after.applications.map(withoutEtag)).toEqual(before.applications.map(withoutEtag));
      expect(after.meetings.map(withoutEtag)).toEqual(before.meetings.map(withoutEtag));
      expect(after.checkIns.map(withoutEtag)).toEqual(before.checkIns.map(withoutEtag));
      expect(after.decisions.map(withoutEtag)).toEqual(before.decisions.map(withoutEtag));
      expect(await second.store.findProgrammesDue(new Date('2026-12-31T00:00:00.000Z'), 10)).toEqual([
        { tenantId: 'tenant-a', programmeId: 'persist-1', nextCheckAt: '2026-12-01T08:00:00.000Z' },
      ]);
      // Container settings (hierarchical key, TTL, indexing) survive too, and writes keep working.
      const { resource } = await second.storage.containers.programmes.read();
      expect(resource?.partitionKey?.paths).toEqual(['/tenantId', '/programmeId']);
      expect(resource?.defaultTtl).toBe(-1);
      const again = await second.store.replaceProgramme(
        ctx,
        { ...board.programme, name: 'After restart' },
        after.programme.etag,
      );
      expect(again.name).toBe('After restart');
    } finally {
      await second.close();
    }
  });

  it('writes the snapshot shortly after a write (debounced), atomically, without waiting for close', async () => {
    const kit = await startStorage();
    const file = path.join(kit.dataDir, SNAPSHOT_FILE);
    try {
      await kit.store.createProgramme(ctx, boardFor('tenant-a', 'debounced-1').programme);
      await waitFor(
        async () => (await exists(file)) && (await readFile(file, 'utf8')).includes('debounced-1'),
      );
      const snapshot = JSON.parse(await readFile(file, 'utf8'));
      expect(snapshot.format).toBe('ambassadors-cosmos-snapshot');
      const programmes = snapshot.databases[0].containers.find(
        (c: { definition: { id: string } }) => c.definition.id === 'programmes',
      );
      const doc = programmes.documents.find((d: { id: string }) => d.id === 'debounced-1');
      expect(doc).toMatchObject({ type: 'programme', tenantId: 'tenant-a', programmeId: 'debounced-1' });
      expect(doc).not.toHaveProperty('_etag');
      expect(doc).not.toHaveProperty('_rid');
    } finally {
      await kit.close({ keepDataDir: true });
    }
    // Once saving is done, no temp files are left behind.
    expect((await readdir(kit.dataDir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    await rm(kit.dataDir, { recursive: true, force: true });
  });

  it('the debounced snapshot alone restores the data (as after a crash before close)', async () => {
    const kit = await startStorage();
    const copyDir = await makeDataDir();
    try {
      await seedBoard(kit.store, ctx, boardFor('tenant-a', 'crash-1'));
      const file = path.join(kit.dataDir, SNAPSHOT_FILE);
      // Wait for the background snapshot, then take the file as a crash would leave it.
      await waitFor(async () => {
        if (!(await exists(file))) return false;
        const text = await readFile(file, 'utf8');
        return text.includes('crash-1.decision-1') && text.includes('schedule:crash-1');
      });
      await copyFile(file, path.join(copyDir, SNAPSHOT_FILE));
    } finally {
      await kit.close();
    }
    const restarted = await startStorage(copyDir);
    try {
      const board = (await restarted.store.loadBoard(ctx, 'crash-1'))!;
      expect(board.decisions.map((d) => d.id)).toEqual(['crash-1.decision-1']);
      expect(board.ambassadorships).toHaveLength(3);
    } finally {
      await restarted.close();
    }
  });

  it('reads (queries, query plans, point reads) do not trigger a snapshot; the next write does', async () => {
    const kit = await startStorage();
    const file = path.join(kit.dataDir, SNAPSHOT_FILE);
    try {
      await seedBoard(kit.store, ctx, boardFor('tenant-a', 'reads-1'));
      await kit.storage.embedded!.flush();
      const saved = (await stat(file)).mtimeMs;
      await kit.store.loadBoard(ctx, 'reads-1');
      await kit.store.listProgrammes(ctx);
      await kit.store.getProgramme(ctx, 'reads-1');
      await kit.store.findProgrammesDue(new Date(), 10);
      await kit.store.ping();
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect((await stat(file)).mtimeMs).toBe(saved);
      await kit.store.setNextCheck('tenant-a', 'reads-1', new Date('2027-01-01T00:00:00.000Z'));
      await waitFor(async () => (await readFile(file, 'utf8')).includes('2027-01-01T00:00:00.000Z'));
    } finally {
      await kit.close();
    }
  });

  it('refuses to start on an unreadable snapshot instead of starting empty and overwriting it', async () => {
    const dataDir = await makeDataDir();
    const file = path.join(dataDir, SNAPSHOT_FILE);
    await writeFile(file, '{"format": "ambassadors-cosmos-snapshot", "version": 1, "databa', 'utf8');
    try {
      await expect(startEmbeddedCosmos({ dataDir })).rejects.toMatchObject({
        code: 'STORE_SNAPSHOT_INVALID',
      });
      await expect(
        createCosmosStorage({ mode: 'embedded', databaseId: 'ambassadors', dataDir }),
      ).rejects.toMatchObject({ code: 'STORE_SNAPSHOT_INVALID' });
      expect(await readFile(file, 'utf8')).toContain('"databa');
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('starts empty without a snapshot, and creates the data folder when it first saves', async () => {
    const parent = await makeDataDir();
    const dataDir = path.join(parent, 'nested', 'data');
    try {
      const storage = await createCosmosStorage({ mode: 'embedded', databaseId: 'ambassadors', dataDir });
      expect(storage.embedded?.endpoint).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
      const { resources } = await storage.containers.programmes.items.readAll().fetchAll();
      expect(resources).toEqual([]);
      await storage.close();
      const snapshot = JSON.parse(await readFile(path.join(dataDir, SNAPSHOT_FILE), 'utf8'));
      expect(snapshot.databases.map((d: { id: string }) => d.id)).toEqual(['ambassadors']);
      expect(
        snapshot.databases[0].containers.map((c: { definition: { id: string } }) => c.definition.id).sort(),
      ).toEqual(['delivery', 'programmes']);
    } finally {
      await rm(parent, { recursive: true, force: true });
    }
  });
});
