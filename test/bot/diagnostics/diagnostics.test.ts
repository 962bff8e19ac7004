import { loadAppConfig } from '../../../bot/src/runtime/app-config';
import { runDiagnostics } from '../../../bot/src/diagnostics/run-diagnostics';
import { startJwksServer, type TestJwksServer } from '../../support/jwks-server';
import { api, startTestServer, type TestServer } from '../../support/start-test-server';
import { TEST_CLIENT_ID, TEST_TENANT_A, TEST_TENANT_B, signTestToken, testUser } from '../../support/tokens';

const TEAMS_ADMIN = '69091246-20e8-4a56-aa4d-066075b2a7a8';
const NOW = new Date('2026-11-27T10:00:00Z');

describe('GET /api/v1/admin/diagnostics in local mode', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => server.close());

  it('tells a programme owner what works and what to fix, in Danish', async () => {
    const response = await api(server.baseUrl, '/api/v1/admin/diagnostics', {
      headers: { 'accept-language': 'da' },
    });
    expect(response.status).toBe(200);
    const checks = Object.fromEntries(response.body.checks.map((c: { id: string }) => [c.id, c]));
    expect(checks.store).toMatchObject({ status: 'ok', message: 'Databasen svarer.' });
    expect(checks.sso.status).toBe('warning');
    expect(checks.sso.fixes[0]).toMatch(/AAD_APP_CLIENT_ID/);
    expect(checks.bot).toMatchObject({ status: 'error' });
    expect(checks.bot.fixes[0]).toMatch(/MicrosoftAppId/);
    expect(response.body.overall).toBe('error');
  });

  it('refuses an employee who owns no programme', async () => {
    const response = await api(server.baseUrl, '/api/v1/admin/diagnostics', {
      headers: { 'x-local-user': 'local-employee' },
    });
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('FORBIDDEN');
  });
});

describe('GET /api/v1/admin/diagnostics with single sign-on', () => {
  let jwks: TestJwksServer;
  let server: TestServer;
  const token = (name: string, claims: Record<string, unknown> = {}) =>
    signTestToken(testUser(TEST_TENANT_A, name), { authorityHost: jwks.url, key: jwks.keys[0]!, claims });

  beforeAll(async () => {
    jwks = await startJwksServer();
    server = await startTestServer({
      env: {
        AAD_APP_CLIENT_ID: TEST_CLIENT_ID,
        AAD_APP_OAUTH_AUTHORITY_HOST: jwks.url,
        PUBLIC_URL: 'https://ambassadors.example.org',
      },
    });
  });
  afterAll(async () => {
    await server.close();
    await jwks.close();
  });

  it('lets a Teams administrator in (from the token wids) and shows what the manifest must say', async () => {
    const response = await api(server.baseUrl, '/api/v1/admin/diagnostics', {
      headers: {
        authorization: `Bearer ${await token('Ada Admin', { wids: [TEAMS_ADMIN] })}`,
        'accept-language': 'en',
      },
    });
    expect(response.status).toBe(200);
    const sso = response.body.checks.find((c: { id: string }) => c.id === 'sso');
    expect(sso.status).toBe('ok');
    expect(sso.details.expectedManifest['webApplicationInfo.resource']).toBe(
      `api://ambassadors.example.org/${TEST_CLIENT_ID}`,
    );
    expect(sso.details.callerTenantAllowed).toBe(true);
  });

  it('refuses a signed-in user who is neither admin nor owner', async () => {
    const response = await api(server.baseUrl, '/api/v1/admin/diagnostics', {
      headers: { authorization: `Bearer ${await token('Eve Employee')}` },
    });
    expect(response.status).toBe(403);
  });
});

describe("diagnostics never list the installation's other customers", () => {
  const OTHER_CUSTOMER = '44444444-4444-4444-8444-444444444444';
  let jwks: TestJwksServer;
  let server: TestServer;
  const call = async (name: string, claims: Record<string, unknown> = {}) => {
    const token = await signTestToken(testUser(TEST_TENANT_A, name), {
      authorityHost: jwks.url,
      key: jwks.keys[0]!,
      claims,
    });
    return (pathname: string, init: { method?: string; body?: unknown } = {}) =>
      api(server.baseUrl, pathname, {
        ...init,
        headers: { authorization: `Bearer ${token}`, 'accept-language': 'en' },
      });
  };

  beforeAll(async () => {
    jwks = await startJwksServer();
    server = await startTestServer({
      env: {
        AAD_APP_CLIENT_ID: TEST_CLIENT_ID,
        AAD_APP_OAUTH_AUTHORITY_HOST: jwks.url,
        ALLOWED_TENANTS: [TEST_TENANT_A, TEST_TENANT_B, OTHER_CUSTOMER].join(','),
        PUBLIC_URL: 'https://ambassadors.example.org',
        REMINDERS: 'off',
      },
    });
  });
  afterAll(async () => {
    await server.close();
    await jwks.close();
  });

  it('anyone may create a programme and so own one: the owner learns only that their own tenant is allowed', async () => {
    const owner = await call('Olivia Owner');
    expect(
      (await owner('/api/v1/programmes', { method: 'POST', body: { name: 'Mine', locale: 'en' } })).status,
    ).toBe(201);
    const response = await owner('/api/v1/admin/diagnostics');
    expect(response.status).toBe(200);
    const sso = response.body.checks.find((c: { id: string }) => c.id === 'sso');
    expect(sso.details.callerTenantAllowed).toBe(true);
    expect(sso.details).not.toHaveProperty('allowedTenants');
    const text = JSON.stringify(response.body);
    expect(text).not.toContain(TEST_TENANT_B);
    expect(text).not.toContain(OTHER_CUSTOMER);
  });

  it("a tenant admin sees their own tenant's findings, not the other customers either", async () => {
    const admin = await call('Ada Admin', { wids: [TEAMS_ADMIN] });
    const response = await admin('/api/v1/admin/diagnostics');
    expect(response.status).toBe(200);
    const text = JSON.stringify(response.body);
    expect(text).not.toContain(TEST_TENANT_B);
    expect(text).not.toContain(OTHER_CUSTOMER);
  });
});

describe('runDiagnostics', () => {
  const config = loadAppConfig({
    MicrosoftAppId: '0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d',
    MicrosoftAppType: 'UserAssignedMSI',
  });
  const outboxRecord = (userId: string, status: string, lastStatusCode: number | null) =>
    ({ recipient: { userId, displayName: userId }, status, lastStatusCode, reason: null }) as never;

  it('reports a bot whose token cannot be obtained, with the reason and the fix', async () => {
    const report = await runDiagnostics({
      config,
      locale: 'en',
      now: NOW,
      callerTenantId: TEST_TENANT_A,
      pingStore: async () => undefined,
      probeBotToken: async () => {
        throw new Error('ManagedIdentityCredential: no managed identity endpoint');
      },
    });
    const bot = report.checks.find((c) => c.id === 'bot')!;
    expect(bot.status).toBe('error');
    expect(bot.message).toContain('no managed identity endpoint');
    expect(bot.fixes[0]).toMatch(/user-assigned identity/);
  });

  it('bounds a probe that never answers', async () => {
    const report = await runDiagnostics({
      config,
      locale: 'en',
      now: NOW,
      callerTenantId: TEST_TENANT_A,
      pingStore: () => new Promise(() => undefined),
      timeoutMs: 50,
    });
    expect(report.checks.find((c) => c.id === 'store')).toMatchObject({ status: 'error' });
  });

  it('counts unreachable people per reason without listing who they are', async () => {
    const report = await runDiagnostics({
      config,
      locale: 'en',
      now: NOW,
      callerTenantId: TEST_TENANT_A,
      pingStore: async () => undefined,
      probeBotToken: async () => undefined,
      outbox: async () => [
        outboxRecord('u1', 'unreachable', 403),
        outboxRecord('u1', 'unreachable', 403),
        outboxRecord('u2', 'unreachable', 404),
        outboxRecord('u3', 'delivered', 201),
      ],
    });
    const reach = report.checks.find((c) => c.id === 'reach')!;
    expect(reach.status).toBe('warning');
    expect(reach.message).toBe('2 people cannot be reached by the bot.');
    expect(reach.details).toEqual({ unreachableByReason: { '403': 1, '404': 1 } });
    expect(reach.fixes).toHaveLength(2);
    expect(JSON.stringify(reach)).not.toMatch(/u1|u2/);
    expect(report.checks.find((c) => c.id === 'bot')!.status).toBe('ok');
  });
});
