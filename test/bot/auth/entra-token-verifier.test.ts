import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DomainError } from '@ambassadors/shared';
import {
  acceptedAudiences,
  audienceMatches,
  createEntraTokenVerifier,
} from '../../../bot/src/auth/entra-token-verifier';
import { DEFAULT_CLIENT_APP_IDS } from '../../../bot/src/auth/client-apps';
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

  it("accepts the application id URI of the app's own host as audience (api://<host>/<client id>)", async () => {
    const caller = await verifier({ publicUrl: 'https://tab.example.test' }).verify(
      await sign({ aud: `api://tab.example.test/${TEST_CLIENT_ID}` }),
    );
    expect(caller.user.userId).toBe(alice.oid);
  });

  it('the accepted audiences are exactly the client id and api://<own host>/<client id>', () => {
    const accepted = acceptedAudiences(TEST_CLIENT_ID, 'https://tab.example.test/some/path');
    expect(accepted).toEqual([TEST_CLIENT_ID, `api://tab.example.test/${TEST_CLIENT_ID}`]);
    expect(acceptedAudiences(TEST_CLIENT_ID)).toEqual([TEST_CLIENT_ID]);
    expect(audienceMatches(TEST_CLIENT_ID, accepted)).toBe(true);
    expect(audienceMatches([TEST_CLIENT_ID], accepted)).toBe(true);
    const refused: unknown[] = [
      `api://${TEST_CLIENT_ID}`,
      `api://evil.test/${TEST_CLIENT_ID}`,
      `api://evil.test/tab.example.test/${TEST_CLIENT_ID}`,
      `api://tab.example.test/${TEST_CLIENT_ID}x`,
      `https://tab.example.test/${TEST_CLIENT_ID}`,
      [TEST_CLIENT_ID, 'api://someone-else'],
      [TEST_CLIENT_ID, TEST_CLIENT_ID],
      [],
      undefined,
    ];
    for (const aud of refused) expect(audienceMatches(aud as string, accepted)).toBe(false);
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
    {
      name: 'an audience of another host (api://evil.test/<client id>)',
      make: () => sign({ aud: `api://evil.test/${TEST_CLIENT_ID}` }),
      reason: 'audience',
    },
    {
      name: 'two audiences, one of them ours',
      make: () => sign({ aud: [TEST_CLIENT_ID, 'api://someone-else'] }),
      reason: 'audience',
    },
    {
      name: 'issued to another client app (azp)',
      make: () => sign({ azp: '04b07795-8ddb-461a-bbee-02f9e1bf7b46' }),
      reason: 'client',
    },
    {
      name: 'issued to another client app (v1 appid)',
      make: () => sign({ azp: undefined, appid: '04b07795-8ddb-461a-bbee-02f9e1bf7b46' }),
      reason: 'client',
    },
    { name: 'naming no client app', make: () => sign({ azp: undefined }), reason: 'client' },
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

  it.each([
    ...DEFAULT_CLIENT_APP_IDS.map((azp) => ({ name: `the Teams client ${azp}`, claims: { azp } })),
    { name: 'the app itself', claims: { azp: TEST_CLIENT_ID } },
    { name: 'a v1 token of Teams (appid)', claims: { azp: undefined, appid: DEFAULT_CLIENT_APP_IDS[1] } },
  ])('accepts a token issued to $name', async ({ claims }) => {
    expect((await verifier().verify(await sign(claims))).user.userId).toBe(alice.oid);
  });

  it('accepts the client apps configured instead of the defaults, and only those', async () => {
    const outlookWeb = 'bc59ab01-8403-45c6-8796-ac3ef710b3e3';
    const v = verifier({ allowedClientApps: [outlookWeb] });
    expect((await v.verify(await sign({ azp: outlookWeb }))).tenantId).toBe(TEST_TENANT_A);
    expect((await refusal(v.verify(await sign({ azp: DEFAULT_CLIENT_APP_IDS[0] })))).reason).toBe('client');
  });

  it('the default client apps are exactly the ones aad.manifest.json pre-authorises', () => {
    const manifest = JSON.parse(readFileSync(path.join(__dirname, '../../../aad.manifest.json'), 'utf8')) as {
      preAuthorizedApplications: { appId: string }[];
    };
    expect([...DEFAULT_CLIENT_APP_IDS].sort()).toEqual(
      manifest.preAuthorizedApplications.map((app) => app.appId).sort(),
    );
  });

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

  it("fetches the authority's one key set — jwks_uri of the common discovery document — once for all tenants", async () => {
    const v = verifier();
    const before = jwks.requests.length;
    const bob = testUser(TEST_TENANT_B, 'Bob');
    for (let i = 0; i < 3; i++) {
      await v.verify(await sign());
      await v.verify(await signTestToken(bob, { authorityHost: jwks.url, key: jwks.keys[0]! }));
    }
    expect(jwks.requests.slice(before).map((r) => r.path)).toEqual([
      '/common/v2.0/.well-known/openid-configuration',
      '/common/discovery/v2.0/keys',
    ]);
    expect(v.keyStore.fetchCount).toBe(1);
  });

  it('refuses to take keys from anywhere but the authority host, whatever the discovery document says', async () => {
    const elsewhere: typeof fetch = async (input, init) => {
      const url = String(input);
      if (url.endsWith('/openid-configuration')) {
        return new Response(JSON.stringify({ jwks_uri: 'http://127.0.0.2:1/common/discovery/v2.0/keys' }));
      }
      return fetch(input, init);
    };
    const v = verifier({ keyStoreOptions: { fetch: elsewhere } });
    expect((await refusal(v.verify(await sign()))).code).toBe('AUTH_KEYS_UNAVAILABLE');
    expect(v.keyStore.fetchCount).toBe(0);
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

  it('tokens of 100 tenants (multi-tenant mode) need one key fetch; forged ones for random tenants none more', async () => {
    let clock = 9_000_000;
    const v = verifier({ allowedTenants: 'all', keyStoreOptions: { now: () => clock } });
    const before = jwks.keyFetches();
    const forger = await createTestSigningKey();
    const forged = await Promise.all(
      Array.from({ length: 100 }, () =>
        signTestToken(testUser(randomUUID(), 'Mallory'), {
          authorityHost: jwks.url,
          key: forger,
          header: { kid: `forged-${randomUUID()}` },
        }),
      ),
    );
    const results = await Promise.all(forged.map((token) => refusal(v.verify(token))));
    expect(new Set(results.map((r) => `${r.code}/${String(r.reason)}`))).toEqual(
      new Set(['TOKEN_INVALID/unknownKey']),
    );
    const real = await Promise.all(
      Array.from({ length: 100 }, () =>
        signTestToken(testUser(randomUUID(), 'Real'), { authorityHost: jwks.url, key: jwks.keys[0]! }),
      ),
    );
    const callers = await Promise.all(real.map((token) => v.verify(token)));
    expect(new Set(callers.map((c) => c.tenantId)).size).toBe(100);
    expect(jwks.keyFetches() - before).toBe(1);
    // Forged kids keep coming: at most one refresh per cooldown for the whole host.
    for (let s = 0; s < 600; s += 10) {
      clock += 10_000;
      await refusal(v.verify(forged[(s / 10) % forged.length]!));
    }
    expect(jwks.keyFetches() - before).toBeLessThanOrEqual(1 + 600 / 30);
  });

  it('a failing key endpoint gives 503 AUTH_KEYS_UNAVAILABLE and is not retried on every request', async () => {
    let clock = 20_000_000;
    const v = verifier({ keyStoreOptions: { now: () => clock, refreshCooldownMs: 30_000 } });
    const before = jwks.requests.length;
    jwks.failWith(503);
    try {
      expect(await refusal(v.verify(await sign()))).toEqual({
        code: 'AUTH_KEYS_UNAVAILABLE',
        reason: undefined,
        status: 503,
      });
      for (let i = 0; i < 20; i++)
        expect((await refusal(v.verify(await sign()))).code).toBe('AUTH_KEYS_UNAVAILABLE');
      expect(jwks.requests.length - before).toBe(1);
    } finally {
      jwks.failWith(null);
    }
    clock += 31_000;
    expect((await v.verify(await sign())).tenantId).toBe(TEST_TENANT_A);
  });

  it('a key that names its issuer verifies only tokens of that issuer', async () => {
    const otherIssuer: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (!String(input).endsWith('/keys')) return response;
      const body = (await response.json()) as { keys: Record<string, unknown>[] };
      const keys = body.keys.map((key) => ({ ...key, issuer: 'https://sts.other.example/{tenantid}/v2.0' }));
      return new Response(JSON.stringify({ keys }));
    };
    const v = verifier({ keyStoreOptions: { fetch: otherIssuer } });
    expect(await refusal(v.verify(await sign()))).toEqual({
      code: 'TOKEN_INVALID',
      reason: 'issuer',
      status: 401,
    });
  });

  it('keeps signing people in with the keys it has while the endpoint fails a refresh', async () => {
    let clock = 30_000_000;
    const v = verifier({ keyStoreOptions: { now: () => clock, maxAgeMs: 60_000 } });
    await v.verify(await sign());
    jwks.failWith(503);
    try {
      clock += 120_000;
      expect((await v.verify(await sign())).tenantId).toBe(TEST_TENANT_A);
    } finally {
      jwks.failWith(null);
    }
  });
});
