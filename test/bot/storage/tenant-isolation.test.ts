import {
  boardDocuments,
  boardFor,
  ctxFor,
  seedBoard,
  startStorage,
  type StorageKit,
} from './storage-test-kit';

const A = ctxFor('tenant-a', 'leader-a');
const B = ctxFor('tenant-b', 'leader-b');

describe('tenant isolation in the Cosmos store itself', () => {
  let kit: StorageKit;
  const board = boardFor('tenant-a', 'shared-name');

  beforeAll(async () => {
    kit = await startStorage();
    await seedBoard(kit.store, A, board);
  });
  afterAll(async () => {
    await kit.close();
  });

  /** Everything tenant A has, straight from the container, for "nothing changed" checks. */
  async function rawContainer() {
    const { resources } = await kit.storage.containers.programmes.items
      .query('SELECT * FROM c ORDER BY c.id')
      .fetchAll();
    return resources.map(({ _ts: _t, ...rest }) => rest);
  }

  it('tenant B cannot list, load or get tenant A’s programme and documents', async () => {
    expect(await kit.store.listProgrammes(B)).toEqual([]);
    expect(await kit.store.loadBoard(B, 'shared-name')).toBeNull();
    expect(await kit.store.getProgramme(B, 'shared-name')).toBeNull();
    for (const doc of boardDocuments(board)) {
      expect(await kit.store.getDocument(B, 'shared-name', doc.type, doc.id)).toBeNull();
    }
    // …while tenant A sees all of it.
    expect((await kit.store.listProgrammes(A)).map((p) => p.id)).toEqual(['shared-name']);
    expect(await kit.store.loadBoard(A, 'shared-name')).not.toBeNull();
  });

  it('tenant B cannot replace tenant A’s programme or documents, even with the right ETag; nothing changes', async () => {
    const before = await rawContainer();
    const programme = (await kit.store.getProgramme(A, 'shared-name'))!;
    await expect(
      kit.store.replaceProgramme(B, { ...programme, name: 'Hijacked' }, programme.etag),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // A document that names tenant A in its body is still written as tenant B's: NOT_FOUND.
    await expect(
      kit.store.replaceProgramme(B, { ...programme, tenantId: 'tenant-a', name: 'Hijacked' }, programme.etag),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    for (const doc of boardDocuments(board)) {
      const stored = (await kit.store.getDocument(A, 'shared-name', doc.type, doc.id))!;
      await expect(
        kit.store.replaceDocument(B, { ...doc, tenantId: 'tenant-a' }, stored.etag),
      ).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
    }
    expect(await rawContainer()).toEqual(before);
  });

  it('tenant B cannot create documents into tenant A’s programme; nothing is created anywhere', async () => {
    const before = await rawContainer();
    const meeting = { ...board.meetings[0]!, id: 'intruder-meeting', tenantId: 'tenant-a' };
    await expect(kit.store.createDocument(B, meeting)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await rawContainer()).toEqual(before);
  });

  it('tenant B can use the same programme id for its own programme, fully separate from A’s', async () => {
    const own = await kit.store.createProgramme(B, {
      ...board.programme,
      tenantId: 'tenant-a',
      name: 'B’s own',
    });
    expect(own.tenantId).toBe('tenant-b');
    expect((await kit.store.getProgramme(B, 'shared-name'))!.name).toBe('B’s own');
    expect((await kit.store.getProgramme(A, 'shared-name'))!.name).toBe(board.programme.name);
    const bBoard = (await kit.store.loadBoard(B, 'shared-name'))!;
    expect(bBoard.ambassadorships).toEqual([]);
    expect(bBoard.checkIns).toEqual([]);
    const aBoard = (await kit.store.loadBoard(A, 'shared-name'))!;
    expect(aBoard.ambassadorships).toHaveLength(board.ambassadorships.length);
  });
});
