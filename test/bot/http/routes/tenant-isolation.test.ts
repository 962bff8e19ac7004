import { DEMO_PROGRAMME_ID } from '@ambassadors/shared';
import { PROGRAMME_API_ROUTES } from '../../../../bot/src/http/routes/tab-api-routes';
import { A, B, PEOPLE, demoBoardWithId, seedBoard, startApiWorld, type ApiWorld } from './api-fixture';
import { httpMethod, routeUrl } from './route-params';

/**
 * "Only ever shows the caller's own tenant": another tenant's programme id is 404 on EVERY route,
 * read and write — looping over the route list the server registers, so a new route is covered
 * the moment it exists — and nothing of the other tenant changes.
 */
describe('tenant isolation of the tab API', () => {
  let world: ApiWorld;

  beforeAll(async () => {
    world = await startApiWorld();
    const now = new Date();
    await seedBoard(world.server.store, demoBoardWithId(A, 'programme-a', now));
    await seedBoard(world.server.store, demoBoardWithId(B, 'programme-b', now, 'b-'));
    // The same programme id in both tenants: each must only ever see its own.
    await seedBoard(world.server.store, demoBoardWithId(A, DEMO_PROGRAMME_ID, now, 'a2-'));
    const inB = demoBoardWithId(B, DEMO_PROGRAMME_ID, now, 'b2-');
    await seedBoard(world.server.store, {
      ...inB,
      programme: { ...inB.programme, name: 'Tenant B’s programme' },
    });
  });
  afterAll(async () => {
    await world?.close();
  });

  const snapshot = async (tenantId: string, programmeId: string) =>
    JSON.stringify(await world.server.store.loadBoard({ tenantId, user: PEOPLE.leader }, programmeId));

  /** Every route the running server has under a programme id — the tab API's, the lead's, any later one. */
  const registered = () =>
    Object.values(
      (
        world.server.server as unknown as {
          router: { getRoutes(): Record<string, { method: string; path: string }> };
        }
      ).router.getRoutes(),
    )
      .filter((route) => /^\/api\/v1\/programmes\/:id(\/|$)/.test(route.path))
      .map((route) => ({
        method: route.method.toLowerCase() === 'delete' ? 'del' : route.method.toLowerCase(),
        path: route.path,
      }));

  it('every route of the list is registered on the server', () => {
    const registeredKeys = new Set(registered().map((r) => `${r.method} ${r.path}`));
    expect(PROGRAMME_API_ROUTES.filter((r) => !registeredKeys.has(`${r.method} ${r.path}`))).toEqual([]);
    expect(PROGRAMME_API_ROUTES.length).toBeGreaterThanOrEqual(19);
  });

  /** Well-formed bodies for other teams' routes, so the tenant check is what answers. */
  const OTHER_BODIES: Record<string, unknown> = {
    'post /api/v1/programmes/:id/reminders/resend': { outboxIds: ['outbox-1'] },
  };

  it("every other registered programme route (programme list, bot report …) → 404 for another tenant's id", async () => {
    const listed = new Set(PROGRAMME_API_ROUTES.map((r) => `${r.method} ${r.path}`));
    const others = registered().filter((r) => !listed.has(`${r.method} ${r.path}`));
    expect([...listed]).toContain('get /api/v1/programmes/:id');
    expect(others.map((r) => `${r.method} ${r.path}`)).toContain(
      'post /api/v1/programmes/:id/reminders/resend',
    );
    const before = await snapshot(A, 'programme-a');
    const asB = world.as(PEOPLE.leader, B);
    for (const route of others) {
      const key = `${route.method} ${route.path}`;
      const response = await asB(routeUrl(route, 'programme-a'), {
        method: httpMethod(route as { method: 'get' }),
        body: route.method === 'get' ? undefined : (OTHER_BODIES[key] ?? {}),
        headers: { 'if-match': '"*"' },
      });
      expect({ route: key, status: response.status }).toEqual({ route: key, status: 404 });
    }
    expect(await snapshot(A, 'programme-a')).toBe(before);
  });

  it.each(PROGRAMME_API_ROUTES.map((route) => ({ route, name: `${httpMethod(route)} ${route.path}` })))(
    "$name with another tenant's programme id → 404, nothing changes",
    async ({ route }) => {
      const before = await snapshot(A, 'programme-a');
      // Tenant B's leader — a leader in their own tenant, with an ETag that could even match.
      const asB = world.as(PEOPLE.leader, B);
      const response = await asB(routeUrl(route, 'programme-a'), {
        method: httpMethod(route),
        body: route.method === 'get' ? undefined : {},
        headers: { 'if-match': '"*"' },
      });
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('NOT_FOUND');
      expect(await snapshot(A, 'programme-a')).toBe(before);
    },
  );

  it('ids that could never exist are 404 too (not 400 or 500)', async () => {
    const asB = world.as(PEOPLE.leader, B);
    for (const id of ['..%2F..%2Fprogramme-a', 'programme-a%20', '%00', 'x'.repeat(101), "a'%20OR%201=1"]) {
      const response = await asB(`/api/v1/programmes/${id}/board`);
      expect({ id, status: response.status }).toEqual({ id, status: 404 });
    }
  });

  it('the same programme id in two tenants: each tenant sees and changes only its own', async () => {
    const asA = world.as(PEOPLE.leader, A);
    const asB = world.as(PEOPLE.leader, B);
    const boardA = await asA(`/api/v1/programmes/${DEMO_PROGRAMME_ID}/board`);
    const boardB = await asB(`/api/v1/programmes/${DEMO_PROGRAMME_ID}/board`);
    expect(boardA.body.programme.name).toBe('Ambassadører for arbejdsfællesskabet');
    expect(boardB.body.programme.name).toBe('Tenant B’s programme');

    const beforeA = await snapshot(A, DEMO_PROGRAMME_ID);
    const published = await asB(`/api/v1/programmes/${DEMO_PROGRAMME_ID}/key-messages`, {
      method: 'POST',
      body: { text: 'Only for tenant B' },
    });
    expect(published.status).toBe(201);
    expect(published.body.keyMessage.text).toBe('Only for tenant B');
    expect(await snapshot(A, DEMO_PROGRAMME_ID)).toBe(beforeA);
    expect((await asA(`/api/v1/programmes/${DEMO_PROGRAMME_ID}/board`)).body.keyMessage.text).not.toBe(
      'Only for tenant B',
    );
  });

  it("another tenant's document ids inside one's own programme are 404 as well", async () => {
    const before = await snapshot(A, 'programme-a');
    const asB = world.as(PEOPLE.leader, B);
    // Tenant B's documents are 'b-…'; these ids are tenant A's.
    const calls = [
      { path: 'ambassadors/amb-jonas/withdraw', method: 'POST', body: { reason: 'x' } },
      { path: 'ambassadors/amb-aisha/agreement/accept', method: 'POST', body: { version: 1 } },
      {
        path: 'applications/app-local-amb-1/decision',
        method: 'POST',
        body: { outcome: 'declined', reason: 'x' },
      },
      { path: 'meetings/meeting-next', method: 'PATCH', body: { held: true } },
    ];
    for (const call of calls) {
      const response = await asB(`/api/v1/programmes/programme-b/${call.path}`, {
        method: call.method,
        body: call.body,
        headers: { 'if-match': '"x"' },
      });
      expect({ call: call.path, status: response.status }).toEqual({ call: call.path, status: 404 });
    }
    expect(await snapshot(A, 'programme-a')).toBe(before);
  });
});
