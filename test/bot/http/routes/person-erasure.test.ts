import { documentsNaming, listRawDocuments } from '../../../support/raw-documents';
import { A, B, PEOPLE, startApiWorld, type ApiWorld } from './api-fixture';
import { OTTO, ZELDA, ZELDA_UPN, asAdmin, writePersonEverywhere } from './person-data-world';

/**
 * Erasure (GDPR art. 17) proven on the whole store: a person is written into every kind of record
 * through the real API and the bot's store, a tenant admin erases them, and a scan of every
 * document in every container (raw JSON) finds neither their id, their name nor their UPN —
 * while the programmes, the other people and the feedback they gave stay.
 */
describe('erasing a person', () => {
  let world: ApiWorld;
  let zelda: Awaited<ReturnType<typeof writePersonEverywhere>>;
  let otto: Awaited<ReturnType<typeof writePersonEverywhere>>;

  beforeAll(async () => {
    // On the Cosmos path (the production adapters on the emulator): the scan names its containers;
    // the embedded store's erasure is proven by the store contract (person-data-store-contract).
    world = await startApiWorld({ env: { REMINDERS: 'off' }, embeddedEngine: 'cosmos-emulator' });
    zelda = await writePersonEverywhere(world, ZELDA, 'z');
    otto = await writePersonEverywhere(world, OTTO, 'o');
  });
  afterAll(async () => {
    await world?.close();
  });

  const needles = [ZELDA.userId, ZELDA.displayName, ZELDA_UPN];

  it('before: the person is in both containers and in every document type', async () => {
    const raw = await listRawDocuments(world.server.storage);
    const typeOf = (hit: { container: string; id: string }) =>
      `${hit.container}:${String(JSON.parse(raw.find((d) => d.container === hit.container && d.id === hit.id)!.json).type)}`;
    const types = new Set(documentsNaming(raw, needles).map(typeOf));
    // Check-ins name nobody and nothing stored links them to the person: found here by their text.
    for (const hit of documentsNaming(raw, zelda.checkInTexts)) types.add(typeOf(hit));
    expect([...types]).toEqual(
      expect.arrayContaining([
        'programmes:programme',
        'programmes:application',
        'programmes:ambassadorship',
        'programmes:meeting',
        'programmes:decision',
        'programmes:checkIn',
        'delivery:conversation',
        'delivery:preference',
        'delivery:outbox',
        'delivery:cardAction',
      ]),
    );
  });

  it('only a tenant admin may erase tenant-wide; a leader is refused in their language and nothing changes', async () => {
    const before = await listRawDocuments(world.server.storage);
    const refused = await world.as(PEOPLE.leader)('/api/v1/admin/erase', {
      method: 'POST',
      body: { userId: ZELDA.userId },
      headers: { 'accept-language': 'da' },
    });
    expect(refused.status).toBe(403);
    expect(refused.body).toEqual({
      code: 'TENANT_ADMIN_REQUIRED',
      message: 'Kun en Teams- eller global administrator i jeres organisation kan gøre dette.',
    });
    const bad = await asAdmin(world)('/api/v1/admin/erase', {
      method: 'POST',
      body: { userId: '', extra: 1 },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    expect((await listRawDocuments(world.server.storage)).map((d) => d.json)).toEqual(
      before.map((d) => d.json),
    );
  });

  it("another tenant's admin erasing the same id changes nothing in this tenant", async () => {
    const before = await listRawDocuments(world.server.storage);
    const response = await asAdmin(world, B)('/api/v1/admin/erase', {
      method: 'POST',
      body: { userId: ZELDA.userId },
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ programmes: 0, deleted: 0, deliveryRecords: 0 });
    expect((await listRawDocuments(world.server.storage)).map((d) => d.json)).toEqual(
      before.map((d) => d.json),
    );
  });

  it('after: no document anywhere names them; programmes, other people and unlinked feedback stay', async () => {
    const ottoBefore = documentsNaming(await listRawDocuments(world.server.storage), [OTTO.userId]).length;
    const response = await asAdmin(world)('/api/v1/admin/erase', {
      method: 'POST',
      body: { userId: ZELDA.userId },
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ userId: ZELDA.userId, programmes: 2, unlinkedCheckIns: 1 });
    expect(response.body.deleted).toBeGreaterThanOrEqual(2);
    expect(response.body.deliveryRecords).toBeGreaterThanOrEqual(5);

    const raw = await listRawDocuments(world.server.storage);
    expect(documentsNaming(raw, [...needles, zelda.ambassadorshipId])).toEqual([]);

    // The programmes stay, with Mette as their owner; stamps read "Erased person".
    const asLeader = world.as(PEOPLE.leader);
    const owned = await asLeader(`/api/v1/programmes/${zelda.ownedId}`);
    expect(owned.status).toBe(200);
    const stored = await world.server.store.getProgramme({ tenantId: A, user: PEOPLE.leader }, zelda.ownedId);
    expect(stored!.owners).toEqual([PEOPLE.leader]);
    expect(stored!.keyMessages.at(-1)!.createdBy.displayName).toBe('Slettet person');
    expect(JSON.stringify(owned.body)).toContain('Slettet person');
    const joined = await asLeader(`/api/v1/programmes/${zelda.joinedId}/board`);
    expect(joined.status).toBe(200);
    // The feedback text stays, linked to no one that exists.
    for (const text of zelda.checkInTexts)
      expect(raw.filter((doc) => doc.json.includes(text))).toHaveLength(1);
    // Otto's records are all still there.
    expect(documentsNaming(raw, [OTTO.userId]).length).toBe(ottoBefore);
    expect((await world.as(OTTO)(`/api/v1/programmes/${otto.joinedId}/board`)).body.role).toBe('ambassador');
  });

  it('a person cannot erase themselves from here', async () => {
    const response = await world.as(PEOPLE.leader)(`/api/v1/programmes/${otto.ownedId}/erasure`, {
      method: 'POST',
      body: { userId: PEOPLE.leader.userId },
    });
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('ERASE_SELF');
  });

  it("a programme owner erases a person from their programme only: the person's other programme keeps them", async () => {
    const response = await world.as(PEOPLE.leader)(`/api/v1/programmes/${otto.joinedId}/erasure`, {
      method: 'POST',
      body: { userId: OTTO.userId },
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ programmes: 1, unlinkedCheckIns: 1 });
    const raw = await listRawDocuments(world.server.storage);
    const left = documentsNaming(raw, [OTTO.userId, OTTO.displayName]);
    expect(
      left.filter((hit) =>
        raw.find((d) => d.id === hit.id)!.json.includes(`"programmeId":"${otto.joinedId}"`),
      ),
    ).toEqual([]);
    // Still co-owner of the other programme, still reachable by the bot.
    expect((await world.as(OTTO)(`/api/v1/programmes/${otto.ownedId}/board`)).body.role).toBe('leader');
    expect(left.some((hit) => hit.container === 'delivery')).toBe(true);
  });
});
