import { randomUUID } from 'node:crypto';
import { api } from '../../../support/start-test-server';
import { signTestToken } from '../../../support/tokens';
import { A, B, PEOPLE, startApiWorld, type ApiWorld } from './api-fixture';

const TEAMS_ADMIN = '69091246-20e8-4a56-aa4d-066075b2a7a8';
const GROUP = '0b7c3f3e-8a7e-4a55-9f55-6c2b1c7c0a11';

/**
 * Who may create programmes: a tenant policy (everyone / admins and named people or groups /
 * admins only), by default admins and the people they name; the check on POST /api/v1/programmes;
 * and idempotent creation (a double click makes one programme).
 */
describe('who may create programmes', () => {
  let world: ApiWorld;

  beforeAll(async () => {
    world = await startApiWorld({ env: { PROGRAMME_CREATION_DEFAULT: 'named' } });
  });
  afterAll(async () => world?.close());

  const call = async (
    person: { userId: string; displayName: string },
    path: string,
    init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
    claims: Record<string, unknown> = {},
    tenantId = A,
  ) => {
    const token = await signTestToken(
      { tenantId, oid: person.userId, name: person.displayName },
      { authorityHost: world.jwks.url, key: world.jwks.keys[0]!, claims },
    );
    return api(world.server.baseUrl, path, {
      ...init,
      headers: { authorization: `Bearer ${token}`, 'accept-language': 'en', ...init.headers },
    });
  };
  type Person = { userId: string; displayName: string };
  const admin: Person = { userId: randomUUID(), displayName: 'Ida Admin' };
  const asAdmin = { wids: [TEAMS_ADMIN] };
  const create = (person: Person, claims: Record<string, unknown> = {}, headers = {}, tenantId = A) =>
    call(
      person,
      '/api/v1/programmes',
      { method: 'POST', body: { name: 'P', locale: 'en' }, headers },
      claims,
      tenantId,
    );

  it('by default only tenant admins (and people they name) may create; others get 403 with the reason', async () => {
    const refused = await create(PEOPLE.employee);
    expect(refused.status).toBe(403);
    expect(refused.body).toEqual({
      code: 'PROGRAMME_CREATION_NOT_ALLOWED',
      message:
        'In your organisation only Teams admins and the people they name may create programmes. Ask a Teams admin to create it or to give you permission.',
    });
    const policy = await call(PEOPLE.employee, '/api/v1/programme-creation-policy');
    expect(policy.body).toEqual({ kind: 'named', mayCreate: false, mayChange: false });
    expect((await create(admin, asAdmin)).status).toBe(201);
  });

  it('only a tenant admin may change the policy; named people and group members may then create', async () => {
    const put = (claims: Record<string, unknown>, body: unknown) =>
      call(admin, '/api/v1/programme-creation-policy', { method: 'PUT', body }, claims);
    expect((await put({}, { kind: 'everyone' })).status).toBe(403);
    expect((await put(asAdmin, { kind: 'sometimes' })).status).toBe(400);
    const saved = await put(asAdmin, { kind: 'named', userIds: [PEOPLE.leader.userId], groupIds: [GROUP] });
    expect(saved.status).toBe(200);
    expect((await create(PEOPLE.leader)).status).toBe(201);
    expect((await create(PEOPLE.employee, { groups: [GROUP] })).status).toBe(201);
    expect((await create(PEOPLE.employee, { groups: [randomUUID()] })).status).toBe(403);
    const seen = await call(admin, '/api/v1/programme-creation-policy', {}, asAdmin);
    expect(seen.body).toMatchObject({ kind: 'named', userIds: [PEOPLE.leader.userId], groupIds: [GROUP] });
  });

  it('"admins" lets only admins create; "everyone" lets everybody; a stale If-Match is a conflict', async () => {
    const current = await call(admin, '/api/v1/programme-creation-policy', {}, asAdmin);
    const etag = current.headers.get('etag')!;
    const stale = await call(
      admin,
      '/api/v1/programme-creation-policy',
      { method: 'PUT', body: { kind: 'admins' }, headers: { 'if-match': '"old"' } },
      asAdmin,
    );
    expect(stale.status).toBe(409);
    await call(
      admin,
      '/api/v1/programme-creation-policy',
      { method: 'PUT', body: { kind: 'admins' }, headers: { 'if-match': etag } },
      asAdmin,
    );
    expect((await create(PEOPLE.leader)).status).toBe(403);
    await call(
      admin,
      '/api/v1/programme-creation-policy',
      { method: 'PUT', body: { kind: 'everyone' } },
      asAdmin,
    );
    expect((await create(PEOPLE.employee)).status).toBe(201);
  });

  it("one tenant's policy does not apply in another", async () => {
    // Tenant A now lets everyone; tenant B still has the default.
    expect((await create(PEOPLE.employee, {}, {}, B)).status).toBe(403);
  });

  it('the same idempotency key creates one programme: the repeat answers 200 with the same programme', async () => {
    const key = randomUUID();
    const person = { userId: randomUUID(), displayName: 'Double Clicker' };
    const [first, second] = await Promise.all([
      create(person, asAdmin, { 'idempotency-key': key }),
      create(person, asAdmin, { 'idempotency-key': key }),
    ]);
    expect([first.status, second.status].sort()).toEqual([200, 201]);
    expect(first.body.id).toBe(second.body.id);
    const again = await call(
      person,
      '/api/v1/programmes',
      { method: 'POST', body: { name: 'P', locale: 'en', idempotencyKey: key } },
      asAdmin,
    );
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    const mine = (await call(person, '/api/v1/programmes', {}, asAdmin)).body.items.filter(
      (p: { owners: { userId: string }[] }) => p.owners.some((o) => o.userId === person.userId),
    );
    expect(mine).toHaveLength(1);
    // Another key is another programme; another person with the same key too.
    expect((await create(person, asAdmin, { 'idempotency-key': randomUUID() })).status).toBe(201);
    const other = await create({ userId: randomUUID(), displayName: 'Other' }, asAdmin, {
      'idempotency-key': key,
    });
    expect(other.status).toBe(201);
    expect(other.body.id).not.toBe(first.body.id);
  });

  it('a malformed idempotency key is a 400', async () => {
    expect((await create(admin, asAdmin, { 'idempotency-key': 'x' })).status).toBe(400);
  });

  it('creation takes the guided form’s fields, checked by the settings rule with field errors', async () => {
    const body = {
      name: 'Hybrid work',
      locale: 'da',
      purpose: 'Make hybrid work',
      targetGroup: 'All staff',
      startDate: '2027-01-04',
      endDate: '2027-12-31',
      timeZone: 'Europe/Copenhagen',
      settings: { termMonthsDefault: 9, hoursPerMonth: 4 },
    };
    const created = await call(admin, '/api/v1/programmes', { method: 'POST', body }, asAdmin);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ endDate: '2027-12-31', targetGroup: 'All staff' });
    expect(created.body.settings).toMatchObject({ termMonthsDefault: 9, hoursPerMonth: 4 });
    expect(created.body.settingsHistory).toEqual([]);
    const bad = await call(
      admin,
      '/api/v1/programmes?lang=da',
      { method: 'POST', body: { ...body, settings: { hoursPerMonth: 200 } } },
      asAdmin,
    );
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: 'SETTING_OUT_OF_RANGE', field: 'settings.hoursPerMonth' });
    expect(bad.body.message).toBe('"Timer pr. måned" skal være mellem 0 og 80.');
  });
});
