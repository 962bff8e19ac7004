import { DomainError, type BoardDocument, type Stored } from '@ambassadors/shared';
import {
  boardDocuments,
  boardFor,
  ctxFor,
  seedBoard,
  startStorage,
  withoutEtag,
  type StorageKit,
} from './storage-test-kit';

const TENANT = 'tenant-a';
const ctx = ctxFor(TENANT);

describe('CosmosProgrammeStore on the embedded Cosmos server', () => {
  let kit: StorageKit;

  beforeAll(async () => {
    kit = await startStorage();
  });
  afterAll(async () => {
    await kit.close();
  });

  it('creates, reads, lists and replaces programmes with ETags', async () => {
    const { programme } = boardFor(TENANT, 'crud-1');
    const created = await kit.store.createProgramme(ctx, programme);
    expect(withoutEtag(created)).toEqual(programme);
    expect(created.etag).toEqual(expect.any(String));
    for (const field of ['_rid', '_self', '_ts', '_etag', '_attachments', 'type', 'programmeId']) {
      expect(created).not.toHaveProperty(field);
    }

    const read = await kit.store.getProgramme(ctx, 'crud-1');
    expect(read).toEqual(created);

    const replaced = await kit.store.replaceProgramme(ctx, { ...programme, name: 'Renamed' }, created.etag);
    expect(replaced.name).toBe('Renamed');
    expect(replaced.etag).not.toBe(created.etag);

    await kit.store.createProgramme(ctx, { ...boardFor(TENANT, 'crud-2').programme, name: 'Another' });
    const listed = await kit.store.listProgrammes(ctx);
    expect(listed.map((p) => [p.id, p.name])).toEqual(
      expect.arrayContaining([
        ['crud-1', 'Renamed'],
        ['crud-2', 'Another'],
      ]),
    );
    expect(listed.every((p) => p.tenantId === TENANT && typeof p.etag === 'string')).toBe(true);
  });

  it('stores every board document type and loads the board in one single-partition query', async () => {
    const board = boardFor(TENANT, 'board-1');
    await seedBoard(kit.store, ctx, board);
    // Another programme in the same tenant must not bleed into this board.
    await seedBoard(kit.store, ctx, boardFor(TENANT, 'board-2'));

    kit.requests.length = 0;
    const loaded = await kit.store.loadBoard(ctx, 'board-1');
    // One query page; the SDK also fetches a query plan next to every query (no RU).
    expect(kit.requests.map((r) => [r.operation, r.requests])).toEqual([['loadBoard', 1]]);
    expect(kit.requests[0]!.metadataRequests).toBeLessThanOrEqual(1);
    expect(loaded).not.toBeNull();
    const strip = <T extends { etag: string }>(docs: T[]) => docs.map(withoutEtag);
    const byId = <T extends { id: string }>(docs: T[]) => [...docs].sort((a, b) => a.id.localeCompare(b.id));
    expect(withoutEtag(loaded!.programme)).toEqual(board.programme);
    expect(byId(strip(loaded!.ambassadorships))).toEqual(byId(board.ambassadorships));
    expect(byId(strip(loaded!.applications))).toEqual(byId(board.applications));
    expect(byId(strip(loaded!.meetings))).toEqual(byId(board.meetings));
    expect(byId(strip(loaded!.checkIns))).toEqual(byId(board.checkIns));
    expect(byId(strip(loaded!.decisions))).toEqual(byId(board.decisions));
    expect(board.decisions.length).toBeGreaterThan(0);
    expect(board.checkIns.length).toBeGreaterThan(0);
  });

  it('gets and replaces each board document type, and rejects a stale ETag with CONFLICT', async () => {
    const board = boardFor(TENANT, 'docs-1');
    await seedBoard(kit.store, ctx, board);
    const samples: BoardDocument[] = [
      board.ambassadorships[0]!,
      board.applications[0]!,
      board.meetings[0]!,
      board.checkIns[0]!,
      board.decisions[0]!,
    ];
    for (const doc of samples) {
      const got = await kit.store.getDocument(ctx, 'docs-1', doc.type, doc.id);
      expect(got && withoutEtag(got)).toEqual(doc);
      // The same id asked for as another type is not found.
      const otherType = doc.type === 'meeting' ? 'decision' : 'meeting';
      expect(await kit.store.getDocument(ctx, 'docs-1', otherType, doc.id)).toBeNull();

      const changed = changeOf(doc);
      const replaced = await kit.store.replaceDocument(ctx, changed, got!.etag);
      expect(withoutEtag(replaced)).toEqual(changed);
      expect(replaced.etag).not.toBe(got!.etag);

      // Writing again with the old ETag loses nothing: CONFLICT, and the newer data stays.
      await expect(kit.store.replaceDocument(ctx, doc, got!.etag)).rejects.toMatchObject({
        code: 'CONFLICT',
      });
      const after = await kit.store.getDocument(ctx, 'docs-1', doc.type, doc.id);
      expect(after).toEqual(replaced);
    }
  });

  it('finds a board document only under its own programme', async () => {
    const board = boardFor(TENANT, 'own-1');
    await seedBoard(kit.store, ctx, board);
    await kit.store.createProgramme(ctx, boardFor(TENANT, 'own-2').programme);
    for (const doc of boardDocuments(board)) {
      expect(await kit.store.getDocument(ctx, 'own-1', doc.type, doc.id)).not.toBeNull();
      expect(await kit.store.getDocument(ctx, 'own-2', doc.type, doc.id)).toBeNull();
    }
    expect(await kit.store.getProgramme(ctx, board.meetings[0]!.id)).toBeNull();
  });

  it('two writers holding the same version: the second gets CONFLICT and the first one keeps its change', async () => {
    const { programme } = boardFor(TENANT, 'race-1');
    const v1 = await kit.store.createProgramme(ctx, programme);
    const [first, second] = await Promise.allSettled([
      kit.store.replaceProgramme(ctx, { ...programme, purpose: 'from writer one' }, v1.etag),
      kit.store.replaceProgramme(ctx, { ...programme, purpose: 'from writer two' }, v1.etag),
    ]);
    const outcomes = [first, second].map((r) => r.status);
    expect(outcomes.sort()).toEqual(['fulfilled', 'rejected']);
    const winner = [first, second].find((r) => r.status === 'fulfilled') as PromiseFulfilledResult<
      Stored<typeof programme>
    >;
    const loser = [first, second].find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(loser.reason).toBeInstanceOf(DomainError);
    expect((loser.reason as DomainError).code).toBe('CONFLICT');
    const stored = await kit.store.getProgramme(ctx, 'race-1');
    expect(stored).toEqual(winner.value);
  });

  it('maps create-with-taken-id to ALREADY_EXISTS and missing documents to null / NOT_FOUND', async () => {
    const board = boardFor(TENANT, 'errors-1');
    const created = await kit.store.createProgramme(ctx, board.programme);
    await expect(kit.store.createProgramme(ctx, board.programme)).rejects.toMatchObject({
      code: 'ALREADY_EXISTS',
    });
    const meeting = board.meetings[0]!;
    await kit.store.createDocument(ctx, meeting);
    await expect(kit.store.createDocument(ctx, meeting)).rejects.toMatchObject({ code: 'ALREADY_EXISTS' });

    expect(await kit.store.getProgramme(ctx, 'no-such-programme')).toBeNull();
    expect(await kit.store.loadBoard(ctx, 'no-such-programme')).toBeNull();
    expect(await kit.store.getDocument(ctx, 'errors-1', 'meeting', 'no-such-meeting')).toBeNull();
    await expect(
      kit.store.replaceProgramme(ctx, { ...board.programme, id: 'no-such-programme' }, created.etag),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      kit.store.replaceDocument(ctx, { ...meeting, id: 'errors-1.no-such-meeting' }, created.etag),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      kit.store.createDocument(ctx, { ...meeting, id: 'orphan', programmeId: 'no-such-programme' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await kit.store.loadBoard(ctx, 'no-such-programme')).toBeNull();
  });

  it('validates input at the boundary: invalid documents are VALIDATION_FAILED and nothing is written', async () => {
    const board = boardFor(TENANT, 'invalid-1');
    await expect(kit.store.createProgramme(ctx, { ...board.programme, name: '' })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    expect(await kit.store.getProgramme(ctx, 'invalid-1')).toBeNull();
    await kit.store.createProgramme(ctx, board.programme);
    const bad = { ...board.checkIns[0]!, alignment: 9 };
    await expect(kit.store.createDocument(ctx, bad)).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    const unknownType = { ...board.meetings[0]!, type: 'note' } as unknown as BoardDocument;
    await expect(kit.store.createDocument(ctx, unknownType)).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    await expect(kit.store.replaceProgramme(ctx, board.programme, '')).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    expect((await kit.store.loadBoard(ctx, 'invalid-1'))!.checkIns).toEqual([]);
  });

  it('gives check-ins a Cosmos TTL from expiresAt and hides expired ones (the embedded server has no TTL)', async () => {
    const board = boardFor(TENANT, 'ttl-1');
    await seedBoard(kit.store, ctx, board);
    const checkIn = board.checkIns[0]!;
    const { resource } = await kit.storage.containers.programmes.item(checkIn.id, [TENANT, 'ttl-1']).read();
    const expected = Math.ceil((Date.parse(checkIn.expiresAt) - kit.clock.now().getTime()) / 1000);
    expect(resource.ttl).toBe(expected);
    expect(expected).toBeGreaterThan(0);

    const latest = Math.max(...board.checkIns.map((c) => Date.parse(c.expiresAt)));
    kit.clock.set(new Date(latest + 1000));
    try {
      expect(await kit.store.getDocument(ctx, 'ttl-1', 'checkIn', checkIn.id)).toBeNull();
      const loaded = await kit.store.loadBoard(ctx, 'ttl-1');
      expect(loaded!.checkIns).toEqual([]);
      expect(loaded!.ambassadorships).toHaveLength(board.ambassadorships.length);
    } finally {
      kit.clock.set(new Date('2026-11-27T10:00:00.000Z'));
    }
  });

  it('reports each Cosmos call to onRequest with its charge, round trips and duration', async () => {
    const board = boardFor(TENANT, 'metrics-1');
    kit.requests.length = 0;
    const started = performance.now();
    await kit.store.createProgramme(ctx, board.programme);
    await kit.store.getProgramme(ctx, 'metrics-1');
    await kit.store.getProgramme(ctx, 'metrics-missing');
    const elapsed = performance.now() - started;
    expect(kit.requests.map((r) => [r.operation, r.statusCode])).toEqual([
      ['createProgramme', 201],
      ['createProgramme.schedule', 201],
      ['getProgramme', 200],
      ['getProgramme', 404],
    ]);
    for (const request of kit.requests) {
      expect(request.requestCharge).toBeGreaterThan(0);
      expect(request.requests).toBeGreaterThanOrEqual(1);
      expect(request.durationMs).toBeGreaterThan(0);
    }
    // The calls ran one after another: their durations (milliseconds, measured around each
    // call) add up to no more than the time the four took together.
    const total = kit.requests.reduce((sum, request) => sum + request.durationMs, 0);
    expect(total).toBeLessThanOrEqual(elapsed);
  });
});

/** A valid change to any board document, so a replace is visible. */
function changeOf(doc: BoardDocument): BoardDocument {
  switch (doc.type) {
    case 'ambassadorship':
      return { ...doc, exit: { ...doc.exit, handoverNotes: 'changed' } };
    case 'application':
      return { ...doc, motivation: 'changed motivation' };
    case 'meeting':
      return { ...doc, held: !doc.held };
    case 'checkIn':
      return { ...doc, progress: 'changed progress' };
    case 'decision':
      return { ...doc, explanation: 'changed explanation' };
    case 'feedbackMonth':
      return { ...doc, checkIns: doc.checkIns + 1 };
    case 'openSituation':
      return { ...doc, situation: 'changed situation' };
  }
}
