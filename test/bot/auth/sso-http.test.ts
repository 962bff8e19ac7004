import { randomUUID } from 'node:crypto';
import { api } from '../../support/start-test-server';
import {
  TEST_TENANT_A,
  TEST_TENANT_NOT_ALLOWED,
  hs256WithPublicKey,
  signTestToken,
  tamperedToken,
  testUser,
  unsignedToken,
} from '../../support/tokens';
import {
  A,
  PEOPLE,
  demoBoardWithId,
  seedBoard,
  startApiWorld,
  type ApiWorld,
} from '../http/routes/api-fixture';

/**
 * Teams single sign-on over real HTTP: the server runs in SSO mode with only the SSO settings
 * (no bot credentials), keys come from a local JWKS endpoint, and every bad token (expired, not yet
 * valid, wrong audience or issuer, a tenant not allowed, a forged signature or key) is refused
 * with 401 and its code before any route logic runs.
 */
describe('Teams SSO over HTTP', () => {
  let world: ApiWorld;
  const alice = testUser(TEST_TENANT_A, 'Alice Andersen');

  beforeAll(async () => {
    world = await startApiWorld({ allowedTenants: [TEST_TENANT_A] });
    await seedBoard(world.server.store, demoBoardWithId(A, 'programme-a', new Date()));
  });
  afterAll(async () => {
    await world?.close();
  });

  const get = (pathname: string, token?: string, headers: Record<string, string> = {}) =>
    api(world.server.baseUrl, pathname, {
      headers: {
        'accept-language': 'en',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
    });
  const sign = (
    claims: Record<string, unknown> = {},
    extra: Partial<Parameters<typeof signTestToken>[1]> = {},
  ) => signTestToken(alice, { authorityHost: world.jwks.url, key: world.jwks.keys[0]!, claims, ...extra });

  it('starts with the SSO settings alone (no MicrosoftAppId): tab API in SSO mode', async () => {
    expect(world.server.config.mode).toBe('sso');
    expect(world.server.config.bot).toBeNull();
    const me = await get('/api/v1/me', await sign());
    expect(me.status).toBe(200);
    expect(me.body).toEqual({
      user: { userId: alice.oid, displayName: 'Alice Andersen' },
      tenantId: TEST_TENANT_A,
      mode: 'sso',
      locale: 'en',
    });
  });

  it('a valid token reaches the board; roles follow the oid', async () => {
    const token = await signTestToken(
      { tenantId: A, oid: PEOPLE.leader.userId, name: PEOPLE.leader.displayName },
      { authorityHost: world.jwks.url, key: world.jwks.keys[0]! },
    );
    const board = await get('/api/v1/programmes/programme-a/board', token);
    expect(board.status).toBe(200);
    expect(board.body.role).toBe('leader');
  });

  it('no bearer token → 401 UNAUTHENTICATED, in the caller’s language', async () => {
    const en = await get('/api/v1/me');
    expect(en.status).toBe(401);
    expect(en.body).toEqual({
      code: 'UNAUTHENTICATED',
      message: 'You are not signed in. Open the app in Teams again.',
    });
    const da = await get('/api/v1/me', undefined, { 'accept-language': 'da-DK,da;q=0.9' });
    expect(da.body.code).toBe('UNAUTHENTICATED');
    expect(da.body.message).toBe('Du er ikke logget ind. Åbn appen i Teams igen.');
    const basic = await get('/api/v1/me', undefined, { authorization: 'Basic dXNlcjpwYXNz' });
    expect(basic.body.code).toBe('UNAUTHENTICATED');
  });

  const badTokens: { name: string; make: () => Promise<string>; code: string; reason?: string }[] = [
    {
      name: 'expired',
      make: () => sign({}, { issuedAt: -7200, expiresIn: -3600 }),
      code: 'TOKEN_INVALID',
      reason: 'expired',
    },
    {
      name: 'not yet valid',
      make: () => sign({}, { notBefore: 900 }),
      code: 'TOKEN_INVALID',
      reason: 'notYetValid',
    },
    {
      name: 'wrong audience',
      make: () => sign({ aud: 'api://another-app' }),
      code: 'TOKEN_INVALID',
      reason: 'audience',
    },
    {
      name: 'wrong issuer',
      make: () => sign({ iss: `https://login.example.test/${TEST_TENANT_A}/v2.0` }),
      code: 'TOKEN_INVALID',
      reason: 'issuer',
    },
    {
      name: 'tenant not allowed',
      make: () =>
        signTestToken(testUser(TEST_TENANT_NOT_ALLOWED, 'Mallory'), {
          authorityHost: world.jwks.url,
          key: world.jwks.keys[0]!,
        }),
      code: 'TENANT_NOT_ALLOWED',
    },
    {
      name: 'alg none',
      make: async () => unsignedToken(alice, { authorityHost: world.jwks.url }),
      code: 'TOKEN_INVALID',
      reason: 'algorithm',
    },
    {
      name: 'HS256 signed with the public key',
      make: () => hs256WithPublicKey(alice, { authorityHost: world.jwks.url, key: world.jwks.keys[0]! }),
      code: 'TOKEN_INVALID',
      reason: 'algorithm',
    },
    {
      name: 'unknown kid',
      make: () => sign({}, { header: { kid: `unknown-${randomUUID()}` } }),
      code: 'TOKEN_INVALID',
      reason: 'unknownKey',
    },
    {
      name: 'tampered payload',
      make: async () => tamperedToken(await sign(), { oid: PEOPLE.leader.userId }),
      code: 'TOKEN_INVALID',
      reason: 'signature',
    },
    {
      name: 'issued to another client app',
      make: () => sign({ azp: '04b07795-8ddb-461a-bbee-02f9e1bf7b46' }),
      code: 'TOKEN_INVALID',
      reason: 'client',
    },
    { name: 'missing scope', make: () => sign({ scp: 'User.Read' }), code: 'TOKEN_INVALID', reason: 'scope' },
    { name: 'malformed', make: async () => 'this-is-not-a-jwt', code: 'TOKEN_INVALID', reason: 'malformed' },
  ];

  it.each(badTokens)('$name → 401 $code', async ({ make, code, reason }) => {
    const token = await make();
    for (const pathname of ['/api/v1/me', '/api/v1/programmes/programme-a/board']) {
      const response = await get(pathname, token);
      expect(response.status).toBe(401);
      expect(response.body.code).toBe(code);
      if (reason) expect(response.body.message).toContain(`(${reason})`);
    }
  });

  it('a tampered token cannot take over the leader’s board', async () => {
    const token = tamperedToken(await sign(), { oid: PEOPLE.leader.userId });
    const response = await get('/api/v1/programmes/programme-a/board', token);
    expect(response.status).toBe(401);
    expect(response.body).not.toHaveProperty('programme');
  });

  it('the OpenAPI document is public; the API is not', async () => {
    expect((await get('/api/v1/openapi.json')).status).toBe(200);
    expect((await get('/api/v1/programmes/programme-a/board')).status).toBe(401);
  });
});
