import { documentsNaming, listRawDocuments } from '../../../support/raw-documents';
import { A, B, PEOPLE, demoBoardWithId, seedBoard, startApiWorld, type ApiWorld } from './api-fixture';
import { ZELDA, writePersonEverywhere } from './person-data-world';

/**
 * `DELETE /api/v1/programmes/:id`: the programme goes with everything it owns in every
 * container — its partition (board documents, schedule record) and the bot's reminders and card
 * actions of it — proven by a scan of every document for the programme id.
 */
describe('deleting a programme', () => {
  let world: ApiWorld;
  let written: Awaited<ReturnType<typeof writePersonEverywhere>>;

  beforeAll(async () => {
    // On the Cosmos path (the production adapters on the emulator): the scan names its containers;
    // the embedded store's erasure is proven by the store contract (person-data-store-contract).
    world = await startApiWorld({ env: { REMINDERS: 'off' }, embeddedEngine: 'cosmos-emulator' });
    written = await writePersonEverywhere(world, ZELDA, 'z');
    // The same programme id in another tenant must survive.
    await seedBoard(world.server.store, demoBoardWithId(B, written.joinedId, new Date(), 'b-'));
  });
  afterAll(async () => {
    await world?.close();
  });

  const mentions = (id: string) => `"programmeId":"${id}"`;

  it('an ambassador or employee may not; nothing changes', async () => {
    const before = await listRawDocuments(world.server.storage);
    const response = await world.as(ZELDA)(`/api/v1/programmes/${written.joinedId}`, { method: 'DELETE' });
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('FORBIDDEN');
    expect((await listRawDocuments(world.server.storage)).length).toBe(before.length);
  });

  it('an owner deletes it: no document in any container belongs to it any more; everything else stays', async () => {
    const before = await listRawDocuments(world.server.storage);
    const inBoth = before.filter(
      (doc) => doc.json.includes(mentions(written.joinedId)) && doc.json.includes(`"tenantId":"${A}"`),
    );
    expect(new Set(inBoth.map((doc) => doc.container))).toEqual(new Set(['programmes', 'delivery']));
    const response = await world.as(PEOPLE.leader)(`/api/v1/programmes/${written.joinedId}`, {
      method: 'DELETE',
    });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      programmeId: written.joinedId,
      programmeDocuments: inBoth.filter((doc) => doc.container === 'programmes').length,
      deliveryRecords: inBoth.filter((doc) => doc.container === 'delivery').length,
    });

    const after = await listRawDocuments(world.server.storage);
    const ofTenantA = after.filter((doc) => doc.json.includes(`"tenantId":"${A}"`));
    expect(documentsNaming(ofTenantA, [written.joinedId])).toEqual([]);
    // Every other document is exactly as it was (the other tenant's programme of the same id too).
    const untouched = (docs: typeof before) =>
      docs
        .filter((doc) => !(doc.json.includes(`"tenantId":"${A}"`) && doc.json.includes(written.joinedId)))
        .map((doc) => doc.json)
        .sort();
    expect(untouched(after)).toEqual(untouched(before));
    expect((await world.as(PEOPLE.leader, B)(`/api/v1/programmes/${written.joinedId}/board`)).status).toBe(
      200,
    );
    expect((await world.as(PEOPLE.leader)(`/api/v1/programmes/${written.joinedId}/board`)).status).toBe(404);
    expect(
      (await world.as(PEOPLE.leader)(`/api/v1/programmes/${written.joinedId}`, { method: 'DELETE' })).status,
    ).toBe(404);
  });
});
