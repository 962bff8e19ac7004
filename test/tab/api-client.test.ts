import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApiClient } from '../../tab/src/api/api-client';
import { ApiError } from '../../tab/src/api/api-error';

interface Seen {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A real HTTP server on loopback that records requests and answers like our API does. */
async function startServer(): Promise<{ url: string; seen: Seen[]; close(): Promise<void> }> {
  const seen: Seen[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      if (req.url === '/api/v1/conflict') {
        res.writeHead(409, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ code: 'CONFLICT', message: 'En anden har ændret dette imens.' }));
      } else if (req.url === '/api/v1/broken') {
        res.writeHead(502, { 'Content-Type': 'text/html' });
        res.end('<html>bad gateway</html>');
      } else {
        res.writeHead(200, { 'Content-Type': 'application/json', ETag: '"etag-1"' });
        res.end(JSON.stringify({ ok: true }));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/v1`,
    seen,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

describe('the tab’s API client (real HTTP)', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it('sends the Teams token, the language and If-Match; never x-local-user with a token', async () => {
    const client = createApiClient({
      baseUrl: server.url,
      getToken: async () => 'token-123',
      getLocalUser: () => 'local-employee',
      getLocale: () => 'da',
    });
    const result = await client.send(
      'PUT',
      '/programmes/p/steps/taskPlan',
      { notes: 'x' },
      { ifMatch: 'abc' },
    );
    expect(result).toEqual({ data: { ok: true }, etag: '"etag-1"' });
    const request = server.seen.at(-1)!;
    expect(request.method).toBe('PUT');
    expect(request.headers.authorization).toBe('Bearer token-123');
    expect(request.headers['accept-language']).toBe('da');
    expect(request.headers['if-match']).toBe('abc');
    expect(request.headers['x-local-user']).toBeUndefined();
    expect(JSON.parse(request.body)).toEqual({ notes: 'x' });
  });

  it('acts as the chosen demo person in local mode (no token)', async () => {
    const client = createApiClient({
      baseUrl: server.url,
      getToken: async () => null,
      getLocalUser: () => 'local-employee',
      getLocale: () => 'en',
    });
    await client.get('/programmes');
    const request = server.seen.at(-1)!;
    expect(request.headers.authorization).toBeUndefined();
    expect(request.headers['x-local-user']).toBe('local-employee');
  });

  it('turns the server’s { code, message } into an ApiError, conflicts recognisable', async () => {
    const client = createApiClient({
      baseUrl: server.url,
      getToken: async () => null,
      getLocalUser: () => null,
      getLocale: () => 'da',
    });
    const error = await client.send('POST', '/conflict', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 409,
      code: 'CONFLICT',
      message: 'En anden har ændret dette imens.',
      isConflict: true,
    });
  });

  it('reports non-JSON failures and unreachable servers with a code', async () => {
    const client = createApiClient({
      baseUrl: server.url,
      getToken: async () => null,
      getLocalUser: () => null,
      getLocale: () => 'en',
    });
    await expect(client.get('/broken')).rejects.toMatchObject({ status: 502, code: 'HTTP_502' });
    const offline = createApiClient({
      baseUrl: 'http://127.0.0.1:9/api/v1',
      getToken: async () => null,
      getLocalUser: () => null,
      getLocale: () => 'en',
    });
    await expect(offline.get('/programmes')).rejects.toMatchObject({ status: 0, code: 'NETWORK' });
  });

  it('reports a failed Teams token request as UNAUTHENTICATED without calling the server', async () => {
    const before = server.seen.length;
    const client = createApiClient({
      baseUrl: server.url,
      getToken: () => Promise.reject(new Error('consent required')),
      getLocalUser: () => null,
      getLocale: () => 'en',
    });
    await expect(client.get('/programmes')).rejects.toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect(server.seen.length).toBe(before);
  });
});
