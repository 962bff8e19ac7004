import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { systemClock, type DeliveryStore, type Reminder } from '@ambassadors/shared';
import { BotFrameworkMessaging, createCloudAdapter } from '../../../bot/src/conversation/bot-adapter';
import { Dispatcher, type DispatcherOptions } from '../../../bot/src/delivery/dispatcher';
import { createOutboxCardRenderer } from '../../../bot/src/cards/outbox-card';
import { outboxRecordsFor } from '../../../bot/src/delivery/outbox-records';
import { loadAppConfig } from '../../../bot/src/runtime/app-config';
import { createLogger } from '../../../bot/src/runtime/logger';
import { createCosmosStorage, type CosmosStorage } from '../../../bot/src/storage/cosmos-client';
import { CosmosDeliveryStore } from '../../../bot/src/storage/cosmos-delivery-store';
import {
  startConnectorStandIn,
  type ConnectorStandIn,
  type StandInOptions,
} from '../../support/connector-stand-in';

export const logger = createLogger({ level: process.env.LOG_LEVEL ?? 'silent' });

export interface DeliveryHarness {
  storage: CosmosStorage;
  store: DeliveryStore;
  connector: ConnectorStandIn;
  dispatcher(options?: Partial<DispatcherOptions>): Dispatcher;
  /** Stores a personal conversation for each user id (as an install would). */
  install(tenantId: string, userIds: string[]): Promise<void>;
  close(): Promise<void>;
}

/** A real embedded Cosmos server, the real CloudAdapter (anonymous) and the connector stand-in. */
export async function startDeliveryHarness(standIn: StandInOptions = {}): Promise<DeliveryHarness> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ambassadors-delivery-'));
  const storage = await createCosmosStorage({ mode: 'embedded', databaseId: 'delivery-test', dataDir });
  const store = new CosmosDeliveryStore(storage.containers.delivery);
  const connector = await startConnectorStandIn(standIn);
  const adapter = createCloudAdapter(loadAppConfig({}));
  const dispatchers: Dispatcher[] = [];
  return {
    storage,
    store,
    connector,
    dispatcher(options = {}) {
      const messaging = new BotFrameworkMessaging(adapter, '', {
        timeoutMs: options.leaseMs ? options.leaseMs - 500 : 2000,
      });
      const d = new Dispatcher({
        store,
        messaging,
        clock: systemClock,
        logger,
        render: createOutboxCardRenderer(() => 'https://example.test/tab/'),
        pollMs: 50,
        leaseMs: 3000,
        backoff: { initialMs: 50, maxMs: 200 },
        ...options,
      });
      dispatchers.push(d);
      return d;
    },
    async install(tenantId, userIds) {
      const now = new Date().toISOString();
      const queue = [...userIds];
      const worker = async () => {
        for (let userId = queue.shift(); userId; userId = queue.shift()) {
          const conversationId = `a:conv-${userId}`;
          await store.upsertConversation({
            id: conversationId,
            type: 'conversation',
            tenantId,
            conversationId,
            userId,
            scope: 'personal',
            serviceUrl: connector.serviceUrl,
            reference: {
              channelId: 'msteams',
              serviceUrl: connector.serviceUrl,
              conversation: { id: conversationId, tenantId, conversationType: 'personal' },
              bot: { id: '28:ambassadors-bot', name: 'Ambassadors' },
              user: { id: `29:${userId}`, aadObjectId: userId },
            },
            installedAt: now,
            updatedAt: now,
          });
        }
      };
      await Promise.all(Array.from({ length: 16 }, worker));
    },
    async close() {
      for (const d of dispatchers) await d.stop();
      await connector.close();
      await storage.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** A meeting reminder to `userIds` (any time of day: no working-hours window). */
export function meetingReminder(
  tenantId: string,
  programmeId: string,
  userIds: string[],
  id = 'meeting-1',
): Reminder {
  const now = Date.now();
  return {
    id: `${programmeId}:meeting:${id}:occ`,
    kind: 'meeting',
    tenantId,
    programmeId,
    dueAt: new Date(now - 1000).toISOString(),
    recipients: userIds.map((userId) => ({ userId, displayName: `Person ${userId}` })),
    subject: { type: 'meeting', id },
    locale: 'da',
    data: {
      meetingId: id,
      meetingKind: 'regular',
      startsAt: new Date(now + 86_400_000).toISOString(),
      durationMinutes: 60,
      joinUrl: 'https://teams.example.test/join/1',
      agenda: ['progress', 'challenges', 'successes', 'keyMessage'],
      keyMessage: 'Vi bygger fællesskabet sammen',
    },
  };
}

export async function enqueueReminder(store: DeliveryStore, reminder: Reminder) {
  return store.enqueue(outboxRecordsFor(reminder, null, new Date()));
}

export const people = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => `${prefix}-${String(i).padStart(4, '0')}`);

export { waitFor } from '../../support/wait-for';

/** Installs the app for each person through the bot endpoint (the install activity Teams sends). */
export async function installPeople(
  baseUrl: string,
  serviceUrl: string,
  tenantId: string,
  persons: ReadonlyArray<{ userId: string; displayName: string }>,
): Promise<void> {
  for (const person of persons) {
    const response = await fetch(`${baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'installationUpdate',
        action: 'add',
        id: `install-${person.userId}`,
        serviceUrl,
        channelId: 'msteams',
        from: { id: `29:${person.userId}`, aadObjectId: person.userId, name: person.displayName },
        recipient: { id: '28:bot', name: 'Ambassadors' },
        conversation: { id: `a:${person.userId}`, conversationType: 'personal', tenantId },
        locale: 'da-DK',
      }),
    });
    if (response.status !== 200) throw new Error(`install of ${person.userId} answered ${response.status}`);
  }
}
