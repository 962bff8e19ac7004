import { randomUUID } from 'node:crypto';
import { DomainError } from '@ambassadors/shared';
import { audienceMatches, createEntraTokenVerifier } from '../../../bot/src/auth/entra-token-verifier';
import { createJwksKeyStore } from '../../../bot/src/auth/jwks-key-store';
import { createTestSigningKey, startJwksServer, type TestJwksServer } from '../../support/jwks-server';
import {
  TEST_CLIENT_ID,
  TEST_TENANT_A,
  TEST_TENANT_B,
  TEST_TENANT_NOT_ALLOWED,
  hs256WithPublicKey,
  signTestToken,
  tamperedToken,
  testUser,
  unsignedToken,
} from '../../support/tokens';

/**
 * The verifier on its own, against a real local JWKS endpoint over HTTP: what it accepts, how it
 * names what it refuses, and how often it fetches keys. (The same tokens over the API: sso-api.test.ts.)
 */
describe('Entra token verifier', () => {
  let jwks: TestJwksServer;
  const alice = testUser(TEST_TENANT_A, 'Alice Andersen');

  beforeAll(async () => {
    jwks = await startJwksServer({ tenants: [TEST_TENANT_A, TEST_TENANT_B] });
  });
  afterAll(async () => {
    await jwks.close();
  });

  function verifier(overrides: Partial<Parameters<typeof createEntraTokenVerifier>[0]> = {}) {
    return createEntraTokenVerifier({
      clientId: TEST_CLIENT_ID,
      authorityHost: jwks.url,
      allowedTenants: [TEST_TENANT_A, TEST_TENANT_B],
      ...overrides,
    });
  }
  const sign = (
    claims: Record<string, unknown> = {},
    extra: Partial<Parameters<typeof signTestToken>[1]> = {},
  ) => signTestToken(alice, { authorityHost: jwks.url, key: jwks.keys[0]!, claims, ...extra });

  async function refusal(
    promise: Promise<unknown>,
  ): Promise<{ code: string; reason: unknown; status: number }> {
    try {
      await promise;
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      return { code: error.code, reason: error.params.reason, status: error.status };
    }
    throw new Error('the token was accepted');
  }

  it('accepts a valid Teams SSO token; the caller is oid + tid (+ name)', async () => {
    const caller = await verifier().verify(await sign());
    expect(caller).toEqual({
      tenantId: TEST_TENANT_A,
      user: { userId: alice.oid, displayName: 'Alice Andersen' },
      directoryRoles: [],
    });
  });

  it('carries the directory roles (wids) of an admin, and only strings', async () => {
    const caller = await verifier().verify(
      await sign({ wids: ['69091246-20e8-4a56-aa4d-066075b2a7a8', 42] }),
    );
    expect(caller.directoryRoles).toEqual(['69091246-20e8-4a56-aa4d-066075b2a7a8']);
  });

  it('accepts the application id URI as audience (api://host/<client id>)', async () => {
    const caller = await verifier().verify(await sign({ aud: `api://tab.example.test/${TEST_CLIENT_ID}` }));
    expect(caller.user.userId).toBe(alice.oid);
    expect(audienceMatches(`api://${TEST_CLIENT_ID}`, TEST_CLIENT_ID)).toBe(true);
    expect(audienceMatches(`api://evil.test/${TEST_CLIENT_ID}x`, TEST_CLIENT_ID)).toBe(false);
    expect(audienceMatches(`https://evil.test/${TEST_CLIENT_ID}`, TEST_CLIENT_ID)).toBe(false);
  });

  it('tolerates small clock skew but not more', async () => {
    const v = verifier({ clockToleranceSeconds: 60 });
    await expect(v.verify(await sign({}, { expiresIn: -30 }))).resolves.toBeDefined();
    await expect(v.verify(await sign({}, { notBefore: 30 }))).resolves.toBeDefined();
    expect((await refusal(v.verify(await sign({}, { expiresIn: -120 })))).reason).toBe('expired');
  });

  const badTokens: { name: string; make: () => Promise<string>; reason: string }[] = [
    { name: 'expired', make: () => sign({}, { issuedAt: -7200, expiresIn: -3600 }), reason: 'expired' },
    { name: 'not yet valid', make: () => sign({}, { notBefore: 600 }), reason: 'notYetValid' },
    { name: 'wrong audience', make: () => sign({ aud: 'api://someone-else' }), reason: 'audience' },
    {
      name: 'audience of another app',
      make: () => sign({ aud: '00000003-0000-0000-c000-000000000000' }),
      reason: 'audience',
    },
    {
      name: 'wrong issuer',
      make: () => sign({ iss: `https://login.evil.test/${TEST_TENANT_A}/v2.0` }),
      reason: 'issuer',
    },
    {
      name: 'issuer of another tenant',
      make: () => sign({ iss: `${jwks.url}/${TEST_TENANT_B}/v2.0` }),
      reason: 'issuer',
    },
    {
      name: 'v1 issuer',
      make: () => sign({ iss: `https://sts.windows.net/${TEST_TENANT_A}/` }),
      reason: 'issuer',
    },
    { name: 'missing scope', make: () => sign({ scp: 'User.Read' }), reason: 'scope' },
    { name: 'no scp at all', make: () => sign({ scp: undefined }), reason: 'scope' },
    {
      name: 'alg none',
      make: async () => unsignedToken(alice, { authorityHost: jwks.url }),
      reason: 'algorithm',
    },
    {
      name: 'HS256 signed with the public key',
      make: () => hs256WithPublicKey(alice, { authorityHost: jwks.url, key: jwks.keys[0]! }),
      reason: 'algorithm',
    },
    { name: 'unknown kid', make: () => sign({}, { header: { kid: 'no-such-key' } }), reason: 'unknownKey' },
    {
      name: 'signed by a key nobody serves',
      make: async () => sign({}, { key: await createTestSigningKey(jwks.keys[0]!.kid) }),
      reason: 'signature',
    },
    {
      name: 'tampered payload',
      make: async () => tamperedToken(await sign(), { oid: randomUUID() }),
      reason: 'signature',
    },
    { name: 'malformed', make: async () => 'not.a-jwt', reason: 'malformed' },
    { name: 'three segments of garbage', make: async () => 'a.b.c', reason: 'malformed' },
    { name: 'two segments', make: async () => 'eyJhbGciOiJSUzI1NiJ9.eyJ0aWQiOiJ4In0', reason: 'malformed' },
    { name: 'no oid', make: () => sign({ oid: undefined }), reason: 'malformed' },
  ];

  it.each(badTokens)('refuses $name with 401 TOKEN_INVALID ($reason)', async ({ make, reason }) => {
    const result = await refusal(verifier().verify(await make()));
    expect(result).toEqual({ code: 'TOKEN_INVALID', reason, status: 401 });
  });

  it('refuses a tenant outside ALLOWED_TENANTS before fetching any key', async () => {
    const before = jwks.keyFetches();
    const mallory = testUser(TEST_TENANT_NOT_ALLOWED, 'Mallory');
    const token = await signTestToken(mallory, { authorityHost: jwks.url, key: jwks.keys[0]! });
    expect(await refusal(verifier().verify(token))).toEqual({
      code: 'TENANT_NOT_ALLOWED',
      reason: undefined,
      status: 401,
    });
    expect(jwks.keyFetches()).toBe(before);
  });

  it("accepts any tenant when the deployment is multi-tenant ('all')", async () => {
    const bob = testUser(TEST_TENANT_B, 'Bob');
    const token = await signTestToken(bob, { authorityHost: jwks.url, key: jwks.keys[0]! });
    expect((await verifier({ allowedTenants: 'all' }).verify(token)).tenantId).toBe(TEST_TENANT_B);
  });

  it('the local endpoint answers like Entra: OpenID configuration with the v2 issuer and the keys url', async () => {
    const response = await fetch(`${jwks.url}/${TEST_TENANT_A}/v2.0/.well-known/openid-configuration`);
    expect(await response.json()).toMatchObject({
      issuer: `${jwks.url}/${TEST_TENANT_A}/v2.0`,
      jwks_uri: `${jwks.url}/${TEST_TENANT_A}/discovery/v2.0/keys`,
    });
    expect((await fetch(`${jwks.url}/${TEST_TENANT_NOT_ALLOWED}/discovery/v2.0/keys`)).status).toBe(400);
  });

  it('fetches keys from {host}/{tid}/discovery/v2.0/keys once and caches them', async () => {
    const v = verifier();
    const before = jwks.keyFetches(TEST_TENANT_A);
    for (let i = 0; i < 5; i++) await v.verify(await sign());
    expect(jwks.keyFetches(TEST_TENANT_A) - before).toBe(1);
    expect(v.keyStore.fetchCount).toBe(1);
    expect(jwks.requests.at(-1)?.path).toBe(`/${TEST_TENANT_A}/discovery/v2.0/keys`);
  });

  it('refreshes on an unknown kid (key rotation) once the cooldown allows', async () => {
    let clock = 1_000_000;
    const v = verifier({ keyStoreOptions: { now: () => clock, refreshCooldownMs: 30_000 } });
    await v.verify(await sign());
    const rotated = await jwks.addKey();
    try {
      // Within the cooldown after the first fetch, the new kid is not fetched yet…
      expect((await refusal(v.verify(await sign({}, { key: rotated })))).reason).toBe('unknownKey');
      expect(v.keyStore.fetchCount).toBe(1);
      // …after it, the unknown kid triggers one refresh and the token verifies.
      clock += 31_000;
      const caller = await v.verify(await sign({}, { key: rotated }));
      expect(caller.user.userId).toBe(alice.oid);
      expect(v.keyStore.fetchCount).toBe(2);
    } finally {
      jwks.removeKey(rotated.kid);
    }
  });

  it('a flood of random kids does not hammer the key endpoint', async () => {
    let clock = 5_000_000;
    const v = verifier({ keyStoreOptions: { now: () => clock, refreshCooldownMs: 30_000 } });
    const before = jwks.keyFetches();
    const tokens = await Promise.all(
      Array.from({ length: 200 }, () => sign({}, { header: { kid: `random-${randomUUID()}` } })),
    );
    const results = await Promise.all(tokens.map((token) => refusal(v.verify(token))));
    expect(new Set(results.map((r) => r.reason))).toEqual(new Set(['unknownKey']));
    // One initial fetch; every further unknown kid falls inside the cooldown.
    expect(jwks.keyFetches() - before).toBe(1);
    // An hour of a random kid every 10 s: at most one refresh per cooldown period.
    for (let s = 0; s < 3600; s += 10) {
      clock += 10_000;
      await refusal(v.verify(tokens[(s / 10) % tokens.length]!));
    }
    expect(jwks.keyFetches() - before).toBeLessThanOrEqual(1 + 3600 / 30);
  });

  it('a flood of random tenants (multi-tenant mode) is held by the host-wide fetch budget', async () => {
    const clock = 9_000_000;
    const store = createJwksKeyStore({
      authorityHost: jwks.url,
      now: () => clock,
      fetchBudget: { max: 10, windowMs: 60_000 },
    });
    const v = verifier({ allowedTenants: 'all', keyStore: store });
    const before = jwks.keyFetches();
    const tokens = await Promise.all(
      Array.from({ length: 100 }, () =>
        signTestToken(testUser(randomUUID(), 'Random'), { authorityHost: jwks.url, key: jwks.keys[0]! }),
      ),
    );
    const results = await Promise.all(tokens.map((token) => refusal(v.verify(token))));
    expect(results.every((r) => r.code === 'TOKEN_INVALID' && r.reason === 'unknownKey')).toBe(true);
    expect(jwks.keyFetches() - before).toBe(10);
    expect(store.fetchCount).toBe(10);
  });

  it('a failing key endpoint gives 503 AUTH_KEYS_UNAVAILABLE and is not retried on every request', async () => {
    let clock = 20_000_000;
    const v = verifier({ keyStoreOptions: { now: () => clock, refreshCooldownMs: 30_000 } });
    const before = jwks.keyFetches();
    jwks.failWith(503);
    try {
      expect(await refusal(v.verify(await sign()))).toEqual({
        code: 'AUTH_KEYS_UNAVAILABLE',
        reason: undefined,
        status: 503,
      });
      for (let i = 0; i < 20; i++)
        expect((await refusal(v.verify(await sign()))).code).toBe('AUTH_KEYS_UNAVAILABLE');
      expect(jwks.keyFetches() - before).toBe(1);
    } finally {
      jwks.failWith(null);
    }
    clock += 31_000;
    expect((await v.verify(await sign())).tenantId).toBe(TEST_TENANT_A);
  });
});
