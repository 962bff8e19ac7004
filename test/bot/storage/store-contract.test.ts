import { rm } from 'node:fs/promises';
import {
  fixedClock,
  type DeliveryStore,
  type DomainError,
  type OutboxRecord,
  type ProgrammeStore,
  type Stored,
} from '@ambassadors/shared';
import { CosmosDeliveryStore } from '../../../bot/src/storage/cosmos-delivery-store';
import { openEmbeddedDatabase } from '../../../bot/src/storage/embedded-sqlite';
import { SqliteDeliveryStore } from '../../../bot/src/storage/sqlite-delivery-store';
import { SqliteProgrammeStore } from '../../../bot/src/storage/sqlite-programme-store';
import {
  boardDocuments,
  boardFor,
  ctxFor,
  makeDataDir,
  NOW,
  seedBoard,
  startStorage,
  withoutEtag,
} from './storage-test-kit';

/**
 * One contract for both adapters behind the store ports: the Cosmos adapter on the
 * Cosmos-protocol emulator (so the production path stays proven) and the embedded SQLite
 * adapter (the local default). Whatever the app relies on — ETag conflicts, ALREADY_EXISTS,
 * tenant isolation, the scheduler's and dispatcher's scans, idempotent creates — is asserted
 * here once and must hold for both.
 */
interface Adapter {
  programmes: ProgrammeStore;
  delivery: DeliveryStore;
  clock: ReturnType<typeof fixedClock>;
  close(): Promise<void>;
}

const adapters: Array<[string, () => Promise<Adapter>]> = [
  [
    'Cosmos adapter on the emulator',
    async () => {
      const kit = await startStorage();
      return {
        programmes: kit.store,
        delivery: new CosmosDeliveryStore(kit.storage.containers.delivery),
        clock: kit.clock,
        close: () => kit.close(),
      };
    },
  ],
  [
    'embedded SQLite adapter',
    async () => {
      const dataDir = await makeDataDir();
      const clock = fixedClock(NOW);
      const database = openEmbeddedDatabase({ dataDir, databaseId: 'contract', purgeIntervalMs: 0 });
      return {
        programmes: new SqliteProgrammeStore(database, { clock }),
        delivery: new SqliteDeliveryStore(database),
        clock,
        close: async () => {
          database.close();
          await rm(dataDir, { recursive: true, force: true });
        },
      };
    },
  ],
];

const at = (iso: string) => new Date(iso);

function outbox(tenantId: string, id: string, patch: Partial<OutboxRecord> = {}): OutboxRecord {
  return {
    id,
    type: 'outbox',
    tenantId,
    programmeId: 'p-1',
    reminderId: `r-${id}`,
    kind: 'meeting',
    recipient: { userId: `u-${id}`, displayName: 'Someone' },
    locale: 'en',
    payload: {},
    dueAt: '2026-11-27T09:00:00.000Z',
    expiresAt: '2099-01-01T00:00:00.000Z',
    sendWindow: null,
    status: 'queued',
    attempts: 0,
    lastStatusCode: null,
    lastAttemptAt: null,
    reason: null,
    nextAttemptAt: '2026-11-27T09:00:00.000Z',
    leaseOwner: null,
    leaseUntil: '1970-01-01T00:00:00.000Z',
    activityId: null,
    conversationId: null,
    createdAt: '2026-11-27T09:00:00.000Z',
    updatedAt: '2026-11-27T09:00:00.000Z',
    ...patch,
  };
}

describe.each(adapters)('store contract: %s', (_name, open) => {
  let a: Adapter;
  beforeAll(async () => {
    a = await open();
  });
  afterAll(async () => {
    await a.close();
  });
  afterEach(() => a.clock.set(NOW));

  it('creates, reads, lists and replaces a programme; a stale ETag is CONFLICT and changes nothing', async () => {
    const ctx = ctxFor('t-crud');
    const { programme } = boardFor('t-crud', 'p-1');
    const created = await a.programmes.createProgramme(ctx, programme);
    expect(withoutEtag(created)).toEqual(programme);
    expect(await a.programmes.getProgramme(ctx, 'p-1')).toEqual(created);
    const renamed = await a.programmes.replaceProgramme(ctx, { ...programme, name: 'B' }, created.etag);
    expect(renamed.etag).not.toBe(created.etag);
    await expect(
      a.programmes.replaceProgramme(ctx, { ...programme, name: 'C' }, created.etag),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(a.programmes.createProgramme(ctx, programme)).rejects.toMatchObject({
      code: 'ALREADY_EXISTS',
    });
    await a.programmes.createProgramme(ctx, { ...boardFor('t-crud', 'p-0').programme, name: 'A' });
    expect((await a.programmes.listProgrammes(ctx)).map((p) => [p.id, p.name])).toEqual([
      ['p-0', 'A'],
      ['p-1', 'B'],
    ]);
    await expect(
      a.programmes.replaceProgramme(ctx, { ...boardFor('t-crud', 'p-none').programme }, created.etag),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('of two writers holding the same version, exactly one wins', async () => {
    const ctx = ctxFor('t-race');
    const { programme } = boardFor('t-race', 'p-1');
    const v1 = await a.programmes.createProgramme(ctx, programme);
    const results = await Promise.allSettled([
      a.programmes.replaceProgramme(ctx, { ...programme, purpose: 'one' }, v1.etag),
      a.programmes.replaceProgramme(ctx, { ...programme, purpose: 'two' }, v1.etag),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const winner = results.find((r) => r.status === 'fulfilled') as PromiseFulfilledResult<
      Stored<typeof programme>
    >;
    const loser = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect((loser.reason as DomainError).code).toBe('CONFLICT');
    expect(await a.programmes.getProgramme(ctx, 'p-1')).toEqual(winner.value);
  });

  it('loads a whole board, only its own documents, and gets/replaces each document type', async () => {
    const ctx = ctxFor('t-board');
    const board = boardFor('t-board', 'p-1');
    await seedBoard(a.programmes, ctx, board);
    await seedBoard(a.programmes, ctx, boardFor('t-board', 'p-2'));
    const loaded = await a.programmes.loadBoard(ctx, 'p-1');
    const ids = (docs: Array<{ id: string }>) => docs.map((d) => d.id).sort();
    expect(ids(loaded!.ambassadorships)).toEqual(ids(board.ambassadorships));
    expect(ids(loaded!.meetings)).toEqual(ids(board.meetings));
    expect(ids(loaded!.decisions)).toEqual(ids(board.decisions));
    expect(loaded!.checkIns.map(withoutEtag)).toEqual(
      [...board.checkIns].sort(
        (x, y) => x.submittedAt.localeCompare(y.submittedAt) || x.id.localeCompare(y.id),
      ),
    );
    expect(JSON.stringify(loaded)).not.toContain('scheduleState');
    for (const doc of boardDocuments(board)) {
      const stored = await a.programmes.getDocument(ctx, 'p-1', doc.type, doc.id);
      expect(stored).not.toBeNull();
      expect(await a.programmes.getDocument(ctx, 'p-2', doc.type, doc.id)).toBeNull();
      const replaced = await a.programmes.replaceDocument(ctx, doc, stored!.etag);
      await expect(a.programmes.replaceDocument(ctx, doc, stored!.etag)).rejects.toMatchObject({
        code: 'CONFLICT',
      });
      expect(await a.programmes.getDocument(ctx, 'p-1', doc.type, doc.id)).toEqual(replaced);
    }
    await expect(a.programmes.createDocument(ctx, board.meetings[0]!)).rejects.toMatchObject({
      code: 'ALREADY_EXISTS',
    });
    expect(await a.programmes.loadBoard(ctx, 'p-missing')).toBeNull();
  });

  it('keeps tenants apart: another tenant can neither see, change nor add to a programme', async () => {
    const alice = ctxFor('t-alice');
    const bob = ctxFor('t-bob');
    const board = boardFor('t-alice', 'p-1');
    await seedBoard(a.programmes, alice, board);
    const programme = (await a.programmes.getProgramme(alice, 'p-1'))!;
    expect(await a.programmes.listProgrammes(bob)).toEqual([]);
    expect(await a.programmes.loadBoard(bob, 'p-1')).toBeNull();
    expect(await a.programmes.getProgramme(bob, 'p-1')).toBeNull();
    await expect(
      a.programmes.replaceProgramme(bob, { ...board.programme, name: 'taken' }, programme.etag),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      a.programmes.createDocument(bob, { ...board.meetings[0]!, id: 'intruder' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await a.programmes.getProgramme(alice, 'p-1'))!.name).toBe(board.programme.name);
    expect(await a.programmes.getDocument(alice, 'p-1', 'meeting', 'intruder')).toBeNull();
    // The tenant in a document is always the caller's.
    await a.programmes.createProgramme(bob, { ...board.programme, tenantId: 't-alice' });
    expect((await a.programmes.getProgramme(bob, 'p-1'))!.tenantId).toBe('t-bob');
  });

  it('hides a check-in once it is past expiresAt', async () => {
    const ctx = ctxFor('t-expiry');
    const board = boardFor('t-expiry', 'p-1');
    await a.programmes.createProgramme(ctx, board.programme);
    const checkIn = { ...board.checkIns[0]!, expiresAt: '2026-11-27T10:00:05.000Z' };
    await a.programmes.createDocument(ctx, checkIn);
    expect((await a.programmes.loadBoard(ctx, 'p-1'))!.checkIns).toHaveLength(1);
    a.clock.set('2026-11-27T10:00:06.000Z');
    expect((await a.programmes.loadBoard(ctx, 'p-1'))!.checkIns).toHaveLength(0);
    expect(await a.programmes.getDocument(ctx, 'p-1', 'checkIn', checkIn.id)).toBeNull();
  });

  it('finds due programmes oldest first, limited; a change made while planning is not hidden', async () => {
    for (const tenant of ['t-due-1', 't-due-2']) {
      await a.programmes.createProgramme(ctxFor(tenant), boardFor(tenant, 'p-x').programme);
    }
    await a.programmes.setNextCheck('t-due-1', 'p-x', at('2026-11-28T09:00:00.000Z'));
    await a.programmes.setNextCheck('t-due-2', 'p-x', at('2026-11-28T07:00:00.000Z'));
    const due = (await a.programmes.findProgrammesDue(at('2026-11-29T00:00:00.000Z'), 1000)).filter((d) =>
      d.tenantId.startsWith('t-due-'),
    );
    expect(due).toEqual([
      { tenantId: 't-due-2', programmeId: 'p-x', nextCheckAt: '2026-11-28T07:00:00.000Z' },
      { tenantId: 't-due-1', programmeId: 'p-x', nextCheckAt: '2026-11-28T09:00:00.000Z' },
    ]);
    expect(await a.programmes.findProgrammesDue(at('2027-01-01T00:00:00.000Z'), 1)).toHaveLength(1);
    await expect(a.programmes.findProgrammesDue(at(NOW), 0)).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });

    const ctx = ctxFor('t-due-1');
    expect(await a.programmes.loadBoard(ctx, 'p-x')).not.toBeNull();
    await a.programmes.createDocument(ctx, boardFor('t-due-1', 'p-x').meetings[0]!);
    await a.programmes.setNextCheck('t-due-1', 'p-x', at('2026-12-15T09:00:00.000Z'));
    const after = await a.programmes.findProgrammesDue(at(NOW), 1000);
    expect(after.filter((d) => d.tenantId === 't-due-1')).toEqual([
      { tenantId: 't-due-1', programmeId: 'p-x', nextCheckAt: NOW },
    ]);
  });

  it('a programme deleted while the scheduler was planning it does not come back into the schedule', async () => {
    const ctx = ctxFor('t-gone');
    const findGone = async () =>
      (await a.programmes.findProgrammesDue(at('2099-01-01T00:00:00.000Z'), 1000)).filter(
        (d) => d.tenantId === 't-gone',
      );
    // Seen by a scheduler pass (loadBoard remembers the schedule record) …
    await a.programmes.createProgramme(ctx, boardFor('t-gone', 'p-seen').programme);
    expect(await a.programmes.loadBoard(ctx, 'p-seen')).not.toBeNull();
    // … and never seen (a pass that read nothing before the delete).
    await a.programmes.createProgramme(ctx, boardFor('t-gone', 'p-unseen').programme);
    expect(await a.programmes.deleteProgramme(ctx, 'p-seen')).toBeGreaterThan(0);
    expect(await a.programmes.deleteProgramme(ctx, 'p-unseen')).toBeGreaterThan(0);
    expect(await findGone()).toEqual([]);

    await a.programmes.setNextCheck('t-gone', 'p-seen', at('2026-12-15T09:00:00.000Z'));
    await a.programmes.setNextCheck('t-gone', 'p-unseen', at('2026-12-15T09:00:00.000Z'));
    expect(await findGone()).toEqual([]);
  });
  it('rejects invalid input with VALIDATION_FAILED and writes nothing', async () => {
    const ctx = ctxFor('t-invalid');
    const { programme } = boardFor('t-invalid', 'p-1');
    await expect(a.programmes.createProgramme(ctx, { ...programme, name: '' })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    expect(await a.programmes.listProgrammes(ctx)).toEqual([]);
    await expect(a.programmes.setNextCheck('bad/tenant', 'p-1', at(NOW))).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
  });

  it('delivery: idempotent enqueue and action records, claimable and stale scans, ETag-guarded replace', async () => {
    const d = a.delivery;
    const first = await d.enqueue([
      outbox('t-d', 'o-1'),
      outbox('t-d', 'o-2', { nextAttemptAt: '2099-01-01T00:00:00.000Z' }),
    ]);
    expect(first).toEqual({ created: 2, existing: 0 });
    expect(await d.enqueue([outbox('t-d', 'o-1')])).toEqual({ created: 0, existing: 1 });

    const claimable = (await d.findClaimable(at(NOW), 100)).filter((r) => r.tenantId === 't-d');
    expect(claimable.map((r) => r.id)).toEqual(['o-1']);
    const { etag, ...record } = claimable[0]!;
    const claimed = await d.replaceOutbox(
      { ...record, status: 'sending', leaseOwner: 'me', leaseUntil: '2026-11-27T10:01:00.000Z' },
      etag,
    );
    expect(claimed).not.toBeNull();
    expect(await d.replaceOutbox({ ...record, status: 'sending', leaseOwner: 'other' }, etag)).toBeNull();
    expect((await d.getOutbox('t-d', 'o-1'))!.leaseOwner).toBe('me');
    expect(await d.getOutbox('t-other', 'o-1')).toBeNull();
    expect((await d.findClaimable(at(NOW), 100)).filter((r) => r.tenantId === 't-d')).toEqual([]);
    expect((await d.findStaleSending(at('2026-11-27T10:02:00.000Z'), 100)).map((r) => r.id)).toContain('o-1');
    expect((await d.findStaleSending(at(NOW), 100)).map((r) => r.id)).not.toContain('o-1');
    expect((await d.listOutbox('t-d', 'p-1')).map((r) => r.id).sort()).toEqual(['o-1', 'o-2']);
    expect(await d.listOutbox('t-other', 'p-1')).toEqual([]);

    const action = {
      id: 'a-1',
      type: 'cardAction' as const,
      tenantId: 't-d',
      programmeId: 'p-1',
      reminderId: null,
      outboxId: 'o-1',
      userId: 'u-1',
      verb: 'ack',
      summary: {},
      recordedAt: NOW,
    };
    expect(await d.createAction(action)).toBe('created');
    expect(await d.createAction(action)).toBe('exists');
    expect(await d.getAction('t-d', 'a-1')).toEqual(action);
    expect(await d.getAction('t-other', 'a-1')).toBeNull();
    expect(await d.listActions('t-d', 'p-1')).toEqual([action]);
    await d.deleteAction('t-d', 'a-1');
    await d.deleteAction('t-d', 'a-1');
    expect(await d.getAction('t-d', 'a-1')).toBeNull();
  });

  it('delivery: conversations by person or conversation, and preferences, per tenant', async () => {
    const d = a.delivery;
    const personal = {
      id: 'ignored',
      type: 'conversation' as const,
      tenantId: 't-c',
      conversationId: 'a:1/x#y?z',
      userId: 'u-1',
      scope: 'personal' as const,
      serviceUrl: 'https://smba.example/',
      reference: { conversation: { id: 'a:1/x#y?z' } },
      installedAt: NOW,
      updatedAt: NOW,
    };
    await d.upsertConversation(personal);
    const found = await d.findPersonalConversation('t-c', 'u-1');
    expect(found).toMatchObject({ conversationId: 'a:1/x#y?z', userId: 'u-1' });
    expect(await d.findPersonalConversation('t-other', 'u-1')).toBeNull();
    expect(await d.removeConversation('t-c', { ...personal, conversationId: 'different' })).toBe(false);
    expect(await d.removeConversation('t-c', personal)).toBe(true);
    expect(await d.findPersonalConversation('t-c', 'u-1')).toBeNull();

    const preference = {
      id: 'x',
      type: 'preference' as const,
      tenantId: 't-c',
      userId: 'u-1',
      paused: true,
      locale: 'da' as const,
      updatedAt: NOW,
    };
    await d.setPreference(preference);
    await d.setPreference({ ...preference, paused: false });
    expect(await d.getPreference('t-c', 'u-1')).toMatchObject({ paused: false, locale: 'da' });
    expect(await d.getPreference('t-other', 'u-1')).toBeNull();
  });
});
