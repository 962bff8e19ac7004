import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadAppConfig } from '../../../bot/src/runtime/app-config';
import { QUOTA_ROUTES } from '../../../bot/src/http/request-limits';
import { TAB_FRAME_ANCESTORS } from '../../../bot/src/http/security-headers';
import { rawRequest } from '../../support/raw-request';
import { registeredRoutes } from '../../support/route-table';
import { startTestServer, type TestServer } from '../../support/start-test-server';

/** The hosts Microsoft documents for tabs in Teams, Outlook and the Microsoft 365 app. */
const MICROSOFT_TAB_HOSTS = [
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://teams.cloud.microsoft',
  'https://*.cloud.microsoft',
  'https://m365.cloud.microsoft',
  'https://outlook.cloud.microsoft',
  'https://*.microsoft365.com',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
];

function directives(csp: string | undefined): Record<string, string[]> {
  return Object.fromEntries(
    (csp ?? '')
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

describe('browser headers of the tab and of everything else', () => {
  let server: TestServer;
  let tabDir: string;
  beforeAll(async () => {
    tabDir = await mkdtemp(path.join(os.tmpdir(), 'tab-dist-'));
    await writeFile(path.join(tabDir, 'index.html'), '<!doctype html><title>tab</title>');
    await writeFile(path.join(tabDir, 'app-abcdef12.js'), 'console.log(1)');
    server = await startTestServer({ env: { TAB_DIST_DIR: tabDir, REMINDERS: 'off' } });
  });
  afterAll(async () => {
    await server?.close();
    await rm(tabDir, { recursive: true, force: true });
  });

  const get = (pathname: string, headers: Record<string, string> = {}) =>
    rawRequest(server.baseUrl, { method: 'GET', path: pathname, headers });

  it("the tab's page has a real CSP: own scripts only, no plugins, no base, framed only by Microsoft's hosts", async () => {
    for (const pathname of ['/tab', '/tab/', '/tab/config']) {
      const page = await get(pathname);
      expect(page.status).toBe(200);
      const csp = directives(String(page.headers['content-security-policy'] ?? ''));
      expect(csp['default-src']).toEqual(["'self'"]);
      expect(csp['script-src']).toEqual(["'self'"]);
      expect(csp['object-src']).toEqual(["'none'"]);
      expect(csp['base-uri']).toEqual(["'none'"]);
      expect(csp['style-src']).toEqual(["'self'", "'unsafe-inline'"]);
      expect(csp['connect-src']).toEqual(["'self'", 'https://res.cdn.office.net']);
      expect(csp['frame-ancestors']).toEqual(expect.arrayContaining(MICROSOFT_TAB_HOSTS));
      expect(csp['frame-ancestors']).toEqual([...TAB_FRAME_ANCESTORS]);
      expect(csp).not.toHaveProperty('upgrade-insecure-requests');
      expect(page.headers['x-frame-options']).toBeUndefined();
      expect(page.headers['x-content-type-options']).toBe('nosniff');
      expect(page.headers['referrer-policy']).toBe('no-referrer');
      expect(page.headers['cache-control']).toBe('no-cache');
      expect(page.headers.server).toBeUndefined();
    }
    const asset = await get('/tab/app-abcdef12.js');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['x-content-type-options']).toBe('nosniff');
  });

  it('errors restify writes itself (no route, wrong method) carry the same headers, and no-store', async () => {
    for (const [method, pathname] of [
      ['GET', '/api/v1/nothing'],
      ['DELETE', '/healthz'],
      ['GET', '/nowhere'],
    ] as const) {
      const response = await rawRequest(server.baseUrl, { method, path: pathname });
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
      expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(response.headers.server).toBeUndefined();
    }
  });

  it('HSTS only when the request arrived over TLS (App Service sets X-Forwarded-Proto)', async () => {
    expect((await get('/healthz')).headers['strict-transport-security']).toBeUndefined();
    expect(
      (await get('/healthz', { 'x-forwarded-proto': 'http' })).headers['strict-transport-security'],
    ).toBeUndefined();
    for (const pathname of ['/healthz', '/tab/']) {
      const overTls = await get(pathname, { 'x-forwarded-proto': 'https' });
      expect(overTls.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    }
  });

  it('every quota belongs to a registered route', () => {
    const routes = new Set(registeredRoutes(server.server).map((r) => `${r.method} ${r.path}`));
    for (const key of Object.keys(QUOTA_ROUTES))
      expect({ key, registered: routes.has(key) }).toEqual({ key, registered: true });
  });
});

describe('limit settings', () => {
  it('have defaults that cut a slow body well within 30 s, and refuse values out of bounds', () => {
    const { limits } = loadAppConfig({});
    expect(limits).toEqual({
      userRequestsPerMinute: 120,
      tenantRequestsPerMinute: 3000,
      programmesPerUserPerDay: 10,
      checkInsPerUserPerDay: 20,
      bodyLimitBytes: 256 * 1024,
      headersTimeoutMs: 10_000,
      bodyTimeoutMs: 10_000,
      requestTimeoutMs: 30_000,
      idleTimeoutMs: 30_000,
    });
    expect(() => loadAppConfig({ BODY_LIMIT_BYTES: String(2 * 1024 * 1024) })).toThrow(/BODY_LIMIT_BYTES/);
    expect(() => loadAppConfig({ BODY_TIMEOUT_MS: '60000' })).toThrow(/BODY_TIMEOUT_MS/);
    expect(() => loadAppConfig({ RATE_LIMIT_USER_PER_MINUTE: '0' })).toThrow(/RATE_LIMIT_USER_PER_MINUTE/);
    expect(loadAppConfig({ QUOTA_PROGRAMMES_PER_USER_PER_DAY: '3' }).limits.programmesPerUserPerDay).toBe(3);
  });
});
