import { createApiClient } from '../../tab/src/api/api-client';
import { createTabApi } from '../../tab/src/api/tab-api';

interface Sent {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | undefined;
}

/** The typed API over a recording fetch that answers every request with one JSON body. */
function recordingApi(answer: unknown = { ok: true }) {
  const sent: Sent[] = [];
  const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    sent.push({
      url: String(input),
      method: init?.method ?? 'GET',
      headers: (init?.headers ?? {}) as Record<string, string>,
      body: init?.body as string | undefined,
    });
    return new Response(JSON.stringify(answer), { status: 200, headers: { ETag: '"e-2"' } });
  }) as typeof fetch;
  const api = createTabApi(
    createApiClient({
      baseUrl: '/api/v1',
      getToken: async () => null,
      getLocalUser: () => null,
      getLocale: () => 'da',
      fetchImpl,
    }),
  );
  return { api, sent };
}

describe('the typed tab API', () => {
  it('builds the path from the contract, encoding every parameter', async () => {
    const { api, sent } = recordingApi();
    await api.withdraw({
      params: { id: 'p 1', ambId: 'a/b' },
      body: { reason: 'moved on' },
      ifMatch: 'e-1',
    });
    expect(sent).toEqual([
      expect.objectContaining({
        url: '/api/v1/programmes/p%201/ambassadors/a%2Fb/withdraw',
        method: 'POST',
        body: JSON.stringify({ reason: 'moved on' }),
      }),
    ]);
    expect(sent[0]!.headers['If-Match']).toBe('e-1');
  });

  it('sends no body to a route that reads none, and reads GET routes with GET', async () => {
    const { api, sent } = recordingApi();
    await api.completeModule({ params: { id: 'p1', ambId: 'a1', moduleId: 'm1' } });
    await api.listProgrammes();
    expect(sent.map((s) => [s.method, s.url, s.body])).toEqual([
      ['POST', '/api/v1/programmes/p1/ambassadors/a1/training/m1/complete', undefined],
      ['GET', '/api/v1/programmes', undefined],
    ]);
  });

  it('hands back what the server answered, with its ETag', async () => {
    const { api } = recordingApi({ programme: { id: 'p1', etag: 'e-2' } });
    const saved = await api.publishKeyMessage({ params: { id: 'p1' }, body: { text: 'Hej' } });
    expect(saved).toEqual({ data: { programme: { id: 'p1', etag: 'e-2' } }, etag: '"e-2"' });
  });
});
