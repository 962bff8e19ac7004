import { DEMO_PEOPLE, DEMO_PROGRAMME_ID, LOCAL_TENANT_ID, type BoardView } from '@ambassadors/shared';
import { api, startTestServer, type TestServer } from '../../../support/start-test-server';

/**
 * Local mode (no AAD_APP_CLIENT_ID, loopback only): the same API for the seeded demo programme,
 * acting for the demo people picked with `x-local-user` — how the tab runs in a plain browser.
 */
describe('the tab API in local mode', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => server?.close());

  const as =
    (userId: string) =>
    (pathname: string, init: { method?: string; body?: unknown } = {}) =>
      api(server.baseUrl, pathname, { ...init, headers: { 'x-local-user': userId } });

  it('me: the local demo identity, tenant and mode', async () => {
    const me = await as(DEMO_PEOPLE.employee.userId)('/api/v1/me?lang=en');
    expect(me.body).toEqual({
      user: DEMO_PEOPLE.employee,
      tenantId: LOCAL_TENANT_ID,
      mode: 'local',
      locale: 'en',
    });
    const fallback = await api(server.baseUrl, '/api/v1/me');
    expect(fallback.body.user).toEqual(DEMO_PEOPLE.leader);
    expect(fallback.body.locale).toBe('da');
  });

  it('each demo person gets the board of their role', async () => {
    const roles: Record<string, string> = {
      [DEMO_PEOPLE.leader.userId]: 'leader',
      [DEMO_PEOPLE.activeAmbassador.userId]: 'ambassador',
      [DEMO_PEOPLE.candidateAmbassador.userId]: 'ambassador',
      [DEMO_PEOPLE.endingAmbassador.userId]: 'ambassador',
      [DEMO_PEOPLE.employee.userId]: 'employee',
    };
    for (const [userId, role] of Object.entries(roles)) {
      const response = await as(userId)(`/api/v1/programmes/${DEMO_PROGRAMME_ID}/board`);
      expect(response.status).toBe(200);
      expect((response.body as BoardView).role).toBe(role);
    }
  });

  it('the employee applies in local mode; errors come in Danish by default', async () => {
    const apply = as(DEMO_PEOPLE.employee.userId);
    const first = await apply(`/api/v1/programmes/${DEMO_PROGRAMME_ID}/applications`, {
      method: 'POST',
      body: { motivation: 'Jeg vil gerne være med. – jeg vil gerne styrke vores arbejdsfællesskab' },
    });
    expect(first.status).toBe(201);
    const second = await apply(`/api/v1/programmes/${DEMO_PROGRAMME_ID}/applications`, {
      method: 'POST',
      body: { motivation: 'Igen – jeg vil gerne styrke vores arbejdsfællesskab' },
    });
    expect(second.body).toEqual({
      code: 'ALREADY_APPLIED',
      message: 'Du har allerede søgt ambassadørrollen.',
    });
  });
});
