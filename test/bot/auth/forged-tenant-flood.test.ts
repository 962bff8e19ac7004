import { randomUUID } from 'node:crypto';
import { api } from '../../support/start-test-server';
import { createTestSigningKey } from '../../support/jwks-server';
import { signTestToken, testUser } from '../../support/tokens';
import { startApiWorld, type ApiWorld } from '../http/routes/api-fixture';

/**
 * A multi-tenant installation (ALLOWED_TENANTS empty) under a flood of forged tokens, over real
 * HTTP with real signed JWTs: tokens for random tenants, signed with keys Entra never served. The
 * flood must neither lock real tenants out nor make the server hammer the key endpoint: Entra signs
 * every tenant's tokens with the one key set of the authority, so nothing a forged token says about
 * its tenant may reach a cache or a fetch budget.
 */
describe('forged-tenant flood (multi-tenant sign-in)', () => {
  const REAL_TENANTS = 12;
  let world: ApiWorld | undefined;

  afterEach(async () => {
    await world?.close();
    world = undefined;
  });

  const me = (w: ApiWorld, token: string) =>
    api(w.server.baseUrl, '/api/v1/me', {
      headers: { authorization: `Bearer ${token}`, 'accept-language': 'en' },
    });

  async function realTenantsSignIn(w: ApiWorld): Promise<number[]> {
    const people = Array.from({ length: REAL_TENANTS }, (_, i) => testUser(randomUUID(), `Person ${i}`));
    const tokens = await Promise.all(
      people.map((person) => signTestToken(person, { authorityHost: w.jwks.url, key: w.jwks.keys[0]! })),
    );
    // Each tenant's first request, all at once — as after a restart or a flood.
    const answers = await Promise.all(tokens.map((token) => me(w, token)));
    answers.forEach((answer, i) => {
      if (answer.status === 200) expect(answer.body.tenantId).toBe(people[i]!.tenantId);
    });
    return answers.map((answer) => answer.status);
  }

  it('after 300 forged tokens for random tenants, 12 fresh real tenants each sign in on their first request', async () => {
    world = await startApiWorld({ allowedTenants: [] });
    const w = world;
    const forgedKeys = await Promise.all(Array.from({ length: 10 }, () => createTestSigningKey()));
    const forged = await Promise.all(
      Array.from({ length: 300 }, (_, i) =>
        signTestToken(testUser(randomUUID(), 'Mallory'), {
          authorityHost: w.jwks.url,
          key: forgedKeys[i % forgedKeys.length]!,
          // A new key id on every token: each one looks like a key rotation.
          header: { kid: `forged-${randomUUID()}` },
        }),
      ),
    );
    const refused: number[] = [];
    for (let i = 0; i < forged.length; i += 50) {
      const batch = await Promise.all(forged.slice(i, i + 50).map((token) => me(w, token)));
      for (const answer of batch) {
        expect(answer.body.code).toBe('TOKEN_INVALID');
        refused.push(answer.status);
      }
    }
    expect(refused).toEqual(Array.from({ length: 300 }, () => 401));

    expect(await realTenantsSignIn(w)).toEqual(Array.from({ length: REAL_TENANTS }, () => 200));
    expect(w.jwks.keyFetches()).toBeLessThanOrEqual(2);
  });

  it('right after a start, 12 real tenants signing in at once all get in, with one key fetch', async () => {
    world = await startApiWorld({ allowedTenants: [] });
    expect(await realTenantsSignIn(world)).toEqual(Array.from({ length: REAL_TENANTS }, () => 200));
    expect(world.jwks.keyFetches()).toBe(1);
  });
});
