import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A Bot Connector stand-in on 127.0.0.1: the service a bot talks to when it replies, sends
 * proactively or updates a card. It records what arrives and behaves like Teams where it
 * matters to delivery: it enforces Teams' rate limits with 429 + Retry-After and can be told to
 * fail (5xx, 403, 404, 412), to hang (timeout) or to answer slowly.
 */

export interface RateWindow {
  limit: number;
  windowMs: number;
}

/** Teams' documented limits: per app per tenant, and per bot per conversation. */
export const TEAMS_TENANT_LIMITS: RateWindow[] = [{ limit: 50, windowMs: 1000 }];
export const TEAMS_CONVERSATION_LIMITS: RateWindow[] = [
  { limit: 7, windowMs: 1000 },
  { limit: 8, windowMs: 2000 },
  { limit: 60, windowMs: 30_000 },
  { limit: 1800, windowMs: 3_600_000 },
];

export interface RecordedActivity {
  method: string;
  path: string;
  conversationId: string;
  /** The activity replied to (POST …/activities/{id}) or updated (PUT …/activities/{id}). */
  targetActivityId: string | null;
  /** The id the stand-in assigned (POST) — what the bot gets back. */
  activityId: string;
  tenantId: string;
  status: number;
  at: number;
  body: Record<string, unknown>;
}

export interface Fault {
  /** Which requests: a conversation id, a predicate, or all when absent. */
  conversationId?: string;
  match?: (request: { method: string; conversationId: string; body: Record<string, unknown> }) => boolean;
  /** The status to answer with (e.g. 500, 502, 403, 404, 412, 429). */
  status?: number;
  /** Extra response headers, e.g. `{ 'retry-after': '3' }` with a 429. */
  headers?: Record<string, string>;
  /** Never answer (the client times out); the socket is closed when the stand-in closes. */
  hang?: boolean;
  /** Answer (normally or with `status`) after this many milliseconds. */
  delayMs?: number;
  /** How many requests this applies to (default: unlimited). */
  times?: number;
}

export interface ConnectorStandIn {
  /** The serviceUrl to put into activities, with a trailing slash as Teams sends it. */
  serviceUrl: string;
  /** Every request that reached the conversation API, accepted or not. */
  readonly requests: RecordedActivity[];
  /** Accepted (2xx) POSTs: what users actually received. */
  delivered(): RecordedActivity[];
  /** Accepted PUTs: card updates. */
  updates(): RecordedActivity[];
  throttled(): number;
  inject(fault: Fault): void;
  clearFaults(): void;
  reset(): void;
  /** Resolves once `count` activities have been delivered (or rejects after timeoutMs). */
  waitForDelivered(count: number, timeoutMs?: number): Promise<RecordedActivity[]>;
  close(): Promise<void>;
}

export interface StandInOptions {
  tenantLimits?: RateWindow[];
  conversationLimits?: RateWindow[];
  /** Seconds sent in Retry-After on 429. */
  retryAfterSeconds?: number;
}

class SlidingWindows {
  private readonly stamps = new Map<string, number[]>();
  constructor(private readonly windows: RateWindow[]) {}

  /** Records the request when it is within every window; else returns false (throttled). */
  admit(key: string, now: number): boolean {
    if (this.windows.length === 0) return true;
    const longest = Math.max(...this.windows.map((w) => w.windowMs));
    const list = (this.stamps.get(key) ?? []).filter((t) => t > now - longest);
    for (const w of this.windows) {
      let count = 0;
      for (let i = list.length - 1; i >= 0 && list[i]! > now - w.windowMs; i--) count++;
      if (count >= w.limit) {
        this.stamps.set(key, list);
        return false;
      }
    }
    list.push(now);
    this.stamps.set(key, list);
    return true;
  }
}

const ROUTE = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/?]+))?\/?(?:\?.*)?$/;

export async function startConnectorStandIn(options: StandInOptions = {}): Promise<ConnectorStandIn> {
  const tenantWindows = new SlidingWindows(options.tenantLimits ?? TEAMS_TENANT_LIMITS);
  const conversationWindows = new SlidingWindows(options.conversationLimits ?? TEAMS_CONVERSATION_LIMITS);
  const retryAfter = options.retryAfterSeconds ?? 1;
  const requests: RecordedActivity[] = [];
  let faults: Array<Fault & { used: number }> = [];
  const hanging = new Set<http.ServerResponse>();
  const waiters: Array<() => void> = [];
  let nextId = 1;
  let throttledCount = 0;

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const method = req.method ?? 'GET';
      const match = ROUTE.exec(req.url ?? '');
      if (!match) {
        if (method === 'POST' && /^\/v3\/conversations\/?$/.test(req.url ?? '')) {
          res.writeHead(201, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ id: `conv-${nextId++}`, activityId: `act-${nextId++}` }));
          return;
        }
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { code: 'NotFound', message: 'no such route' } }));
        return;
      }
      const conversationId = decodeURIComponent(match[1]!);
      const targetActivityId = match[2] ? decodeURIComponent(match[2]) : null;
      let body: Record<string, unknown> = {};
      try {
        body = chunks.length
          ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>)
          : {};
      } catch {
        res.writeHead(400).end();
        return;
      }
      const conversation = (body.conversation ?? {}) as { tenantId?: string };
      const channelData = (body.channelData ?? {}) as { tenant?: { id?: string } };
      const tenantId = conversation.tenantId ?? channelData.tenant?.id ?? 'unknown';
      const at = Date.now();
      const record: RecordedActivity = {
        method,
        path: req.url ?? '',
        conversationId,
        targetActivityId,
        activityId: method === 'PUT' && targetActivityId ? targetActivityId : `act-${nextId++}`,
        tenantId,
        status: 0,
        at,
        body,
      };
      requests.push(record);

      const answer = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
        record.status = status;
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(JSON.stringify(payload));
        if (status < 300) for (const wake of waiters.splice(0)) wake();
      };

      const fault = faults.find(
        (f) =>
          (f.times === undefined || f.used < f.times) &&
          (f.conversationId === undefined || f.conversationId === conversationId) &&
          (!f.match || f.match({ method, conversationId, body })),
      );
      if (fault) fault.used++;
      if (fault?.hang) {
        record.status = -1;
        hanging.add(res);
        res.on('close', () => hanging.delete(res));
        return;
      }

      const respond = () => {
        if (fault?.status) {
          answer(
            fault.status,
            { error: { code: 'InjectedFault', message: `injected ${fault.status}` } },
            fault.headers,
          );
          return;
        }
        // Limits are checked where Teams checks them: on arrival, per tenant and per conversation.
        if (!tenantWindows.admit(tenantId, at) || !conversationWindows.admit(conversationId, at)) {
          throttledCount++;
          answer(
            429,
            { error: { code: 'Throttled', message: 'Too many requests' } },
            { 'retry-after': String(retryAfter) },
          );
          return;
        }
        answer(method === 'POST' ? 201 : 200, { id: record.activityId });
      };
      if (fault?.delayMs) setTimeout(respond, fault.delayMs);
      else respond();
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const delivered = () => requests.filter((r) => r.method === 'POST' && r.status >= 200 && r.status < 300);

  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    requests,
    delivered,
    updates: () => requests.filter((r) => r.method === 'PUT' && r.status >= 200 && r.status < 300),
    throttled: () => throttledCount,
    inject: (fault) => faults.push({ ...fault, used: 0 }),
    clearFaults: () => {
      faults = [];
    },
    reset: () => {
      requests.length = 0;
      faults = [];
      throttledCount = 0;
    },
    waitForDelivered: (count, timeoutMs = 30_000) =>
      new Promise((resolve, reject) => {
        const deadline = setTimeout(
          () => reject(new Error(`expected ${count} deliveries, got ${delivered().length}`)),
          timeoutMs,
        );
        const check = () => {
          if (delivered().length >= count) {
            clearTimeout(deadline);
            resolve(delivered());
          } else waiters.push(check);
        };
        check();
      }),
    close: async () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
