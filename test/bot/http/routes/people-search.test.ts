import { DEMO_PEOPLE, DEMO_PROGRAMME_ID } from '@ambassadors/shared';
import {
  signManagedIdentityAssertion,
  startGraphStandIn,
  type GraphStandIn,
  type GraphStandInUser,
} from '../../../support/graph-stand-in';
import { startJwksServer, type TestJwksServer } from '../../../support/jwks-server';
import { api, startTestServer, type TestServer } from '../../../support/start-test-server';
import {
  TEST_CLIENT_ID,
  TEST_TENANT_A,
  TEST_TENANT_B,
  signTestToken,
  type TestUser,
} from '../../../support/tokens';
import { demoBoardWithId, seedBoard } from './api-fixture';

/**
 * `GET /api/v1/programmes/:id/people?q=` over real HTTP: the server in SSO mode exchanges the
 * caller's token on-behalf-of at the Entra stand-in and searches the Graph stand-in. Leaders
 * only; the query is checked (2–100 characters) in the caller's language; consent missing and
 * throttling reach the leader as clear messages, never as a 500; the tenant is the token's.
 */
const IDENTITY = '9f9f9f9f-1111-4222-8333-444444444444';
const asUser = (person: { userId: string; displayName: string }, tenantId = TEST_TENANT_A): TestUser => ({
  tenantId,
  oid: person.userId,
  name: person.displayName,
});
const NEW_LEADER = { userId: 'cccccccc-0000-4000-8000-000000000001', displayName: 'Ida Larsen' };
const directoryUser = (id: string, name: string): GraphStandInUser => {
  const login = name.toLowerCase().replace(/\s+/g, '.');
  return { id, displayName: name, userPrincipalName: `${login}@contoso.test`, mail: null, jobTitle: null };
};

describe('people search over HTTP (SSO mode, Graph stand-in)', () => {
  let jwks: TestJwksServer;
  let graph: GraphStandIn;
  let server: TestServer;

  beforeAll(async () => {
    jwks = await startJwksServer();
    graph = await startGraphStandIn({
      jwks,
      clientId: TEST_CLIENT_ID,
      users: {
        [TEST_TENANT_A]: [
          directoryUser('aaaaaaaa-0000-4000-8000-000000000001', 'Peter Holm'),
          directoryUser('aaaaaaaa-0000-4000-8000-000000000002', 'Pernille Holt'),
          ...Array.from({ length: 12 }, (_v, i) =>
            directoryUser(
              `aaaaaaaa-0000-4000-8000-0000000001${String(i).padStart(2, '0')}`,
              `Karen Kollega${i}`,
            ),
          ),
        ],
        [TEST_TENANT_B]: [directoryUser('bbbbbbbb-0000-4000-8000-000000000001', 'Peter Fremmed')],
      },
    });
    server = await startTestServer({
      env: {
        AAD_APP_CLIENT_ID: TEST_CLIENT_ID,
        AAD_APP_OAUTH_AUTHORITY_HOST: jwks.url,
        ALLOWED_TENANTS: `${TEST_TENANT_A},${TEST_TENANT_B}`,
        GRAPH_BASE_URL: graph.url,
        LOGIN_BASE_URL: graph.url,
        REMINDERS: 'off',
      },
      directoryClientAssertion: () => signManagedIdentityAssertion(jwks, IDENTITY),
    });
    await seedBoard(server.store, demoBoardWithId(TEST_TENANT_A, 'programme-a', new Date()));
    await seedBoard(server.store, demoBoardWithId(TEST_TENANT_B, 'programme-b', new Date(), 'b-'));
    // A leader who has not searched yet: no Graph token of theirs is cached.
    const fresh = demoBoardWithId(TEST_TENANT_A, 'programme-c', new Date(), 'c-');
    await seedBoard(server.store, { ...fresh, programme: { ...fresh.programme, owners: [NEW_LEADER] } });
  });
  afterAll(async () => {
    await server?.close();
    await graph?.close();
    await jwks?.close();
  });
  beforeEach(() => {
    graph.requests.length = 0;
    graph.throttleNext(0, 0);
    graph.requireConsent(null);
  });

  const search = async (
    query: string,
    options: {
      person?: TestUser;
      programmeId?: string;
      lang?: string;
      headers?: Record<string, string>;
    } = {},
  ) => {
    const token = await signTestToken(options.person ?? asUser(DEMO_PEOPLE.leader), {
      authorityHost: jwks.url,
      key: jwks.keys[0]!,
    });
    return api(server.baseUrl, `/api/v1/programmes/${options.programmeId ?? 'programme-a'}/people?${query}`, {
      headers: {
        authorization: `Bearer ${token}`,
        'accept-language': options.lang ?? 'en',
        ...options.headers,
      },
    });
  };

  it('a leader finds two people by name, each with the UPN a meeting invitation needs', async () => {
    const res = await search('q=pe');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      source: 'graph',
      nextPage: null,
      people: [
        {
          id: 'aaaaaaaa-0000-4000-8000-000000000001',
          displayName: 'Peter Holm',
          upn: 'peter.holm@contoso.test',
          mail: null,
          jobTitle: null,
        },
        {
          id: 'aaaaaaaa-0000-4000-8000-000000000002',
          displayName: 'Pernille Holt',
          upn: 'pernille.holt@contoso.test',
          mail: null,
          jobTitle: null,
        },
      ],
    });
  });

  it('pages: the next page comes from the previous answer’s nextPage', async () => {
    const first = await search('q=karen');
    expect(first.body.people).toHaveLength(10);
    expect(typeof first.body.nextPage).toBe('string');
    const second = await search(`q=karen&page=${encodeURIComponent(first.body.nextPage as string)}`);
    expect(second.status).toBe(200);
    expect(second.body.people).toHaveLength(2);
    expect(second.body.nextPage).toBeNull();
  });

  it('is for leaders only', async () => {
    const res = await search('q=pe', { person: asUser(DEMO_PEOPLE.employee) });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('FORBIDDEN');
    expect(graph.requests).toHaveLength(0);
  });

  it.each([
    ['q=p', 'en', 'Name to search for: must be at least 2 characters'],
    ['q=p', 'da', 'Navn at søge efter: skal være mindst 2 tegn'],
    [`q=${'x'.repeat(101)}`, 'en', 'Name to search for: can be at most 100 characters'],
    ['', 'en', 'Name to search for: must be filled in'],
  ])('refuses %s with a clear message (%s) and asks nobody', async (query, lang, message) => {
    const res = await search(query, { lang });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.message).toContain(message);
    expect(graph.requests).toHaveLength(0);
  });

  it('consent missing → 403 with a message for the leader in their language, not a 500', async () => {
    graph.requireConsent(TEST_TENANT_A);
    const asNewLeader = { person: asUser(NEW_LEADER), programmeId: 'programme-c' };
    const en = await search('q=pe', asNewLeader);
    expect(en.status).toBe(403);
    expect(en.body).toEqual({
      code: 'DIRECTORY_CONSENT_MISSING',
      message:
        "Searching your organisation's directory for colleagues has not been approved yet. Ask a Teams or Global administrator to grant the app admin consent (Microsoft Graph, User.ReadBasic.All) – see the admin guide. Until then you can add people by name and user id.",
    });
    const da = await search('q=pe', { ...asNewLeader, lang: 'da' });
    expect(da.status).toBe(403);
    expect(da.body.message).toMatch(
      /^Søgning efter kolleger i organisationens adressebog er ikke godkendt endnu/,
    );
  });

  it('throttled past the retries → 503 with Retry-After, after honouring Graph’s Retry-After', async () => {
    graph.throttleNext(1, 1);
    const recovered = await search('q=peter');
    expect(recovered.status).toBe(200);
    expect(graph.userRequests().map((r) => r.status)).toEqual([429, 200]);

    graph.throttleNext(5, 60);
    const busy = await search('q=peter');
    expect(busy.status).toBe(503);
    expect(busy.body.code).toBe('DIRECTORY_BUSY');
    expect(busy.headers.get('retry-after')).toBe('60');
    expect(busy.body.message).toBe(
      "Your organisation's directory is busy right now. Try the search again in 60 seconds.",
    );
  });

  it('takes the tenant from the verified token only, whatever the request says', async () => {
    const res = await search('q=peter', {
      person: asUser(DEMO_PEOPLE.leader, TEST_TENANT_B),
      programmeId: 'programme-b',
      headers: { 'x-tenant-id': TEST_TENANT_A, 'x-ms-tenant-id': TEST_TENANT_A },
    });
    expect(res.status).toBe(200);
    expect(res.body.people.map((p: { displayName: string }) => p.displayName)).toEqual(['Peter Fremmed']);
    expect(graph.tokenRequests().map((r) => r.tenantId)).toEqual([TEST_TENANT_B]);
    // and another tenant's programme id is simply not found
    const foreign = await search('q=peter', { programmeId: 'programme-b' });
    expect(foreign.status).toBe(404);
  });
});

describe('people search without Graph', () => {
  it('local mode searches the demo directory', async () => {
    const server = await startTestServer();
    try {
      const res = await api(server.baseUrl, `/api/v1/programmes/${DEMO_PROGRAMME_ID}/people?q=jo`);
      expect(res.status).toBe(200);
      expect(res.body.source).toBe('demo');
      expect(
        res.body.people.map((p: { displayName: string; upn: string }) => [p.displayName, p.upn]),
      ).toEqual([
        ['Jonas Berg', 'jonas.berg@demo.example'],
        ['Jonna Bech', 'jonna.bech@demo.example'],
      ]);
    } finally {
      await server.close();
    }
  });

  it('SSO mode with no managed identity to prove the app → a clear 503, not a 500', async () => {
    const jwks = await startJwksServer();
    const server = await startTestServer({
      env: {
        AAD_APP_CLIENT_ID: TEST_CLIENT_ID,
        AAD_APP_OAUTH_AUTHORITY_HOST: jwks.url,
        ALLOWED_TENANTS: TEST_TENANT_A,
      },
    });
    try {
      await seedBoard(server.store, demoBoardWithId(TEST_TENANT_A, 'programme-a', new Date()));
      const token = await signTestToken(asUser(DEMO_PEOPLE.leader), {
        authorityHost: jwks.url,
        key: jwks.keys[0]!,
      });
      const res = await api(server.baseUrl, '/api/v1/programmes/programme-a/people?q=pe', {
        headers: { authorization: `Bearer ${token}`, 'accept-language': 'en' },
      });
      expect(res.status).toBe(503);
      expect(res.body.code).toBe('DIRECTORY_NOT_CONFIGURED');
    } finally {
      await server.close();
      await jwks.close();
    }
  });
});
