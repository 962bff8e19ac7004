import { createCosmosStorage } from '../../../bot/src/storage/cosmos-client';
import { CosmosProgrammeStore } from '../../../bot/src/storage/cosmos-programme-store';
import { boardFor, ctxFor, makeDataDir, seedBoard, startStorage, type StorageKit } from './storage-test-kit';

const ctx = ctxFor('tenant-a');

describe('corrupt documents and health checks', () => {
  let kit: StorageKit;

  beforeAll(async () => {
    kit = await startStorage();
  });
  afterAll(async () => {
    await kit.close();
  });

  it('a stored document that fails its schema is STORED_DOCUMENT_INVALID, not passed on', async () => {
    const board = boardFor('tenant-a', 'corrupt-1');
    await seedBoard(kit.store, ctx, board);
    const container = kit.storage.containers.programmes;
    const meeting = board.meetings[0]!;
    // Someone (a bad migration, a manual edit) breaks a meeting and the programme in place.
    await container.items.upsert({ ...meeting, scheduledAt: 'next tuesday-ish' });

    await expect(kit.store.getDocument(ctx, 'corrupt-1', 'meeting', meeting.id)).rejects.toMatchObject({
      code: 'STORED_DOCUMENT_INVALID',
      params: expect.objectContaining({ type: 'meeting', id: meeting.id }),
    });
    await expect(kit.store.loadBoard(ctx, 'corrupt-1')).rejects.toMatchObject({
      code: 'STORED_DOCUMENT_INVALID',
    });

    const { resource: programme } = await container.item('corrupt-1', ['tenant-a', 'corrupt-1']).read();
    await container.items.upsert({ ...programme, owners: [] });
    await expect(kit.store.getProgramme(ctx, 'corrupt-1')).rejects.toMatchObject({
      code: 'STORED_DOCUMENT_INVALID',
      params: expect.objectContaining({ type: 'programme', id: 'corrupt-1' }),
    });
    await expect(kit.store.listProgrammes(ctx)).rejects.toMatchObject({ code: 'STORED_DOCUMENT_INVALID' });
    const error = await kit.store.getProgramme(ctx, 'corrupt-1').catch((e: unknown) => e);
    expect((error as { status: number }).status).toBe(500);
  });

  it('a document stored under the wrong tenant inside a partition is never returned', async () => {
    const board = boardFor('tenant-a', 'mislabelled-1');
    await seedBoard(kit.store, ctx, board);
    // A document in tenant A's programme whose body claims another programme is ignored.
    await kit.storage.containers.programmes.items.upsert({
      ...board.decisions[0]!,
      id: 'stray',
      programmeId: 'elsewhere',
    });
    expect(await kit.store.getDocument(ctx, 'mislabelled-1', 'decision', 'stray')).toBeNull();
    const loaded = await kit.store.loadBoard(ctx, 'mislabelled-1');
    expect(loaded!.decisions.map((d) => d.id)).not.toContain('stray');
  });

  it('ping answers while the store is up and rejects with STORE_UNAVAILABLE once it is gone', async () => {
    const dataDir = await makeDataDir();
    const storage = await createCosmosStorage(
      { mode: 'embedded', databaseId: 'ambassadors', dataDir },
      { retryOptions: { maxRetryAttemptCount: 0, maxWaitTimeInSeconds: 1 } },
    );
    const store = CosmosProgrammeStore.fromStorage(storage);
    await expect(store.ping()).resolves.toBeUndefined();
    await storage.embedded!.close();
    await expect(store.ping()).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    await expect(store.loadBoard(ctx, 'anything')).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    await storage.close();
  });
});
