import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApiClient } from '../../tab/src/api/api-client';
import { loadBoard } from '../../tab/src/api/load-board';
import { createTabApi } from '../../tab/src/api/tab-api';

/** A stand-in API on loopback with two programmes; `/board` of anything else is 404. */
async function startApi() {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    requests.push(req.url ?? '');
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.url === '/api/v1/programmes')
      return json(200, {
        items: [
          { id: 'p1', name: 'One' },
          { id: 'p2', name: 'Two' },
        ],
      });
    const match = /^\/api\/v1\/programmes\/([^/]+)\/board$/.exec(req.url ?? '');
    if (match && ['p1', 'p2'].includes(match[1]!)) return json(200, { programme: { id: match[1] } });
    return json(404, { code: 'NOT_FOUND', message: 'not found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const api = createTabApi(
    createApiClient({
      baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`,
      getToken: async () => null,
      getLocalUser: () => null,
      getLocale: () => 'en',
    }),
  );
  return { api, requests, close: () => new Promise<void>((r) => server.close(() => r())) };
}

describe('loading the board', () => {
  let env: Awaited<ReturnType<typeof startApi>>;
  beforeEach(async () => {
    env = await startApi();
  });
  afterEach(async () => {
    await env.close();
  });

  it('shows the first programme when nothing is wanted (list, then board)', async () => {
    const loaded = await loadBoard(env.api, [null]);
    expect(loaded.board?.programme.id).toBe('p1');
    expect(env.requests).toEqual(['/api/v1/programmes', '/api/v1/programmes/p1/board']);
  });

  it('asks for a guessed programme together with the list', async () => {
    const loaded = await loadBoard(env.api, ['p2'], 'p2');
    expect(loaded.board?.programme.id).toBe('p2');
    expect(env.requests.sort()).toEqual(['/api/v1/programmes', '/api/v1/programmes/p2/board']);
  });

  it('falls back to the list when the guess is gone (another tenant’s id, deleted)', async () => {
    const loaded = await loadBoard(env.api, ['gone', 'p2'], 'gone');
    expect(loaded.board?.programme.id).toBe('p2');
    expect(env.requests).toContain('/api/v1/programmes/gone/board');
    expect(env.requests).toContain('/api/v1/programmes/p2/board');
  });

  it('matches Teams’ entity id against the list without guessing it', async () => {
    const loaded = await loadBoard(env.api, [null, 'board', null]);
    expect(loaded.board?.programme.id).toBe('p1');
    expect(env.requests).not.toContain('/api/v1/programmes/board/board');
  });

  it('says when no request but the board’s is left to send, before the board answers', async () => {
    const order: string[] = [];
    const loaded = loadBoard(env.api, [null], null, () => order.push('last request sent'));
    await loaded.then(() => order.push('board answered'));
    expect(order).toEqual(['last request sent', 'board answered']);
    expect(env.requests).toEqual(['/api/v1/programmes', '/api/v1/programmes/p1/board']);
  });
});
