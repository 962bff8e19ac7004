import { A, PEOPLE, demoBoardWithId, seedBoard, startApiWorld, type ApiWorld } from './api-fixture';

/**
 * Leading together: owners add and remove co-owners; every owner is a leader with the leader's
 * permissions; the last owner cannot be removed; the board shows who leads.
 */
describe('co-owners of a programme', () => {
  let world: ApiWorld;
  const base = '/api/v1/programmes/owners-p';

  beforeAll(async () => {
    world = await startApiWorld();
    await seedBoard(world.server.store, demoBoardWithId(A, 'owners-p', new Date(), 'own-'));
  });
  afterAll(async () => world?.close());

  const coOwner = PEOPLE.employee;

  it('an owner adds a co-owner, who then has the leader’s permissions and is shown as leading', async () => {
    const before = await world.as(coOwner)(`${base}/board`);
    expect(before.body.role).toBe('employee');
    const added = await world.as(PEOPLE.leader)(`${base}/owners`, { method: 'POST', body: coOwner });
    expect(added.status).toBe(201);
    expect(added.body.programme.owners).toEqual([PEOPLE.leader, coOwner]);
    expect(added.body.programme.settingsHistory.at(-1)).toMatchObject({
      by: PEOPLE.leader,
      changes: [{ field: 'owners', to: [PEOPLE.leader.displayName, coOwner.displayName] }],
    });

    const asCoOwner = await world.as(coOwner)(`${base}/board`);
    expect(asCoOwner.body.role).toBe('leader');
    expect(asCoOwner.body.programme.owners.map((o: { displayName: string }) => o.displayName)).toEqual([
      PEOPLE.leader.displayName,
      coOwner.displayName,
    ]);
    const edited = await world.as(coOwner)(`${base}/settings`, {
      method: 'PUT',
      body: { settings: { nudgeIntervalDays: 9 } },
      headers: { 'if-match': `"${asCoOwner.body.programme.etag}"` },
    });
    expect(edited.status).toBe(200);
    expect(edited.body.programme.settingsHistory.at(-1).by).toEqual(coOwner);
  });

  it('adding someone who already leads is refused, naming them', async () => {
    const again = await world.as(PEOPLE.leader)(`${base}/owners`, { method: 'POST', body: coOwner });
    expect(again.status).toBe(409);
    expect(again.body).toEqual({
      code: 'OWNER_ALREADY_ADDED',
      message: `${coOwner.displayName} already leads the programme.`,
    });
  });

  it('a co-owner removes the first owner; the last owner cannot be removed (in Danish too)', async () => {
    const removed = await world.as(coOwner)(`${base}/owners/${PEOPLE.leader.userId}`, { method: 'DELETE' });
    expect(removed.status).toBe(200);
    expect(removed.body.programme.owners).toEqual([coOwner]);
    const formerLeader = await world.as(PEOPLE.leader)(`${base}/board`);
    expect(formerLeader.body.role).toBe('employee');

    const last = await world.as(coOwner)(`${base}/owners/${coOwner.userId}?lang=da`, { method: 'DELETE' });
    expect(last.status).toBe(409);
    expect(last.body.code).toBe('LAST_OWNER');
    expect(last.body.message).toContain('mindst én ejer');
    const board = await world.as(coOwner)(`${base}/board`);
    expect(board.body.programme.owners).toEqual([coOwner]);
  });

  it('removing someone who does not lead is 404; a person without a name is a field error', async () => {
    const missing = await world.as(coOwner)(`${base}/owners/nobody`, { method: 'DELETE' });
    expect(missing.status).toBe(404);
    const bad = await world.as(coOwner)(`${base}/owners`, { method: 'POST', body: { userId: 'x' } });
    expect(bad.status).toBe(400);
  });
});
