import { DomainError, fixedClock } from '@ambassadors/shared';
import type { DirectorySearcher } from '@ambassadors/shared/ports/people-directory';
import { createGraphPeopleDirectory } from '../../../bot/src/directory/graph-people-directory';
import { createOboTokenSource } from '../../../bot/src/directory/obo-token-exchange';
import { graphScope } from '../../../bot/src/directory/create-people-directory';
import {
  signManagedIdentityAssertion,
  startGraphStandIn,
  type GraphStandIn,
  type GraphStandInUser,
} from '../../support/graph-stand-in';
import { startJwksServer, type TestJwksServer } from '../../support/jwks-server';
import { TEST_CLIENT_ID, TEST_TENANT_A, TEST_TENANT_B, signTestToken, testUser } from '../../support/tokens';

/**
 * The Graph adapter against the local stand-in of Entra's token endpoint and Graph's
 * `/v1.0/users`: the on-behalf-of exchange with a managed identity's assertion, `$search` with
 * `ConsistencyLevel`, paging through `@odata.nextLink`, throttling with `Retry-After`, consent
 * missing, and the tenant taken from the searcher only.
 */
const IDENTITY = '9f9f9f9f-1111-4222-8333-444444444444';

function user(name: string, jobTitle: string | null = null): GraphStandInUser {
  const login = name.toLowerCase().replace(/\s+/g, '.');
  const { oid } = testUser(TEST_TENANT_A, name);
  return {
    id: oid,
    displayName: name,
    userPrincipalName: `${login}@contoso.test`,
    mail: `${login}@contoso.test`,
    jobTitle,
  };
}

const PEOPLE_A = [
  user('Jonas Berg', 'Tekniker'),
  user('Jonna Bech', 'Receptionist'),
  user('Sofie Nielsen'),
  ...Array.from({ length: 23 }, (_v, i) => user(`Anders Nummer${String(i + 1).padStart(2, '0')}`)),
];

describe('Graph people directory (against the Graph stand-in)', () => {
  let jwks: TestJwksServer;
  let graph: GraphStandIn;
  const clock = fixedClock('2026-12-01T10:00:00Z');
  const mette = testUser(TEST_TENANT_A, 'Mette Hansen');
  const waits: number[] = [];

  beforeAll(async () => {
    jwks = await startJwksServer();
    graph = await startGraphStandIn({
      jwks,
      clientId: TEST_CLIENT_ID,
      users: { [TEST_TENANT_A]: PEOPLE_A, [TEST_TENANT_B]: [user('Jonas Fremmed')] },
    });
  });
  afterAll(async () => {
    await graph?.close();
    await jwks?.close();
  });
  beforeEach(() => {
    graph.requests.length = 0;
    waits.length = 0;
    graph.throttleNext(0, 0);
    graph.requireConsent(null);
  });

  const directory = (options: { assertion?: () => Promise<string>; pageSize?: number } = {}) => {
    const tokens = createOboTokenSource({
      loginBaseUrl: graph.url,
      clientId: TEST_CLIENT_ID,
      scope: graphScope(graph.url),
      clientAssertion: options.assertion ?? (() => signManagedIdentityAssertion(jwks, IDENTITY)),
      clock,
    });
    return createGraphPeopleDirectory({
      graphBaseUrl: graph.url,
      tokens,
      clock,
      pageSize: options.pageSize ?? 10,
      sleep: async (ms) => {
        waits.push(ms);
      },
    });
  };
  const searcher = async (person = mette): Promise<DirectorySearcher> => ({
    tenantId: person.tenantId,
    userId: person.oid,
    userToken: await signTestToken(person, { authorityHost: jwks.url, key: jwks.keys[0]! }),
  });

  it('finds people by the start of their name, with UPN, mail and job title, asking Graph as it requires', async () => {
    const page = await directory().search(await searcher(), 'jo', null);
    expect(page.people).toEqual([
      {
        id: PEOPLE_A[0]!.id,
        displayName: 'Jonas Berg',
        upn: 'jonas.berg@contoso.test',
        mail: 'jonas.berg@contoso.test',
        jobTitle: 'Tekniker',
      },
      {
        id: PEOPLE_A[1]!.id,
        displayName: 'Jonna Bech',
        upn: 'jonna.bech@contoso.test',
        mail: 'jonna.bech@contoso.test',
        jobTitle: 'Receptionist',
      },
    ]);
    expect(page.nextPage).toBeNull();
    const [request] = graph.userRequests();
    expect(request).toMatchObject({ status: 200, consistencyLevel: 'eventual' });
    expect(request!.query).toEqual({
      $search: '"displayName:jo" OR "mail:jo"',
      $select: 'id,displayName,userPrincipalName,mail,jobTitle',
      $top: '10',
    });
    const [exchange] = graph.tokenRequests();
    expect(exchange).toMatchObject({ status: 200, tenantId: TEST_TENANT_A });
  });

  it('pages through all matches by following @odata.nextLink, exchanging the token once', async () => {
    const dir = directory();
    const who = await searcher(testUser(TEST_TENANT_A, 'Pager Person'));
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await dir.search(who, 'anders', cursor);
      seen.push(...page.people.map((p) => p.displayName));
      cursor = page.nextPage;
      pages += 1;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(23);
    expect(new Set(seen).size).toBe(23);
    expect(graph.userRequests().map((r) => r.query?.$skiptoken !== undefined)).toEqual([false, true, true]);
    expect(graph.tokenRequests()).toHaveLength(1);
  });

  it('reuses the Graph token until shortly before it expires, then exchanges again', async () => {
    const dir = directory();
    const who = await searcher(testUser(TEST_TENANT_A, 'Cache Person'));
    await dir.search(who, 'jo', null);
    await dir.search(who, 'so', null);
    expect(graph.tokenRequests()).toHaveLength(1);
    clock.advance(3599_000 - 60_000);
    await dir.search(who, 'jo', null);
    expect(graph.tokenRequests()).toHaveLength(2);
  });

  it('never follows a page cursor to anywhere but Graph’s /v1.0/users', async () => {
    const evil = Buffer.from('http://127.0.0.1:1/steal?x=1').toString('base64url');
    await expect(directory().search(await searcher(), 'jo', evil)).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    expect(graph.userRequests()).toHaveLength(0);
  });

  it.each([429, 503] as const)('honours Retry-After on %i and then answers', async (status) => {
    graph.throttleNext(2, 3, status);
    const page = await directory().search(await searcher(), 'sofie', null);
    expect(page.people.map((p) => p.displayName)).toEqual(['Sofie Nielsen']);
    expect(waits).toEqual([3000, 3000]);
    expect(graph.userRequests().map((r) => r.status)).toEqual([status, status, 200]);
  });

  it('gives up after a bounded number of retries, telling the leader when to try again', async () => {
    graph.throttleNext(10, 2);
    const error = await directory()
      .search(await searcher(), 'sofie', null)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('DIRECTORY_BUSY');
    expect((error as DomainError).messageIn('en')).toBe(
      "Your organisation's directory is busy right now. Try the search again in 2 seconds.",
    );
    expect(graph.userRequests()).toHaveLength(4);
  });

  it('does not hold a request longer than it may: a long Retry-After goes straight to the leader', async () => {
    graph.throttleNext(1, 120);
    await expect(directory().search(await searcher(), 'sofie', null)).rejects.toMatchObject({
      code: 'DIRECTORY_BUSY',
      params: { seconds: 120 },
    });
    expect(waits).toEqual([]);
  });

  it('waits at most 10 seconds in all, however the waits add up', async () => {
    graph.throttleNext(3, 4);
    await expect(directory().search(await searcher(), 'sofie', null)).rejects.toMatchObject({
      code: 'DIRECTORY_BUSY',
    });
    expect(waits).toEqual([4000, 4000]);
    expect(graph.userRequests()).toHaveLength(3);
  });

  it('says clearly, in Danish and English, when nobody has consented (AADSTS65001)', async () => {
    graph.requireConsent(TEST_TENANT_A);
    const error = (await directory()
      .search(await searcher(testUser(TEST_TENANT_A, 'Consent Person')), 'jo', null)
      .catch((e: unknown) => e)) as DomainError;
    expect(error.code).toBe('DIRECTORY_CONSENT_MISSING');
    expect(error.status).toBe(403);
    expect(error.messageIn('en')).toContain('admin consent (Microsoft Graph, User.ReadBasic.All)');
    expect(error.messageIn('da')).toContain('administratorsamtykke');
    expect(graph.userRequests()).toHaveLength(0);
  });

  it('is refused by the token endpoint without a real signed assertion: no secret, no forged identity', async () => {
    const forged = async () => {
      const signed = await signManagedIdentityAssertion(jwks, IDENTITY);
      const [h, p] = signed.split('.');
      return `${h}.${p}.AAAA`;
    };
    await expect(
      directory({ assertion: forged }).search(await searcher(testUser(TEST_TENANT_A, 'Forged')), 'jo', null),
    ).rejects.toMatchObject({ code: 'DIRECTORY_UNAVAILABLE' });
    expect(graph.tokenRequests().map((r) => r.status)).toEqual([401]);
  });

  it('exchanges in the searcher’s own tenant and finds only that tenant’s people', async () => {
    const other = testUser(TEST_TENANT_B, 'Bente Fremmed');
    const page = await directory().search(await searcher(other), 'jonas', null);
    expect(page.people.map((p) => p.displayName)).toEqual(['Jonas Fremmed']);
    expect(graph.tokenRequests().map((r) => r.tenantId)).toEqual([TEST_TENANT_B]);
  });
});

describe('the Graph stand-in speaks Graph’s contract', () => {
  it('refuses $search without ConsistencyLevel: eventual, as Graph does', async () => {
    const jwks = await startJwksServer();
    const graph = await startGraphStandIn({
      jwks,
      clientId: TEST_CLIENT_ID,
      users: { [TEST_TENANT_A]: PEOPLE_A },
    });
    try {
      const person = testUser(TEST_TENANT_A, 'Mette Hansen');
      const form = new URLSearchParams({
        grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
        requested_token_use: 'on_behalf_of',
        client_id: TEST_CLIENT_ID,
        client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
        client_assertion: await signManagedIdentityAssertion(jwks, IDENTITY),
        assertion: await signTestToken(person, { authorityHost: jwks.url, key: jwks.keys[0]! }),
        scope: 'https://graph.microsoft.com/User.ReadBasic.All',
      });
      const token = (await (
        await fetch(`${graph.url}/${TEST_TENANT_A}/oauth2/v2.0/token`, { method: 'POST', body: form })
      ).json()) as { access_token: string };
      const url = `${graph.url}/v1.0/users?$search=${encodeURIComponent('"displayName:jo"')}`;
      const without = await fetch(url, { headers: { authorization: `Bearer ${token.access_token}` } });
      expect(without.status).toBe(400);
      expect(((await without.json()) as { error: { code: string } }).error.code).toBe(
        'Request_UnsupportedQuery',
      );
      const withHeader = await fetch(url, {
        headers: { authorization: `Bearer ${token.access_token}`, ConsistencyLevel: 'eventual' },
      });
      expect(withHeader.status).toBe(200);
      expect(((await withHeader.json()) as { value: unknown[] }).value).toHaveLength(2);
    } finally {
      await graph.close();
      await jwks.close();
    }
  });
});
