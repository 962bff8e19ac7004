import type { OutboxRecord } from '@ambassadors/shared';
import {
  CosmosDeliveryStore,
  DELIVERY_RETENTION_DAYS,
  retentionTtlSeconds,
} from '../../../bot/src/storage/cosmos-delivery-store';
import { startStorage, type StorageKit } from './storage-test-kit';

const DAY = 24 * 60 * 60;
const TENANT = '11111111-1111-4111-8111-111111111111';

function outboxRecord(expiresAt: string): OutboxRecord {
  const at = new Date().toISOString();
  return {
    id: 'ob-retention-1',
    type: 'outbox',
    tenantId: TENANT,
    programmeId: 'p-1',
    reminderId: 'p-1:meeting:m-1:2026-12-01',
    kind: 'meeting',
    recipient: { userId: 'u-1', displayName: 'Jonas Berg' },
    locale: 'da',
    payload: { subject: { type: 'meeting', id: 'm-1' }, data: {} },
    dueAt: at,
    expiresAt,
    sendWindow: null,
    status: 'queued',
    attempts: 0,
    lastStatusCode: null,
    lastAttemptAt: null,
    reason: null,
    nextAttemptAt: at,
    leaseOwner: null,
    leaseUntil: new Date(0).toISOString(),
    activityId: null,
    conversationId: null,
    createdAt: at,
    updatedAt: at,
  };
}

describe('retention of delivery records (Cosmos TTL)', () => {
  let kit: StorageKit;
  let store: CosmosDeliveryStore;
  const raw = async (id: string) => (await kit.storage.containers.delivery.item(id, TENANT).read()).resource;

  beforeAll(async () => {
    kit = await startStorage();
    store = new CosmosDeliveryStore(kit.storage.containers.delivery);
  });
  afterAll(async () => kit.close());

  it('computes the TTL from when the record stops mattering, never below 1 s', () => {
    const now = new Date('2026-11-27T00:00:00Z');
    expect(retentionTtlSeconds('2026-11-27T00:00:00Z', now)).toBe(DELIVERY_RETENTION_DAYS * DAY);
    expect(retentionTtlSeconds('2026-12-07T00:00:00Z', now)).toBe((DELIVERY_RETENTION_DAYS + 10) * DAY);
    expect(retentionTtlSeconds('2020-01-01T00:00:00Z', now)).toBe(1);
  });

  it('writes a TTL on every outbox record, and keeps it when the record is replaced', async () => {
    const expiresAt = new Date(Date.now() + 3 * DAY * 1000).toISOString();
    await store.enqueue([outboxRecord(expiresAt)]);
    const created = await raw('ob-retention-1');
    const expected = (DELIVERY_RETENTION_DAYS + 3) * DAY;
    expect(created!.ttl).toBeGreaterThan(expected - 120);
    expect(created!.ttl).toBeLessThanOrEqual(expected);

    const current = (await store.getOutbox(TENANT, 'ob-retention-1'))!;
    const { etag, ...record } = current;
    const replaced = await store.replaceOutbox({ ...record, status: 'delivered', attempts: 1 }, etag);
    expect(replaced?.status).toBe('delivered');
    expect((await raw('ob-retention-1'))!.ttl).toBeGreaterThan(expected - 120);
  });

  it('writes a TTL on card-action records', async () => {
    await store.createAction({
      id: 'act-retention-1',
      type: 'cardAction',
      tenantId: TENANT,
      programmeId: 'p-1',
      reminderId: null,
      outboxId: null,
      userId: 'u-1',
      verb: 'training.complete',
      summary: {},
      recordedAt: new Date().toISOString(),
    });
    const doc = await raw('act-retention-1');
    expect(doc!.ttl).toBeGreaterThan(DELIVERY_RETENTION_DAYS * DAY - 120);
  });
});
