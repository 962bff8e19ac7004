import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHttpServer } from '@vercel/cosmosdb-server';

/** One query as it went over the wire to Cosmos (query-plan look-ups included, flagged). */
export interface RecordedQuery {
  /** Container id from the request path (`/dbs/<db>/colls/<container>/docs`). */
  container: string;
  query: string;
  parameters: Array<{ name: string; value: unknown }>;
  /** The `x-ms-documentdb-partitionkey` header, when the SDK scoped the query to a partition. */
  partitionKey: string | null;
  /** The SDK's query-plan request that precedes a query, rather than the query itself. */
  queryPlan: boolean;
}

export interface CosmosStandIn {
  /** Plain HTTP endpoint for COSMOS_ENDPOINT (key or identity mode; any key is accepted). */
  endpoint: string;
  key: string;
  /** Every query received, in order. */
  queries: RecordedQuery[];
  /**
   * The next `times` document requests (reads, writes, query pages) are answered 429 with
   * `x-ms-retry-after-ms`, as a throttled account answers; later ones reach the server.
   */
  throttle(times: number, retryAfterMs?: number): void;
  /** How many 429s were sent so far. */
  throttled(): number;
  close(): Promise<void>;
}

/**
 * A Cosmos DB account for tests that the app reaches exactly as it reaches Azure — through the
 * `key`/`identity` modes of createCosmosStorage, no custom agent, endpoint discovery on: the
 * embedded Cosmos-protocol server over plain HTTP behind a small proxy. The proxy records every
 * query the SDK sends (what the query ↔ index test checks) and can answer 429 like a throttled
 * account. The account document is rewritten to name the proxy as its only region, so discovery
 * keeps every request going through it.
 */
export async function startCosmosStandIn(): Promise<CosmosStandIn> {
  const backend = createHttpServer();
  await listen(backend);
  const backendPort = (backend.address() as AddressInfo).port;
  const queries: RecordedQuery[] = [];
  let pendingThrottles = 0;
  let throttleAfterMs = 5;
  let sent429 = 0;
  let proxyPort = 0;

  const proxy = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const url = req.url ?? '/';
      const isDocs = /\/colls\/[^/]+\/docs/.test(url);
      const isQueryPlan = header(req, 'x-ms-cosmos-is-query-plan-request') === 'true';
      // Data requests only: the SDK's diagnostics do not list its query-plan look-ups.
      if (isDocs && !isQueryPlan && pendingThrottles > 0) {
        pendingThrottles -= 1;
        sent429 += 1;
        res.writeHead(429, {
          'content-type': 'application/json',
          'x-ms-retry-after-ms': String(throttleAfterMs),
          'x-ms-substatus': '3200',
          'x-ms-request-charge': '0',
        });
        res.end(JSON.stringify({ code: 'TooManyRequests', message: 'Request rate is large.' }));
        return;
      }
      if (req.method === 'POST' && isDocs && header(req, 'x-ms-documentdb-isquery') === 'true') {
        const parsed = JSON.parse(body.toString('utf8') || '{}') as {
          query?: string;
          parameters?: RecordedQuery['parameters'];
        };
        queries.push({
          container: /\/colls\/([^/]+)\/docs/.exec(url)![1]!,
          query: parsed.query ?? '',
          parameters: parsed.parameters ?? [],
          partitionKey: header(req, 'x-ms-documentdb-partitionkey') ?? null,
          queryPlan: isQueryPlan,
        });
      }
      const forward = http.request(
        {
          host: '127.0.0.1',
          port: backendPort,
          method: req.method,
          path: url,
          headers: { ...req.headers, host: `127.0.0.1:${backendPort}` },
        },
        (answer) => {
          const parts: Buffer[] = [];
          answer.on('data', (chunk: Buffer) => parts.push(chunk));
          answer.on('end', () => {
            let payload = Buffer.concat(parts);
            if (url === '/' || url === '') {
              payload = Buffer.from(
                payload
                  .toString('utf8')
                  .replaceAll(`https://127.0.0.1:${backendPort}/`, `http://127.0.0.1:${proxyPort}/`),
              );
            }
            const headers = { ...answer.headers, 'content-length': String(payload.length) };
            delete headers['transfer-encoding'];
            res.writeHead(answer.statusCode ?? 500, headers);
            res.end(payload);
          });
        },
      );
      forward.on('error', () => {
        res.writeHead(502);
        res.end();
      });
      forward.end(body);
    });
  });
  proxy.keepAliveTimeout = 5_000;
  await listen(proxy);
  proxyPort = (proxy.address() as AddressInfo).port;

  return {
    endpoint: `http://127.0.0.1:${proxyPort}/`,
    key: Buffer.from('stand-in account key').toString('base64'),
    queries,
    throttle(times, retryAfterMs = 5) {
      pendingThrottles = times;
      throttleAfterMs = retryAfterMs;
    },
    throttled: () => sent429,
    async close() {
      await Promise.all(
        [proxy, backend].map(
          (server) =>
            new Promise<void>((resolve) => {
              server.closeAllConnections();
              server.close(() => resolve());
            }),
        ),
      );
    },
  };
}

function header(req: http.IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return (Array.isArray(value) ? value[0] : value)?.toLowerCase();
}

function listen(server: http.Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
}
