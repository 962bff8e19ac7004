import { randomUUID } from 'node:crypto';
import { DEMO_PEOPLE } from '@ambassadors/shared';
import { rawRequest, stalledBody, type RawResponse } from '../../support/raw-request';
import { authenticatedApiRoutes, concretePath, type RegisteredRoute } from '../../support/route-table';
import { A, B, PEOPLE, demoBoardWithId, seedBoard, startApiWorld, type ApiWorld } from './routes/api-fixture';
import { DEMO_PARAMS } from './routes/route-params';

const LIMIT = 16 * 1024;

const nameOf = (route: RegisteredRoute) => `${route.method} ${route.path}`;

/** The headers every answer carries, success or error, whichever route. */
function expectSecurityHeaders(response: RawResponse, what: string): void {
  expect({
    what,
    nosniff: response.headers['x-content-type-options'],
    cache: response.headers['cache-control'],
    referrer: response.headers['referrer-policy'],
    server: response.headers.server,
    poweredBy: response.headers['x-powered-by'],
  }).toEqual({
    what,
    nosniff: 'nosniff',
    cache: 'no-store',
    referrer: 'no-referrer',
    server: undefined,
    poweredBy: undefined,
  });
}

/**
 * Every registered route of the API is checked the same way, in the order the server applies
 * them: the token first (nothing of a body is read or parsed without one), then the caller's
 * rate, then the body's size, then its JSON.
 */
describe('every API route, checked the same way', () => {
  let world: ApiWorld;
  let routes: RegisteredRoute[];

  beforeAll(async () => {
    world = await startApiWorld({
      env: { BODY_LIMIT_BYTES: String(LIMIT), RATE_LIMIT_USER_PER_MINUTE: '100000' },
    });
    await seedBoard(world.server.store, demoBoardWithId(A, 'programme-a', new Date()));
    routes = authenticatedApiRoutes(world.server.server);
  });
  afterAll(async () => world?.close());

  const call = async (
    route: RegisteredRoute,
    init: { token?: string; headers?: Record<string, string>; body?: string; chunked?: boolean },
  ) =>
    rawRequest(world.server.baseUrl, {
      method: route.method,
      path: `${concretePath(route, 'programme-a', DEMO_PARAMS)}?lang=en`,
      headers: {
        ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
        ...init.headers,
      },
      ...(init.body !== undefined ? { body: init.body } : {}),
      ...(init.chunked ? { chunked: true } : {}),
    });

  it('the route table is the whole API (diagnostics and reminder report included)', () => {
    const names = routes.map(nameOf);
    expect(names.length).toBeGreaterThan(20);
    expect(names).toEqual(
      expect.arrayContaining([
        'GET /api/v1/admin/diagnostics',
        'GET /api/v1/programmes/:id/reminders/report',
        'POST /api/v1/programmes',
        'POST /api/v1/programmes/:id/check-ins',
      ]),
    );
  });

  it('without a token: 401 before any body is read — huge, malformed or a form, every route', async () => {
    const huge = JSON.stringify({ text: 'x'.repeat(2 * 1024 * 1024) });
    for (const route of routes) {
      for (const [kind, body, contentType] of [
        ['huge', huge, 'application/json'],
        ['malformed', '{"name": ', 'application/json'],
        ['form', 'name=x', 'application/x-www-form-urlencoded'],
      ] as const) {
        const response = await call(route, { body, headers: { 'content-type': contentType } });
        expect({ route: nameOf(route), kind, status: response.status, code: response.body?.code }).toEqual({
          route: nameOf(route),
          kind,
          status: 401,
          code: 'UNAUTHENTICATED',
        });
        expectSecurityHeaders(response, `${nameOf(route)} ${kind}`);
      }
    }
  });

  it('with a token: 413 over the body limit before parsing, with or without Content-Length, every route', async () => {
    const token = await world.tokenFor(PEOPLE.leader);
    const tooLarge = `{"text":"${'x'.repeat(LIMIT)}"}`;
    for (const route of routes) {
      for (const chunked of [false, true]) {
        const response = await call(route, { token, body: tooLarge, chunked });
        expect({ route: nameOf(route), chunked, status: response.status, code: response.body?.code }).toEqual(
          {
            route: nameOf(route),
            chunked,
            status: 413,
            code: 'PAYLOAD_TOO_LARGE',
          },
        );
        expect(response.body.message).toContain(String(LIMIT));
        expectSecurityHeaders(response, `${nameOf(route)} 413`);
      }
    }
  });

  it('with a token: a body that is not JSON is refused with 415, malformed JSON with 400', async () => {
    const token = await world.tokenFor(PEOPLE.leader);
    for (const route of routes.filter((r) => r.method !== 'GET')) {
      const form = await call(route, {
        token,
        body: 'a=b',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      expect({ route: nameOf(route), status: form.status }).toEqual({ route: nameOf(route), status: 415 });
      const malformed = await call(route, { token, body: '{"name": ' });
      expect({ route: nameOf(route), status: malformed.status, code: malformed.body?.code }).toEqual({
        route: nameOf(route),
        status: 400,
        code: 'VALIDATION_FAILED',
      });
    }
  });

  it('the security headers are on every answer, success or error; HSTS only over TLS', async () => {
    const token = await world.tokenFor(PEOPLE.leader);
    const statuses = new Set<number>();
    for (const route of routes) {
      const response = await call(route, { token, ...(route.method === 'GET' ? {} : { body: '{}' }) });
      statuses.add(response.status);
      expectSecurityHeaders(response, `${nameOf(route)} ${response.status}`);
      expect(response.headers['strict-transport-security']).toBeUndefined();
      expect(response.headers['content-security-policy']).toContain("default-src 'none'");
    }
    expect([...statuses].some((status) => status < 300)).toBe(true);
    expect([...statuses].some((status) => status >= 400)).toBe(true);
    for (const path of ['/api/v1/me', '/api/v1/nothing-here', '/healthz', '/api/v1/openapi.json']) {
      const overTls = await rawRequest(world.server.baseUrl, {
        method: 'GET',
        path,
        headers: { authorization: `Bearer ${token}`, 'x-forwarded-proto': 'https' },
      });
      expectSecurityHeaders(overTls, `${path} over TLS`);
      expect(overTls.headers['strict-transport-security']).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
    }
  });

  it('a body that stops arriving is cut off; with or without a token', async () => {
    const slow = await startApiWorld({ env: { BODY_TIMEOUT_MS: '300' } });
    try {
      const token = await slow.tokenFor(PEOPLE.leader);
      const port = new URL(slow.server.baseUrl).port;
      for (const authorization of [`Authorization: Bearer ${token}\r\n`, '']) {
        const answer = await stalledBody(
          slow.server.baseUrl,
          `POST /api/v1/programmes HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n${authorization}Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n`,
          '{"name":',
        );
        expect(answer).toMatch(authorization ? /^HTTP\/1\.1 408/ : /^HTTP\/1\.1 (401|408)/);
      }
    } finally {
      await slow.close();
    }
  });
});

describe('rates per user and per tenant', () => {
  let world: ApiWorld;
  const USER_RATE = 3;

  beforeAll(async () => {
    world = await startApiWorld({ env: { RATE_LIMIT_USER_PER_MINUTE: String(USER_RATE) } });
  });
  afterAll(async () => world?.close());

  const stranger = () => ({ userId: randomUUID(), displayName: 'Someone' });

  it('past the rate, every route answers 429 with Retry-After and a message in the caller language', async () => {
    const routes = authenticatedApiRoutes(world.server.server);
    for (const route of routes) {
      const token = await world.tokenFor(stranger());
      const send = () =>
        rawRequest(world.server.baseUrl, {
          method: route.method,
          path: concretePath(route, 'programme-a', DEMO_PARAMS),
          headers: { authorization: `Bearer ${token}`, 'accept-language': 'da' },
        });
      for (let i = 0; i < USER_RATE; i++) expect((await send()).status).not.toBe(429);
      const limited = await send();
      expect({ route: nameOf(route), status: limited.status, code: limited.body?.code }).toEqual({
        route: nameOf(route),
        status: 429,
        code: 'RATE_LIMITED',
      });
      const retryAfter = Number(limited.headers['retry-after']);
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect(limited.body.message).toContain(`Prøv igen om ${retryAfter} sekunder`);
      expectSecurityHeaders(limited, `${nameOf(route)} 429`);
    }
  });

  it('a burst of 1,500 requests from one caller: the rate holds, the server keeps answering', async () => {
    const token = await world.tokenFor(stranger());
    // 1,500 requests, 100 in flight at a time: more open sockets than that would only test the
    // kernel's listen backlog, not the rate limit.
    const statuses: number[] = [];
    const send = async (): Promise<void> => {
      while (statuses.length < 1500) {
        statuses.push(0);
        const slot = statuses.length - 1;
        const r = await rawRequest(world.server.baseUrl, {
          method: 'GET',
          path: '/api/v1/me',
          headers: { authorization: `Bearer ${token}` },
        });
        statuses[slot] = r.status;
      }
    };
    await Promise.all(Array.from({ length: 100 }, send));
    const ok = statuses.filter((s) => s === 200).length;
    const limited = statuses.filter((s) => s === 429).length;
    expect(ok + limited).toBe(1500);
    expect(ok).toBeGreaterThanOrEqual(USER_RATE);
    expect(ok).toBeLessThanOrEqual(USER_RATE * 2);
    const health = await rawRequest(world.server.baseUrl, { method: 'GET', path: '/healthz' });
    expect(health.status).toBe(200);
  });
});

describe("a tenant's rate", () => {
  let world: ApiWorld;
  const TENANT_RATE = 40;
  beforeAll(async () => {
    world = await startApiWorld({ env: { RATE_LIMIT_TENANT_PER_MINUTE: String(TENANT_RATE) } });
  });
  afterAll(async () => world?.close());

  it("is shared by the tenant's users; another tenant is not affected", async () => {
    let ok = 0;
    let limited = 0;
    for (let i = 0; i < TENANT_RATE + 10; i++) {
      const response = await world.as({ userId: randomUUID(), displayName: 'Someone' }, A)('/api/v1/me');
      if (response.status === 200) ok++;
      else if (response.status === 429) limited++;
    }
    expect(ok).toBeGreaterThanOrEqual(TENANT_RATE);
    expect(limited).toBeGreaterThanOrEqual(1);
    const other = await world.as({ userId: randomUUID(), displayName: 'Other' }, B)('/api/v1/me');
    expect(other.status).toBe(200);
  });

  it("one user's flood is stopped by the user's rate before it spends the tenant's", async () => {
    const flooder = { userId: randomUUID(), displayName: 'Flooder' };
    const tenantWorld = await startApiWorld({
      env: { RATE_LIMIT_TENANT_PER_MINUTE: String(TENANT_RATE), RATE_LIMIT_USER_PER_MINUTE: '5' },
    });
    try {
      for (let i = 0; i < TENANT_RATE * 2; i++) await tenantWorld.as(flooder, A)('/api/v1/me');
      const colleague = await tenantWorld.as(
        { userId: randomUUID(), displayName: 'Colleague' },
        A,
      )('/api/v1/me');
      expect(colleague.status).toBe(200);
    } finally {
      await tenantWorld.close();
    }
  });
});

describe('quotas on creation', () => {
  let world: ApiWorld;
  beforeAll(async () => {
    world = await startApiWorld({
      env: {
        RATE_LIMIT_USER_PER_MINUTE: '100000',
        RATE_LIMIT_TENANT_PER_MINUTE: '100000',
        QUOTA_CHECK_INS_PER_USER_PER_DAY: '1',
      },
    });
    await seedBoard(world.server.store, demoBoardWithId(B, 'programme-b', new Date()));
  });
  afterAll(async () => world?.close());

  it('one user creating 300 programmes gets 10 (the daily quota); refused ones store nothing', async () => {
    const owner = { userId: randomUUID(), displayName: 'Eager' };
    const invalid = await world.as(owner)('/api/v1/programmes', { method: 'POST', body: { name: '' } });
    expect(invalid.status).toBe(400);
    const results = await Promise.all(
      Array.from({ length: 300 }, (_v, i) =>
        world.as(owner)('/api/v1/programmes', { method: 'POST', body: { name: `P${i}`, locale: 'en' } }),
      ),
    );
    const created = results.filter((r) => r.status === 201).length;
    const refused = results.filter((r) => r.status === 429);
    expect(created).toBe(10);
    expect(refused).toHaveLength(290);
    expect(refused[0]!.body.code).toBe('PROGRAMME_QUOTA_EXCEEDED');
    expect(refused[0]!.body.message).toContain('10 programmes');
    expect(Number(refused[0]!.headers.get('retry-after'))).toBeGreaterThan(60);
    const list = await world.as(owner)('/api/v1/programmes');
    const mine = list.body.items.filter((p: { owners: Array<{ userId: string }> }) =>
      p.owners.some((o) => o.userId === owner.userId),
    );
    expect(mine).toHaveLength(10);
    // Someone else in the same tenant still can.
    const other = await world.as({ userId: randomUUID(), displayName: 'Other' })('/api/v1/programmes', {
      method: 'POST',
      body: { name: 'Mine', locale: 'en' },
    });
    expect(other.status).toBe(201);
  });

  it('check-ins: a refused attempt does not count; past the quota the answer is 429 in the caller language', async () => {
    const ambassador = world.as(DEMO_PEOPLE.activeAmbassador, B);
    const path = '/api/v1/programmes/programme-b/check-ins';
    const invalid = await ambassador(path, { method: 'POST', body: { alignment: 9 } });
    expect(invalid.status).toBe(400);
    const first = await ambassador(path, {
      method: 'POST',
      body: { alignment: 4, changeCourse: 'no', situations: [] },
    });
    expect(first.status).toBe(201);
    const second = await ambassador(`${path}?lang=da`, {
      method: 'POST',
      body: { alignment: 4, changeCourse: 'no', situations: [] },
    });
    expect(second.status).toBe(429);
    expect(second.body.code).toBe('CHECK_IN_QUOTA_EXCEEDED');
    expect(second.body.message).toContain('Du har sendt 1 check-ins');
  });
});
