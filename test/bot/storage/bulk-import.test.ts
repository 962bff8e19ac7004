import { importBoards } from '../../../bot/src/storage/bulk-import';
import { boardFor, ctxFor, NOW, startStorage, withoutEtag, type StorageKit } from './storage-test-kit';

describe('importBoards (bulk seeding)', () => {
  let kit: StorageKit;

  beforeAll(async () => {
    kit = await startStorage();
  });
  afterAll(async () => {
    await kit.close();
  });

  it('writes whole boards in bulk, readable through the store exactly as if written one by one', async () => {
    const boards = ['bulk-1', 'bulk-2', 'bulk-3'].map((id, i) => boardFor(`tenant-${i % 2}`, id));
    const result = await importBoards(kit.storage.containers.programmes, boards, new Date(NOW), {
      chunkSize: 20,
    });
    const perBoard = 2 + 3 + 3 + 2 + 3 + 1; // programme, schedule, ambassadorships, applications, meetings, check-ins, decision
    expect(result.documents).toBe(perBoard * boards.length);
    for (const board of boards) {
      const ctx = ctxFor(board.programme.tenantId);
      const loaded = (await kit.store.loadBoard(ctx, board.programme.id))!;
      expect(withoutEtag(loaded.programme)).toEqual(board.programme);
      expect(loaded.ambassadorships).toHaveLength(board.ambassadorships.length);
      expect(loaded.checkIns.map(withoutEtag)).toEqual(
        [...board.checkIns].sort((a, b) => a.submittedAt.localeCompare(b.submittedAt)),
      );
    }
    const { resource } = await kit.storage.containers.programmes
      .item(boards[0]!.checkIns[0]!.id, ['tenant-0', 'bulk-1'])
      .read();
    expect(resource.ttl).toBeGreaterThan(0);
    expect((await kit.store.findProgrammesDue(new Date(NOW), 10)).map((d) => d.programmeId).sort()).toEqual([
      'bulk-1',
      'bulk-2',
      'bulk-3',
    ]);
    await expect(
      importBoards(kit.storage.containers.programmes, [boards[0]!], new Date(NOW)),
    ).rejects.toMatchObject({
      code: 'ALREADY_EXISTS',
    });
  });

  it('refuses documents that belong to another programme or tenant', async () => {
    const board = boardFor('tenant-x', 'bulk-x');
    const stray = { ...board, meetings: [{ ...board.meetings[0]!, tenantId: 'tenant-y' }] };
    await expect(
      importBoards(kit.storage.containers.programmes, [stray], new Date(NOW)),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    expect(await kit.store.getProgramme(ctxFor('tenant-x'), 'bulk-x')).toBeNull();
  });
});
