import { rm } from 'node:fs/promises';
import { Writable } from 'node:stream';
import type { RetryOptions } from '@azure/cosmos';
import { DomainError, DEMO_PROGRAMME_ID } from '@ambassadors/shared';
import { createLogger } from '../../../bot/src/runtime/logger';
import {
  DEFAULT_RETRY_OPTIONS,
  createCosmosStorage,
  type CosmosRequestInfo,
  type CosmosStorage,
  type CosmosStorageOptions,
} from '../../../bot/src/storage/cosmos-client';
import type { CosmosConfig } from '../../../bot/src/storage/cosmos-config';
import { CosmosDeliveryStore } from '../../../bot/src/storage/cosmos-delivery-store';
import { CosmosProgrammeStore } from '../../../bot/src/storage/cosmos-programme-store';
import {
  COSMOS_METRICS,
  createCosmosRequestTelemetry,
} from '../../../bot/src/storage/cosmos-request-telemetry';
import { startCosmosStandIn, type CosmosStandIn } from '../../support/cosmos-stand-in';
import { api, startTestServer } from '../../support/start-test-server';
import { boardFor, ctxFor, makeDataDir } from './storage-test-kit';

/**
 * Cosmos answers 429 when an account runs out of RU/s. The SDK retries with the explicit retry
 * options (DEFAULT_RETRY_OPTIONS) in every mode; each store operation reports what it cost and
 * how often it was throttled; the app turns that into metrics and log lines. The 429s come from
 * a stand-in account that throttles the next N document requests, as a busy account does.
 */

const silentLogger = () => createLogger({ level: 'silent' });

/** Log lines of a pino logger, parsed. */
function capturedLogger(level = 'debug') {
  const lines: Array<Record<string, any>> = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      for (const line of chunk.toString().split('\n')) if (line.trim()) lines.push(JSON.parse(line));
      callback();
    },
  });
  return { logger: createLogger({ level, destination }), lines };
}

/** A meter that keeps what was recorded, by instrument name. */
function recordingMeter() {
  const recorded: Array<{ name: string; value: number; attributes: Record<string, unknown> }> = [];
  const instrument = (name: string) => ({
    record: (value: number, attributes: Record<string, unknown> = {}) =>
      recorded.push({ name, value, attributes }),
    add: (value: number, attributes: Record<string, unknown> = {}) =>
      recorded.push({ name, value, attributes }),
  });
  return {
    recorded,
    meter: { createHistogram: instrument, createCounter: instrument } as unknown as Parameters<
      typeof createCosmosRequestTelemetry
    >[1],
  };
}

const retryOptionsOf = (storage: CosmosStorage): RetryOptions =>
  // The SDK keeps the options it was given on its (internal) client context.
  (
    storage.client as unknown as { clientContext: { getRetryOptions(): RetryOptions } }
  ).clientContext.getRetryOptions();

describe('Cosmos throttling (429): retried with explicit options, reported with its cost', () => {
  let standIn: CosmosStandIn;
  beforeAll(async () => {
    standIn = await startCosmosStandIn();
  });
  afterAll(async () => {
    await standIn.close();
  });

  // Key mode is what a test account or the Azure emulator uses; identity mode builds its client
  // from the same connection policy but insists on HTTPS, which this stand-in does not serve.
  const modes: Array<[string, () => CosmosConfig, CosmosStorageOptions]> = [
    [
      'key',
      () => ({ mode: 'key', databaseId: 'throttle-key', endpoint: standIn.endpoint, key: standIn.key }),
      {},
    ],
  ];

  describe.each(modes)('%s mode', (_mode, config, extra) => {
    let storage: CosmosStorage;
    const requests: CosmosRequestInfo[] = [];
    beforeAll(async () => {
      storage = await createCosmosStorage(config(), { ...extra, onRequest: (info) => requests.push(info) });
    });
    afterAll(async () => {
      await storage.close();
    });

    it('uses DEFAULT_RETRY_OPTIONS', () => {
      expect(retryOptionsOf(storage)).toEqual(DEFAULT_RETRY_OPTIONS);
    });

    it('a programme-store call throttled three times succeeds, and its report says so', async () => {
      const store = CosmosProgrammeStore.fromStorage(storage);
      const ctx = ctxFor('tenant-throttle');
      await store.createProgramme(ctx, boardFor('tenant-throttle', 'prog-throttle').programme);
      requests.length = 0;
      standIn.throttle(3, 5);
      const programme = await store.getProgramme(ctx, 'prog-throttle');
      expect(programme?.id).toBe('prog-throttle');
      expect(requests).toEqual([
        expect.objectContaining({
          operation: 'getProgramme',
          statusCode: 200,
          requests: 4,
          throttled: 3,
          requestCharge: expect.any(Number),
        }),
      ]);
      expect(requests[0]!.requestCharge).toBeGreaterThan(0);
    });

    it('a delivery-store call throttled twice succeeds and is reported too', async () => {
      const store = new CosmosDeliveryStore(storage.containers.delivery, {
        onRequest: (info) => requests.push(info),
      });
      requests.length = 0;
      standIn.throttle(2, 5);
      expect(await store.listOutbox('tenant-throttle', 'prog-throttle')).toEqual([]);
      expect(requests).toEqual([
        expect.objectContaining({ operation: 'listOutbox', statusCode: 200, throttled: 2 }),
      ]);
      expect(requests[0]!.requests).toBeGreaterThanOrEqual(3);
    });

    it('throttling beyond the retries is STORE_UNAVAILABLE after 1 + 9 attempts, reported as 429', async () => {
      const store = CosmosProgrammeStore.fromStorage(storage);
      requests.length = 0;
      standIn.throttle(1_000, 1);
      const error = await store
        .getProgramme(ctxFor('tenant-throttle'), 'prog-throttle')
        .catch((e: unknown) => e);
      standIn.throttle(0);
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('STORE_UNAVAILABLE');
      expect(requests).toEqual([
        expect.objectContaining({
          operation: 'getProgramme',
          statusCode: 429,
          requests: DEFAULT_RETRY_OPTIONS.maxRetryAttemptCount! + 1,
          throttled: DEFAULT_RETRY_OPTIONS.maxRetryAttemptCount! + 1,
        }),
      ]);
    });
  });

  it('embedded mode uses DEFAULT_RETRY_OPTIONS too, and `retryOptions` overrides single fields', async () => {
    const dataDir = await makeDataDir();
    const embedded = await createCosmosStorage({ mode: 'embedded', databaseId: 'ambassadors', dataDir });
    const overridden = await createCosmosStorage(
      { mode: 'key', databaseId: 'throttle-override', endpoint: standIn.endpoint, key: standIn.key },
      { retryOptions: { maxRetryAttemptCount: 2 } },
    );
    try {
      expect(retryOptionsOf(embedded)).toEqual(DEFAULT_RETRY_OPTIONS);
      expect(retryOptionsOf(overridden)).toEqual({ ...DEFAULT_RETRY_OPTIONS, maxRetryAttemptCount: 2 });
    } finally {
      await overridden.close();
      await embedded.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

describe('createCosmosRequestTelemetry', () => {
  const info = (over: Partial<CosmosRequestInfo>): CosmosRequestInfo => ({
    operation: 'loadBoard',
    requestCharge: 3.5,
    requests: 1,
    throttled: 0,
    metadataRequests: 0,
    documents: 14,
    durationMs: 2.25,
    statusCode: 200,
    ...over,
  });

  it('records the request charge and duration per operation, and counts throttled attempts', () => {
    const { meter, recorded } = recordingMeter();
    const report = createCosmosRequestTelemetry(silentLogger(), meter);
    report(info({}));
    report(
      info({ operation: 'createDocument', requestCharge: 7, requests: 3, throttled: 2, statusCode: 201 }),
    );
    expect(recorded).toEqual([
      {
        name: COSMOS_METRICS.requestCharge,
        value: 3.5,
        attributes: { operation: 'loadBoard', status_code: 200 },
      },
      {
        name: COSMOS_METRICS.duration,
        value: 2.25,
        attributes: { operation: 'loadBoard', status_code: 200 },
      },
      {
        name: COSMOS_METRICS.requestCharge,
        value: 7,
        attributes: { operation: 'createDocument', status_code: 201 },
      },
      {
        name: COSMOS_METRICS.duration,
        value: 2.25,
        attributes: { operation: 'createDocument', status_code: 201 },
      },
      {
        name: COSMOS_METRICS.throttled,
        value: 2,
        attributes: { operation: 'createDocument', status_code: 201 },
      },
    ]);
  });

  it('logs each operation at debug, a retried throttle at info, exhausted retries at warn — with the charge', () => {
    const { logger, lines } = capturedLogger();
    const report = createCosmosRequestTelemetry(logger, recordingMeter().meter);
    report(info({}));
    report(info({ requests: 3, throttled: 2 }));
    report(info({ requests: 10, throttled: 10, statusCode: 429, requestCharge: 0 }));
    expect(
      lines.map((l) => [l.level, l.cosmos.statusCode, l.cosmos.requestCharge, l.cosmos.throttled]),
    ).toEqual([
      [20, 200, 3.5, 0],
      [30, 200, 3.5, 2],
      [40, 429, 0, 10],
    ]);
    expect(lines[2]!.msg).toMatch(/retries ran out/);
    expect(lines[2]!.cosmos).toMatchObject({ operation: 'loadBoard', requests: 10 });
  });
});

describe('the app reports the cost of every Cosmos operation in its telemetry', () => {
  it('board read, reminder report and a throttled call appear in the logs with request charge', async () => {
    const standIn = await startCosmosStandIn();
    const { logger, lines } = capturedLogger();
    const app = await startTestServer({
      env: { COSMOS_ENDPOINT: standIn.endpoint, COSMOS_KEY: standIn.key, REMINDERS: 'off' },
      logger,
    });
    try {
      const P = `/api/v1/programmes/${DEMO_PROGRAMME_ID}`;
      expect((await api(app.baseUrl, `${P}/board`)).status).toBe(200);
      expect((await api(app.baseUrl, `${P}/reminders/report`)).status).toBe(200);
      standIn.throttle(2, 5);
      expect((await api(app.baseUrl, `${P}/board`)).status).toBe(200);
      const cosmos = lines.filter((l) => l.cosmos).map((l) => ({ level: l.level, ...l.cosmos }));
      const byOperation = (operation: string) => cosmos.filter((c) => c.operation === operation);
      // The programme store and the delivery store both report.
      expect(byOperation('loadBoard').length).toBeGreaterThanOrEqual(2);
      expect(byOperation('listOutbox').length).toBeGreaterThanOrEqual(1);
      for (const entry of [...byOperation('loadBoard'), ...byOperation('listOutbox')])
        expect(entry.requestCharge).toBeGreaterThan(0);
      // The first store call after the two 429s carries them, logged at info.
      expect(cosmos).toContainEqual(expect.objectContaining({ level: 30, throttled: 2, statusCode: 200 }));
    } finally {
      await app.close();
      await standIn.close();
    }
  }, 60_000);
});
