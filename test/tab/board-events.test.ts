import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEMO_PEOPLE, DEMO_PROGRAMME_ID, LOCAL_TENANT_ID } from '@ambassadors/shared';
import { followBoardEvents } from '../../tab/src/api/board-events';
import { startTestServer, type TestServer } from '../support/start-test-server';

const until = async (check: () => boolean, withinMs = 5000) => {
  const deadline = Date.now() + withinMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

describe('the tab follows its board’s events (followBoardEvents)', () => {
  it('sends the bearer token, and after the server ends a stream reconnects and re-reads once', async () => {
    const seen: http.IncomingHttpHeaders[] = [];
    const server = http.createServer((req, res) => {
      seen.push(req.headers);
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      // The first stream ends at once (a restart); the second stays open.
      res.write('retry: 2000\n\nevent: ready\r\ndata: {"version":"v1"}\r\n\r\n');
      if (seen.length === 1) res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    let changes = 0;
    const stop = followBoardEvents({
      baseUrl: `http://127.0.0.1:${port}/api/v1`,
      programmeId: 'p 1',
      getToken: async () => 'token-1',
      localUser: 'ignored-with-a-token',
      locale: 'da',
      onChange: () => changes++,
    });
    try {
      await until(() => seen.length === 2 && changes === 1);
      expect(seen[0]!.authorization).toBe('Bearer token-1');
      expect(seen[0]!['x-local-user']).toBeUndefined();
      expect(seen[0]!['accept-language']).toBe('da');
    } finally {
      stop();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
    // The first connection's ready is the baseline, not a change.
    expect(changes).toBe(1);
  });

  describe('against the real server (local mode)', () => {
    let app: TestServer;
    beforeAll(async () => {
      app = await startTestServer({ env: { REMINDERS: 'off' } });
    });
    afterAll(async () => {
      await app?.close();
    });

    it('a write to the programme calls onChange', async () => {
      let changes = 0;
      const stop = followBoardEvents({
        baseUrl: `${app.baseUrl}/api/v1`,
        programmeId: DEMO_PROGRAMME_ID,
        getToken: async () => null,
        localUser: DEMO_PEOPLE.employee.userId,
        locale: 'en',
        onChange: () => changes++,
      });
      try {
        await until(() => (app.deps.boardEvents?.openStreams() ?? 0) === 1);
        const ctx = { tenantId: LOCAL_TENANT_ID, user: DEMO_PEOPLE.leader };
        const { etag, ...programme } = (await app.store.getProgramme(ctx, DEMO_PROGRAMME_ID))!;
        await app.store.replaceProgramme(ctx, { ...programme, name: 'A new name' }, etag);
        await until(() => changes === 1);
      } finally {
        stop();
      }
      await until(() => app.deps.boardEvents?.openStreams() === 0);
    });
  });
});
