/**
 * Every time the dispatcher writes into an outbox record comes from its injected clock, never
 * from the machine's: the clock here stands five days ahead of the wall clock, so a time taken
 * from anywhere else shows at once.
 */
import { rm } from 'node:fs/promises';
import {
  fixedClock,
  MessagingFailure,
  type ConversationTarget,
  type MessagingPort,
  type OutboxRecord,
  type SendOptions,
} from '@ambassadors/shared';
import { createOutboxCardRenderer } from '../../../bot/src/cards/outbox-card';
import { Dispatcher } from '../../../bot/src/delivery/dispatcher';
import { outboxRecordsFor } from '../../../bot/src/delivery/outbox-records';
import { openEmbeddedDatabase, type EmbeddedDatabase } from '../../../bot/src/storage/embedded-sqlite';
import { SqliteDeliveryStore } from '../../../bot/src/storage/sqlite-delivery-store';
import { makeDataDir } from '../storage/storage-test-kit';
import { logger, meetingReminder, waitFor } from './delivery-harness';

const TENANT = 'tenant-clock';
const LEASE_MS = 3000;
const CLOCK_AT = new Date(Math.floor(Date.now() / 1000) * 1000 + 5 * 86_400_000);
const ms = (iso: string | null | undefined) => (iso ? new Date(iso).getTime() : Number.NaN);

/** A messaging port that answers each recipient as told; `beforeSend` runs as the adapter's does. */
function scriptedMessaging(
  answer: (target: ConversationTarget, options: SendOptions | undefined) => Promise<void>,
): MessagingPort {
  let sent = 0;
  return {
    async send(target, _message, options) {
      await answer(target, options);
      sent += 1;
      return { activityId: `activity-${sent}` };
    },
    async update() {},
  };
}

describe('the dispatcher writes times from its injected clock', () => {
  let dataDir: string;
  let database: EmbeddedDatabase;
  let store: SqliteDeliveryStore;
  let dispatcher: Dispatcher | undefined;

  beforeEach(async () => {
    dataDir = await makeDataDir();
    database = openEmbeddedDatabase({ dataDir, databaseId: 'dispatcher-clock', purgeIntervalMs: 0 });
    store = new SqliteDeliveryStore(database);
  });

  afterEach(async () => {
    await dispatcher?.stop();
    dispatcher = undefined;
    database.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  async function enqueueFor(userIds: string[]): Promise<void> {
    for (const userId of userIds) {
      const conversationId = `a:conv-${userId}`;
      await store.upsertConversation({
        id: conversationId,
        type: 'conversation',
        tenantId: TENANT,
        conversationId,
        userId,
        scope: 'personal',
        serviceUrl: 'https://smba.example.test/',
        reference: { conversation: { id: conversationId, tenantId: TENANT } },
        installedAt: CLOCK_AT.toISOString(),
        updatedAt: CLOCK_AT.toISOString(),
      });
    }
    const meeting = meetingReminder(TENANT, 'prog-clock', userIds);
    const startsAt = new Date(CLOCK_AT.getTime() + 86_400_000).toISOString();
    const reminder = {
      ...meeting,
      dueAt: CLOCK_AT.toISOString(),
      data: { ...meeting.data, startsAt },
    } as typeof meeting;
    await store.enqueue(outboxRecordsFor(reminder, null, CLOCK_AT));
  }

  function start(messaging: MessagingPort): void {
    dispatcher = new Dispatcher({
      store,
      messaging,
      clock: fixedClock(CLOCK_AT),
      logger,
      render: createOutboxCardRenderer(() => 'https://example.test/tab/'),
      pollMs: 20,
      leaseMs: LEASE_MS,
      concurrency: 2,
    });
    dispatcher.start();
  }

  const records = (): Promise<OutboxRecord[]> => store.listOutbox(TENANT, 'prog-clock');

  it('a delivered record: claimed, sent and settled at the clock time, leased from it', async () => {
    await enqueueFor(['ada']);
    let leaseUntilWhileSending: string | null | undefined;
    start(
      scriptedMessaging(async (_target, options) => {
        leaseUntilWhileSending = (await records())[0]?.leaseUntil;
        await options?.beforeSend?.();
      }),
    );
    await waitFor(async () => (await records())[0]?.status === 'delivered', 10_000, 'delivered');
    const [record] = await records();
    expect(ms(record?.lastAttemptAt)).toBe(CLOCK_AT.getTime());
    expect(ms(record?.updatedAt)).toBe(CLOCK_AT.getTime());
    expect(ms(leaseUntilWhileSending)).toBe(CLOCK_AT.getTime() + LEASE_MS);
  });

  it('a throttled tenant: the record is due again Retry-After past the clock, and so is one handed back unsent', async () => {
    await enqueueFor(['bo', 'cy']);
    const retryAfterMs = 600_000;
    let first = true;
    start(
      scriptedMessaging(async (_target, options) => {
        if (first) {
          first = false;
          await options?.beforeSend?.();
          throw new MessagingFailure(429, retryAfterMs, 'Too Many Requests');
        }
        // The other send reaches its rate slot once the tenant is paused: it goes back unsent.
        await new Promise((resolve) => setTimeout(resolve, 200));
        await options?.beforeSend?.();
      }),
    );
    // Both back in the queue, unsent, and no longer due now.
    await waitFor(
      async () =>
        (await records()).every(
          (record) =>
            record.status === 'queued' &&
            record.attempts === 0 &&
            ms(record.nextAttemptAt) > CLOCK_AT.getTime(),
        ),
      10_000,
      'both records back in the queue',
    );
    for (const record of await records()) {
      expect(ms(record.updatedAt)).toBe(CLOCK_AT.getTime());
      expect(ms(record.nextAttemptAt)).toBeGreaterThan(CLOCK_AT.getTime() + retryAfterMs - 10_000);
      expect(ms(record.nextAttemptAt)).toBeLessThanOrEqual(CLOCK_AT.getTime() + retryAfterMs);
    }
    expect((await records()).map((record) => record.lastStatusCode ?? null).sort()).toEqual([429, null]);
  });
});
