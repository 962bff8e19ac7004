import { DEMO_PROGRAMME_ID } from '@ambassadors/shared';
import { rawRequest } from '../../support/raw-request';
import { api, startTestServer, type TestServer } from '../../support/start-test-server';

/**
 * Local mode has no sign-in: the guards make sure only the app's own page on this machine can
 * use it. A page on another origin cannot send a body a browser would post without asking
 * (forms, multipart, text/plain), cannot pass the Origin check, and a rebound DNS name does not
 * match the Host rule.
 */
describe('local mode: no other web page can drive it', () => {
  let server: TestServer;
  let port: string;
  beforeAll(async () => {
    server = await startTestServer({ env: { REMINDERS: 'off' } });
    port = new URL(server.baseUrl).port;
  });
  afterAll(async () => server?.close());

  const programmeCount = async () =>
    ((await api(server.baseUrl, '/api/v1/programmes')).body as { items: unknown[] }).items.length;
  const keyMessageCount = async () => {
    const board = await api(server.baseUrl, `/api/v1/programmes/${DEMO_PROGRAMME_ID}/board`);
    return JSON.stringify(board.body).length;
  };

  it('refuses form, multipart and text bodies with 415, and nothing changes', async () => {
    const programmesBefore = await programmeCount();
    const boardBefore = await keyMessageCount();
    const bodies: Array<[string, string]> = [
      ['application/x-www-form-urlencoded', 'name=Planted&locale=en'],
      [
        'multipart/form-data; boundary=XyZ',
        '--XyZ\r\nContent-Disposition: form-data; name="text"\r\n\r\nPlanted\r\n--XyZ--\r\n',
      ],
      ['text/plain', JSON.stringify({ name: 'Planted' })],
    ];
    for (const [contentType, body] of bodies) {
      for (const path of ['/api/v1/programmes', `/api/v1/programmes/${DEMO_PROGRAMME_ID}/key-messages`]) {
        const response = await rawRequest(server.baseUrl, {
          method: 'POST',
          path: `${path}?lang=en`,
          headers: { 'content-type': contentType },
          body,
        });
        expect({ contentType, path, status: response.status, code: response.body?.code }).toEqual({
          contentType,
          path,
          status: 415,
          code: 'UNSUPPORTED_MEDIA_TYPE',
        });
        expect(response.body.message).toContain('application/json');
      }
    }
    expect(await programmeCount()).toBe(programmesBefore);
    expect(await keyMessageCount()).toBe(boardBefore);
  });

  it('answers only a loopback Host with its own port; any other name gets 421 (DNS rebinding)', async () => {
    for (const host of [
      'attacker.example',
      `attacker.example:${port}`,
      '127.0.0.1:1',
      `192.168.1.10:${port}`,
    ]) {
      for (const path of ['/api/v1/me', '/api/v1/programmes', '/healthz', '/tab/']) {
        const response = await rawRequest(server.baseUrl, { method: 'GET', path, headers: { host } });
        expect({ host, path, status: response.status }).toEqual({ host, path, status: 421 });
      }
    }
    const refused = await rawRequest(server.baseUrl, {
      method: 'GET',
      path: '/api/v1/me?lang=da',
      headers: { host: 'attacker.example' },
    });
    expect(refused.body.code).toBe('MISDIRECTED_REQUEST');
    expect(refused.body.message).toContain(`http://localhost:${port}`);
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`]) {
      const response = await rawRequest(server.baseUrl, {
        method: 'GET',
        path: '/api/v1/me',
        headers: { host },
      });
      expect({ host, status: response.status }).toEqual({ host, status: 200 });
    }
  });

  it("refuses a request from another page's origin with 403; the app's own origin is welcome", async () => {
    const before = await programmeCount();
    const body = { name: 'Planted', locale: 'en' };
    for (const origin of [
      'http://attacker.example',
      'null',
      `http://localhost:${Number(port) + 1}`,
      `https://localhost:${port}`,
    ]) {
      const write = await api(server.baseUrl, '/api/v1/programmes?lang=en', {
        method: 'POST',
        body,
        headers: { origin },
      });
      expect({ origin, status: write.status, code: write.body?.code }).toEqual({
        origin,
        status: 403,
        code: 'ORIGIN_NOT_ALLOWED',
      });
      const read = await api(server.baseUrl, '/api/v1/me', { headers: { origin } });
      expect({ origin, status: read.status }).toEqual({ origin, status: 403 });
    }
    expect(await programmeCount()).toBe(before);
    for (const origin of [`http://localhost:${port}`, `http://127.0.0.1:${port}`]) {
      const own = await api(server.baseUrl, '/api/v1/me', { headers: { origin } });
      expect({ origin, status: own.status }).toEqual({ origin, status: 200 });
    }
    const created = await api(server.baseUrl, '/api/v1/programmes', {
      method: 'POST',
      body,
      headers: { origin: `http://localhost:${port}` },
    });
    expect(created.status).toBe(201);
  });

  it('the bot endpoint follows the Host rule; a server-to-server post without Origin (Agents Playground) is served', async () => {
    const activity = JSON.stringify({
      type: 'typing',
      id: 'x1',
      serviceUrl: 'http://127.0.0.1:9/',
      channelId: 'msteams',
      from: { id: '29:u', aadObjectId: 'u' },
      recipient: { id: '28:b' },
      conversation: { id: 'a:c', tenantId: 't' },
    });
    const rebound = await rawRequest(server.baseUrl, {
      method: 'POST',
      path: '/api/messages',
      headers: { host: 'attacker.example', 'content-type': 'application/json' },
      body: activity,
    });
    expect(rebound.status).toBe(421);
    const fromPage = await rawRequest(server.baseUrl, {
      method: 'POST',
      path: '/api/messages',
      headers: { origin: 'http://attacker.example', 'content-type': 'application/json' },
      body: activity,
    });
    expect(fromPage.status).toBe(403);
    const form = await rawRequest(server.baseUrl, {
      method: 'POST',
      path: '/api/messages',
      headers: { 'content-type': 'text/plain' },
      body: activity,
    });
    expect(form.status).toBe(415);
    const playground = await rawRequest(server.baseUrl, {
      method: 'POST',
      path: '/api/messages',
      headers: { host: `localhost:${port}`, 'content-type': 'application/json; charset=utf-8' },
      body: activity,
    });
    expect(playground.status).toBeLessThan(300);
  });
});
