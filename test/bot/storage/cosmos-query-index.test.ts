import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ContainerRequest } from '@azure/cosmos';
import { DEMO_PEOPLE, DEMO_PROGRAMME_ID, LOCAL_TENANT_ID, type Reminder } from '@ambassadors/shared';
import { outboxRecordsFor } from '../../../bot/src/delivery/outbox-records';
import { DELIVERY_CONTAINER, PROGRAMMES_CONTAINER } from '../../../bot/src/storage/cosmos-client';
import { CosmosDeliveryStore } from '../../../bot/src/storage/cosmos-delivery-store';
import { CosmosProgrammeStore } from '../../../bot/src/storage/cosmos-programme-store';
import { checkQuery, isIndexed, readQuery } from '../../support/cosmos-query-check';
import { startCosmosStandIn, type CosmosStandIn } from '../../support/cosmos-stand-in';
import { api, startTestServer, type TestServer } from '../../support/start-test-server';

/**
 * Real Cosmos DB refuses what the embedded server accepts (an ORDER BY without its composite
 * index, a path outside a narrow indexing policy) and bills what it never shows (a query that
 * fans out over every partition). So every query the code sends is collected on the wire — the
 * app runs against a Cosmos-protocol account in key mode, exactly as against Azure — while the
 * main paths run (API reads and writes, the bot's card action, scheduler and dispatcher passes)
 * and every store query runs once more directly, and each one is checked against the container
 * definitions the code creates and the Bicep deploys (kept identical by test/infra/bicep.test.ts).
 */

const ROOT = path.resolve(__dirname, '..', '..', '..');
const CONTAINERS: Record<string, ContainerRequest> = {
  [PROGRAMMES_CONTAINER.id!]: PROGRAMMES_CONTAINER,
  [DELIVERY_CONTAINER.id!]: DELIVERY_CONTAINER,
};

/**
 * Queries that span partitions on purpose, each a background scan over small records by status
 * and time (documented in the stores): the scheduler's due schedule records, and the
 * dispatcher's claimable and stale outbox records.
 */
const CROSS_PARTITION = new Set([
  "SELECT TOP @limit c.tenantId, c.programmeId, c.nextCheckAt FROM c WHERE c.type = 'scheduleState' AND c.nextCheckAt <= @now ORDER BY c.nextCheckAt",
  "SELECT TOP @n * FROM c WHERE c.type = 'outbox' AND (c.status = 'queued' OR c.status = 'deferred') AND c.nextAttemptAt <= @now AND c.leaseUntil <= @now ORDER BY c.nextAttemptAt",
  "SELECT TOP @n * FROM c WHERE c.type = 'outbox' AND c.status = 'sending' AND c.leaseUntil < @now",
]);

/** The container each Cosmos adapter queries. */
const ADAPTERS: Record<string, ContainerRequest> = {
  'cosmos-programme-store.ts': PROGRAMMES_CONTAINER,
  // The programme store's schedule index: the scheduler's scan over the same container.
  'cosmos-schedule-index.ts': PROGRAMMES_CONTAINER,
  'cosmos-delivery-store.ts': DELIVERY_CONTAINER,
};

/** Every SQL text literal in the Cosmos adapters (what the code can send), by file. */
function queriesBySourceFile(): Array<{ file: string; query: string }> {
  const dir = path.join(ROOT, 'bot', 'src', 'storage');
  const found: Array<{ file: string; query: string }> = [];
  for (const file of readdirSync(dir).filter((f) => /^cosmos-.*\.ts$/.test(f))) {
    const text = readFileSync(path.join(dir, file), 'utf8');
    for (const m of text.matchAll(/(["'`])(SELECT\b(?:(?!\1)[^\\]|\\.)*)\1/g))
      found.push({ file, query: m[2]! });
  }
  return found;
}

const queriesInSource = (): string[] => [...new Set(queriesBySourceFile().map((q) => q.query))].sort();

describe('every query written in the Cosmos adapters fits its container', () => {
  it('passes the checks as written (whether or not a test below sends it)', () => {
    const found = queriesBySourceFile();
    expect(found.length).toBeGreaterThan(0);
    const problems = found.flatMap(({ file, query }) => {
      const container = ADAPTERS[file];
      if (!container) return [`${file}: a query outside the adapters' files: ${query}`];
      return checkQuery(query, container, { crossPartition: CROSS_PARTITION.has(query) }).map(
        (problem) => `${file}: ${query}\n  → ${problem}`,
      );
    });
    expect(problems).toEqual([]);
  });
});

describe('the query checker', () => {
  const narrow: ContainerRequest = {
    id: 'x',
    partitionKey: { paths: ['/tenantId'] },
    indexingPolicy: {
      includedPaths: [{ path: '/tenantId/?' }, { path: '/at/?' }, { path: '/type/?' }],
      excludedPaths: [{ path: '/*' }],
      compositeIndexes: [
        [
          { path: '/at', order: 'ascending' },
          { path: '/type', order: 'descending' },
        ],
      ],
    },
  };

  it('reads filters, equalities and the order', () => {
    const shape = readQuery(
      "SELECT * FROM c WHERE c.tenantId = @t AND (c.a = 1 OR c.b.c = 'x') ORDER BY c.at DESC, c.type",
    );
    expect(shape.filtered.sort()).toEqual(['/a', '/b/c', '/tenantId']);
    expect([...shape.equalities]).toEqual([['/tenantId', '@t']]);
    expect(shape.orderBy).toEqual([
      { path: '/at', order: 'descending' },
      { path: '/type', order: 'ascending' },
    ]);
  });

  it('finds what real Cosmos would refuse or fan out', () => {
    expect(checkQuery('SELECT * FROM c WHERE c.type = @x', narrow)).toEqual([
      'does not filter by the partition key /tenantId (an equality in WHERE)',
    ]);
    expect(checkQuery('SELECT * FROM c WHERE c.tenantId = @t AND c.name = @n', narrow)).toEqual([
      '/name is not in the indexing policy',
    ]);
    expect(checkQuery('SELECT * FROM c WHERE c.tenantId = @t ORDER BY c.type, c.at', narrow)).toEqual([
      'needs a composite index (/type ASC, /at ASC)',
    ]);
    expect(checkQuery('SELECT * FROM c WHERE c.tenantId = @t ORDER BY c.at, c.type DESC', narrow)).toEqual(
      [],
    );
    expect(checkQuery('SELECT * FROM c WHERE c.tenantId = @t ORDER BY c.at DESC, c.type', narrow)).toEqual(
      [],
    );
    expect(
      checkQuery("SELECT * FROM c WHERE c.type = 'a' ORDER BY c.at", narrow, { crossPartition: true }),
    ).toEqual(['needs a composite index (/type ASC, /at ASC)']);
    expect(checkQuery('SELECT DISTINCT c.at FROM c WHERE c.tenantId = @t', narrow)).toEqual([
      'uses DISTINCT',
    ]);
    expect(checkQuery('SELECT * FROM c WHERE c.tenantId = @t OFFSET 1 LIMIT 2', narrow)).toContain(
      'uses OFFSET/LIMIT',
    );
    expect(checkQuery('SELECT TOP @limit * FROM c WHERE c.tenantId = @t', narrow)).toEqual([]);
    expect(
      checkQuery('SELECT c.type, COUNT(1) FROM c WHERE c.tenantId = @t GROUP BY c.type', narrow),
    ).toContain('uses GROUP BY');
    expect(checkQuery("SELECT * FROM c WHERE c.tenantId = @t AND c.type LIKE 'a%'", narrow)).toEqual([
      'uses LIKE',
    ]);
    expect(
      checkQuery('SELECT * FROM c WHERE c.tenantId = @t AND c.at < GetCurrentDateTime()', narrow),
    ).toEqual(['uses date functions']);
  });

  it('knows which paths a policy indexes (most specific rule wins)', () => {
    expect(isIndexed(narrow, '/at')).toBe(true);
    expect(isIndexed(narrow, '/other')).toBe(false);
    expect(isIndexed(DELIVERY_CONTAINER, '/anything')).toBe(true);
    expect(
      isIndexed({ id: 'y', indexingPolicy: { excludedPaths: [{ path: '/secret/?' }] } }, '/secret'),
    ).toBe(false);
  });
});

describe('every query the code sends to Cosmos fits the containers it runs on', () => {
  let standIn: CosmosStandIn;
  let app: TestServer;

  beforeAll(async () => {
    standIn = await startCosmosStandIn();
    app = await startTestServer({
      env: {
        COSMOS_ENDPOINT: standIn.endpoint,
        COSMOS_KEY: standIn.key,
        // The passes run below, by hand, so nothing runs twice at once.
        REMINDERS: 'off',
      },
    });
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await standIn?.close();
  });

  it('runs the main paths and the store operations, then checks each query', async () => {
    const P = `/api/v1/programmes/${DEMO_PROGRAMME_ID}`;
    // The tab: list, board, a step write, a check-in, the leaders' reminder report.
    expect((await api(app.baseUrl, '/api/v1/programmes')).status).toBe(200);
    const board = await api(app.baseUrl, `${P}/board`);
    expect(board.status).toBe(200);
    const written = await api(app.baseUrl, `${P}/steps/taskPlan`, {
      method: 'PUT',
      body: { notes: 'Agreed at the kick-off' },
      headers: { 'if-match': `"${board.body.programme.etag}"` },
    });
    expect(written.status).toBe(200);
    const checkIn = await api(app.baseUrl, `${P}/check-ins`, {
      method: 'POST',
      headers: { 'x-local-user': DEMO_PEOPLE.activeAmbassador.userId },
      body: {
        progress: 'Two teams tried the new meeting round.',
        situations: [{ theme: 'Mødekultur', description: 'Meetings start late' }],
        alignment: 4,
        changeCourse: 'unsure',
      },
    });
    expect(checkIn.status).toBe(201);
    expect((await api(app.baseUrl, `${P}/reminders/report`)).status).toBe(200);

    // The scheduler and the dispatcher, one pass each.
    const { startDelivery } = await import('../../../bot/src/delivery/delivery-runtime');
    const bot = app.deps.bot!;
    const delivery = startDelivery({
      bot,
      programmeStore: app.store,
      clock: app.deps.clock,
      logger: app.deps.logger,
      scheduler: { intervalMs: 3_600_000 },
      dispatcher: { pollMs: 3_600_000 },
    });
    try {
      await delivery.scheduler.tick();
      await delivery.dispatcher.sweepStale();
      await delivery.dispatcher.claim();
    } finally {
      await delivery.stop();
    }

    // A card action on a reminder card, through the bot endpoint.
    const reminder: Reminder = {
      id: `${DEMO_PROGRAMME_ID}:meeting:query-check`,
      kind: 'meeting',
      tenantId: LOCAL_TENANT_ID,
      programmeId: DEMO_PROGRAMME_ID,
      dueAt: new Date().toISOString(),
      recipients: [{ userId: 'card-user', displayName: 'Card User' }],
      subject: { type: 'meeting', id: 'query-check' },
      locale: 'en',
      data: {
        meetingId: 'query-check',
        meetingKind: 'regular',
        startsAt: new Date(Date.now() + 86_400_000).toISOString(),
        durationMinutes: 60,
        joinUrl: null,
        agenda: ['progress'],
        keyMessage: null,
      },
    };
    const [record] = outboxRecordsFor(reminder, null, new Date());
    await bot.deliveryStore.enqueue([record!]);
    const action = await fetch(`${app.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'invoke',
        name: 'adaptiveCard/action',
        id: randomUUID(),
        serviceUrl: 'http://127.0.0.1:9/',
        channelId: 'msteams',
        from: { id: '29:card-user', aadObjectId: 'card-user', name: 'Card User' },
        recipient: { id: '28:bot' },
        conversation: { id: 'a:card-user', conversationType: 'personal', tenantId: LOCAL_TENANT_ID },
        locale: 'en-US',
        value: {
          action: {
            type: 'Action.Execute',
            verb: 'reminder.ack',
            data: {
              verb: 'reminder.ack',
              cardId: record!.id,
              outboxId: record!.id,
              reminderId: record!.reminderId,
              programmeId: DEMO_PROGRAMME_ID,
              v: 1,
            },
          },
        },
      }),
    });
    expect(action.status).toBe(200);

    // Each store query once more, straight on the adapters (what the store tests exercise).
    const cosmos = app.storage.cosmos!;
    const programmes = CosmosProgrammeStore.fromStorage(cosmos);
    const deliveryStore = new CosmosDeliveryStore(cosmos.containers.delivery);
    const ctx = { tenantId: LOCAL_TENANT_ID, user: DEMO_PEOPLE.leader };
    const now = new Date();
    await programmes.listProgrammes(ctx);
    await programmes.loadBoard(ctx, DEMO_PROGRAMME_ID);
    await programmes.findProgrammesDue(now, 10);
    await deliveryStore.findClaimable(now, 10);
    await deliveryStore.findStaleSending(now, 10);
    await deliveryStore.listOutbox(LOCAL_TENANT_ID, DEMO_PROGRAMME_ID);
    await deliveryStore.listActions(LOCAL_TENANT_ID, DEMO_PROGRAMME_ID);
    await deliveryStore.listForUser(LOCAL_TENANT_ID, DEMO_PEOPLE.activeAmbassador.userId);

    const sent = [...new Set(standIn.queries.map((q) => `${q.container}\u0000${q.query}`))].map((key) => {
      const [container, query] = key.split('\u0000') as [string, string];
      return { container, query };
    });
    const inSource = queriesInSource();
    // Nothing is built at run time that the source does not show, and nothing in it went untried.
    expect(sent.map((q) => q.query).filter((q) => !inSource.includes(q))).toEqual([]);
    expect(inSource.filter((q) => !sent.some((s) => s.query === q))).toEqual([]);

    const problems = sent.flatMap(({ container, query }) => {
      const definition = CONTAINERS[container];
      if (!definition) return [`${container}: not a container of the data model`];
      return checkQuery(query, definition, { crossPartition: CROSS_PARTITION.has(query) }).map(
        (problem) => `${container}: ${query}\n  → ${problem}`,
      );
    });
    expect(problems).toEqual([]);
    // The exceptions are real queries, not stale entries that would excuse a new one.
    expect([...CROSS_PARTITION].filter((q) => !sent.some((s) => s.query === q))).toEqual([]);
  }, 120_000);
});
