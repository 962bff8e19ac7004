import { DEMO_PROGRAMME_ID, STEP_KEYS } from '@ambassadors/shared';
import { startJwksServer, type TestJwksServer } from '../../support/jwks-server';
import { api, startTestServer, type TestServer } from '../../support/start-test-server';
import { TEST_CLIENT_ID, TEST_TENANT_A, TEST_TENANT_B, signTestToken, testUser } from '../../support/tokens';

describe('programme routes in local mode (embedded Cosmos, demo identity)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => server.close());

  it('answers /healthz with 200 ok while the store answers', async () => {
    const response = await api(server.baseUrl, '/healthz');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('lists the seeded Danish demo programme', async () => {
    const response = await api(server.baseUrl, '/api/v1/programmes');
    expect(response.status).toBe(200);
    expect(response.body.items.map((p: { id: string }) => p.id)).toEqual([DEMO_PROGRAMME_ID]);
    expect(response.body.items[0].locale).toBe('da');
  });

  it('returns the whole programme with its five steps in the card order, cut to the role', async () => {
    const response = await api(server.baseUrl, `/api/v1/programmes/${DEMO_PROGRAMME_ID}`);
    expect(response.status).toBe(200);
    expect(response.body.programme.id).toBe(DEMO_PROGRAMME_ID);
    expect(response.body.role).toBe('leader');
    expect(response.body.steps.map((s: { key: string }) => s.key)).toEqual([...STEP_KEYS]);
    expect(response.body.card.steps[2].title.da).toBe('Forventningsafstemning');
    expect(response.body.taskPlan.tasks.length).toBeGreaterThan(0);
    expect(response.body.managementAnswers).toBeDefined();
    expect(response.headers.get('etag')).toBeTruthy();

    const asEmployee = await api(server.baseUrl, `/api/v1/programmes/${DEMO_PROGRAMME_ID}`, {
      headers: { 'x-local-user': 'local-employee' },
    });
    expect(asEmployee.status).toBe(200);
    expect(asEmployee.body.role).toBe('employee');
    expect(asEmployee.body.managementAnswers).toBeUndefined();
    expect(asEmployee.body.applications).toBeUndefined();
    expect(asEmployee.body.agreementTemplate).toBeUndefined();
  });

  it('creates a programme with POST and lists it afterwards', async () => {
    const created = await api(server.baseUrl, '/api/v1/programmes', {
      method: 'POST',
      body: { name: 'Onboarding ambassadors', locale: 'en' },
    });
    expect(created.status).toBe(201);
    expect(created.body.name).toBe('Onboarding ambassadors');
    expect(created.body.owners[0].userId).toBe('local-leader');
    expect(created.headers.get('location')).toBe(`/api/v1/programmes/${created.body.id}`);
    const list = await api(server.baseUrl, '/api/v1/programmes');
    expect(list.body.items.map((p: { id: string }) => p.id)).toContain(created.body.id);
  });

  it.each([
    ['missing name', { locale: 'da' }],
    ['blank name', { name: '   ', locale: 'da' }],
    ['unknown locale', { name: 'X', locale: 'de' }],
    ['tenant in the body', { name: 'X', locale: 'da', tenantId: TEST_TENANT_B }],
    ['not an object', [1, 2]],
  ])('refuses an invalid body (%s) with 400 and stores nothing', async (_label, body) => {
    const before = await api(server.baseUrl, '/api/v1/programmes');
    const response = await api(server.baseUrl, '/api/v1/programmes', { method: 'POST', body });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(typeof response.body.message).toBe('string');
    const after = await api(server.baseUrl, '/api/v1/programmes');
    expect(after.body.items).toHaveLength(before.body.items.length);
  });

  it('refuses malformed JSON with a clear error in the caller language', async () => {
    const response = await api(server.baseUrl, '/api/v1/programmes', {
      method: 'POST',
      body: '{"name": ',
      headers: { 'content-type': 'application/json', 'accept-language': 'da-DK' },
    });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.message).toBe('Oplysningerne er ikke gyldige: indholdet er ikke gyldig JSON');
  });

  it('answers an unknown id with 404 NOT_FOUND', async () => {
    const response = await api(server.baseUrl, '/api/v1/programmes/does-not-exist', {
      headers: { 'accept-language': 'en' },
    });
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ code: 'NOT_FOUND', message: expect.stringContaining('could not find') });
  });
});

describe('programme routes with single sign-on: the tenant comes from the token only', () => {
  let jwks: TestJwksServer;
  let server: TestServer;
  const alice = testUser(TEST_TENANT_A, 'Alice Leader');
  const bob = testUser(TEST_TENANT_B, 'Bob Other');
  const bearer = async (user: ReturnType<typeof testUser>) =>
    `Bearer ${await signTestToken(user, { authorityHost: jwks.url, key: jwks.keys[0]! })}`;

  beforeAll(async () => {
    jwks = await startJwksServer();
    server = await startTestServer({
      env: { AAD_APP_CLIENT_ID: TEST_CLIENT_ID, AAD_APP_OAUTH_AUTHORITY_HOST: jwks.url },
    });
  });
  afterAll(async () => {
    await server.close();
    await jwks.close();
  });

  it('does not seed the demo outside local mode, and refuses requests without a token', async () => {
    expect(server.seeded).toBe(false);
    const response = await api(server.baseUrl, '/api/v1/programmes');
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer realm="ambassadors"/);
  });

  it('says why a token was refused, for people and for machines', async () => {
    const response = await api(server.baseUrl, '/api/v1/programmes', {
      headers: { authorization: 'Bearer not-a-jwt', 'accept-language': 'en' },
    });
    expect(response.status).toBe(401);
    expect(response.body).toMatchObject({ code: 'TOKEN_INVALID', reason: 'malformed' });
    expect(response.headers.get('www-authenticate')).toContain(
      'error="invalid_token", error_description="malformed"',
    );
  });

  it("never shows or changes another tenant's programme", async () => {
    const created = await api(server.baseUrl, '/api/v1/programmes', {
      method: 'POST',
      body: { name: 'Tenant A programme', locale: 'da' },
      headers: { authorization: await bearer(alice) },
    });
    expect(created.status).toBe(201);
    expect(created.body.tenantId).toBe(TEST_TENANT_A);

    const bobList = await api(server.baseUrl, '/api/v1/programmes', {
      headers: { authorization: await bearer(bob) },
    });
    expect(bobList.status).toBe(200);
    expect(bobList.body.items).toEqual([]);
    const bobRead = await api(server.baseUrl, `/api/v1/programmes/${created.body.id}`, {
      headers: { authorization: await bearer(bob) },
    });
    expect(bobRead.status).toBe(404);

    const aliceList = await api(server.baseUrl, '/api/v1/programmes', {
      headers: { authorization: await bearer(alice) },
    });
    expect(aliceList.body.items.map((p: { id: string }) => p.id)).toEqual([created.body.id]);
  });
});

describe('/healthz when the store does not answer', () => {
  it('answers 503', async () => {
    const server = await startTestServer({ seedDemo: false });
    try {
      await server.storage.close();
      const response = await api(server.baseUrl, '/healthz');
      expect(response.status).toBe(503);
      expect(response.body.status).toBe('unavailable');
    } finally {
      await server.close().catch(() => undefined);
    }
  });
});
