import { botEndpointBody } from '../../bot/src/http/bot-endpoint-body';
import { benchMeetingReminder } from '../support/bench-reminder';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { ActivityHandler, type TurnContext } from 'botbuilder';
import { DEMO_PROGRAMME_ID, LOCAL_TENANT_ID } from '@ambassadors/shared';
import { outboxRecordsFor } from '../../bot/src/delivery/outbox-records';
import { startTestServer } from '../support/start-test-server';

const N = 200;
const ROUNDS = 3;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

/**
 * Card-action latency at 200 concurrent actions over real HTTP to /api/messages — each one the
 * whole path: adapter, handler, outbox check (point read), idempotency check (point read) and
 * the action record (Cosmos write) — next to a bare echo bot on the same server and adapter,
 * which answers the same invoke with a static card and touches no store. Both are sent over a
 * pool of N already-open keep-alive connections (as the Bot Connector keeps its own open).
 */
export async function run(): Promise<void> {
  const server = await startTestServer({ env: { REMINDERS: 'off' } });
  try {
    const bot = server.deps.bot!;
    const echo = new (class extends ActivityHandler {
      protected override async onInvokeActivity(_context: TurnContext) {
        return {
          status: 200,
          body: {
            statusCode: 200,
            type: 'application/vnd.microsoft.card.adaptive',
            value: { type: 'AdaptiveCard', version: '1.5', body: [] },
          },
        };
      }
    })();
    // The same body handling as /api/messages, so the baseline differs from it only in the handler.
    server.server.post('/bench/echo', botEndpointBody(server.deps), async (req, res) => {
      await bot.adapter.process(req as never, res as never, (context) => echo.run(context));
    });

    const users = Array.from({ length: N * ROUNDS }, (_, i) => `bench-user-${i}`);
    const reminder = benchMeetingReminder('bench', users);
    const records = outboxRecordsFor(reminder, null, new Date());
    await bot.deliveryStore.enqueue(records);

    const invoke = (path: string, record: (typeof records)[number]) => {
      const body = JSON.stringify({
        type: 'invoke',
        name: 'adaptiveCard/action',
        id: randomUUID(),
        serviceUrl: 'http://127.0.0.1:9/',
        channelId: 'msteams',
        from: {
          id: `29:${record.recipient.userId}`,
          aadObjectId: record.recipient.userId,
          name: record.recipient.displayName,
        },
        recipient: { id: '28:bot' },
        conversation: {
          id: `a:${record.recipient.userId}`,
          conversationType: 'personal',
          tenantId: LOCAL_TENANT_ID,
        },
        locale: 'en-US',
        value: {
          action: {
            type: 'Action.Execute',
            verb: 'reminder.ack',
            data: {
              verb: 'reminder.ack',
              cardId: record.id,
              outboxId: record.id,
              reminderId: record.reminderId,
              programmeId: DEMO_PROGRAMME_ID,
              v: 1,
            },
          },
        },
      });
      return async (agent: http.Agent) => {
        const started = performance.now();
        const { status, text } = await post(agent, path, body);
        if (status !== 200) throw new Error(`${path} answered ${status}: ${text.slice(0, 200)}`);
        if (path === '/api/messages' && !text.includes('Thanks'))
          throw new Error(`no thanks card: ${text.slice(0, 300)}`);
        return performance.now() - started;
      };
    };

    const url = new URL(server.baseUrl);
    const post = (agent: http.Agent, path: string, body: string) =>
      new Promise<{ status: number; text: string }>((resolve, reject) => {
        const req = http.request(
          {
            host: url.hostname,
            port: url.port,
            path,
            method: 'POST',
            agent,
            headers: { 'content-type': 'application/json' },
          },
          (res) => {
            let text = '';
            res.setEncoding('utf8');
            res.on('data', (chunk: string) => (text += chunk));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
            res.on('error', reject);
          },
        );
        req.on('error', reject);
        req.end(body);
      });
    /**
     * Each measured batch gets its own pool of N keep-alive connections, opened before the clock
     * starts: the echo bot and the card action then meet the server in the same state, and the
     * figures are the handlers', not a new batch of TCP connections landing on one of them.
     */
    const warmPool = async () => {
      const agent = new http.Agent({ keepAlive: true, maxSockets: N });
      await Promise.all(
        Array.from(
          { length: N },
          () =>
            new Promise<void>((resolve, reject) => {
              http
                .get({ host: url.hostname, port: url.port, path: '/healthz', agent }, (res) => {
                  res.resume();
                  res.on('end', resolve);
                })
                .on('error', reject);
            }),
        ),
      );
      return agent;
    };

    const rows: Record<string, Record<string, number>> = {};
    for (let round = 0; round < ROUNDS; round++) {
      const batch = records.slice(round * N, (round + 1) * N);
      for (const [name, path] of [
        ['echo bot', '/bench/echo'],
        ['card action + store write', '/api/messages'],
      ] as const) {
        const agent = await warmPool();
        const calls = batch.map((r) => invoke(path, r));
        const started = performance.now();
        const latencies = (await Promise.all(calls.map((call) => call(agent)))).sort((a, b) => a - b);
        const wall = performance.now() - started;
        agent.destroy();
        const key = `${name} (round ${round + 1})`;
        rows[key] = {
          concurrent: N,
          'p50 ms': Number(percentile(latencies, 50).toFixed(1)),
          'p99 ms': Number(percentile(latencies, 99).toFixed(1)),
          'actions/s': Number(((N / wall) * 1000).toFixed(0)),
        };
      }
    }
    const actions = await bot.deliveryStore.listActions(LOCAL_TENANT_ID, DEMO_PROGRAMME_ID);
    console.table(rows);
    const ratios = Array.from({ length: ROUNDS }, (_, round) => {
      const echo = rows[`echo bot (round ${round + 1})`]!;
      const action = rows[`card action + store write (round ${round + 1})`]!;
      return {
        round: round + 1,
        'throughput vs echo': Number((action['actions/s']! / echo['actions/s']!).toFixed(2)),
        'p99 vs echo': Number((action['p99 ms']! / echo['p99 ms']!).toFixed(2)),
      };
    });
    console.table(ratios);
    console.log('  targets on the embedded default: throughput ≥ 0.5× echo, p99 ≤ 2× echo');
    console.log(
      `  action records written: ${actions.filter((a) => a.reminderId === reminder.id).length} (expected ${N * ROUNDS})`,
    );
  } finally {
    await server.close();
  }
}
