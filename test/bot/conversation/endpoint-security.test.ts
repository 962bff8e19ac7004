import { startTestServer } from '../../support/start-test-server';

const activity = {
  type: 'message',
  id: 'x1',
  text: 'help',
  serviceUrl: 'http://127.0.0.1:9/',
  channelId: 'msteams',
  from: { id: '29:u', aadObjectId: 'u' },
  recipient: { id: '28:b' },
  conversation: { id: 'a:c', tenantId: 't' },
};

async function postMessage(baseUrl: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${baseUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': 'en', ...headers },
    body: JSON.stringify(activity),
  });
  return { status: res.status, body: (await res.json().catch(() => null)) as { code?: string } | null };
}

describe('/api/messages security by configuration', () => {
  it('SSO settings without a bot identity: refuses with 503 BOT_NOT_CONFIGURED instead of running unauthenticated', async () => {
    const server = await startTestServer({
      env: { AAD_APP_CLIENT_ID: '11111111-2222-4333-8444-555555555555', REMINDERS: 'off' },
    });
    try {
      const res = await postMessage(server.baseUrl);
      expect(res.status).toBe(503);
      expect(res.body?.code).toBe('BOT_NOT_CONFIGURED');
    } finally {
      await server.close();
    }
  });

  // (A forged token would make the adapter fetch Bot Framework's signing keys from the internet,
  // which this machine has not; the no-token case is decided locally.)
  it('with MicrosoftAppId the adapter verifies every request: no token → 401', async () => {
    const server = await startTestServer({
      env: {
        MicrosoftAppId: '22222222-3333-4444-8555-666666666666',
        MicrosoftAppType: 'MultiTenant',
        REMINDERS: 'off',
      },
    });
    try {
      expect((await postMessage(server.baseUrl)).status).toBe(401);
      expect((await postMessage(server.baseUrl, { authorization: 'Basic abc' })).status).toBe(401);
    } finally {
      await server.close();
    }
  });
});
