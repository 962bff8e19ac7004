import type { OutboxRecord } from '@ambassadors/shared';
import { reportOf } from '../../../bot/src/delivery/reminder-report';
import {
  enqueueReminder,
  meetingReminder,
  people,
  startDeliveryHarness,
  waitFor,
  type DeliveryHarness,
} from './delivery-harness';

const settled = (records: OutboxRecord[]) =>
  records.every((r) => ['delivered', 'failed', 'unreachable', 'unknown'].includes(r.status));

function duplicates(h: DeliveryHarness): string[] {
  const seen = new Map<string, number>();
  for (const r of h.connector.delivered()) seen.set(r.conversationId, (seen.get(r.conversationId) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
}

describe('the dispatcher against the connector stand-in (real Cosmos, real CloudAdapter)', () => {
  it('fans a reminder out to 150 recipients at the tenant limit: each once, no 429, report adds up', async () => {
    const h = await startDeliveryHarness();
    try {
      const users = people('fan', 150);
      await h.install('tenant-a', users);
      const reminder = meetingReminder('tenant-a', 'prog-a', users);
      expect(await enqueueReminder(h.store, reminder)).toEqual({ created: 150, existing: 0 });
      expect(await enqueueReminder(h.store, reminder)).toEqual({ created: 0, existing: 150 });
      const d = h.dispatcher({ concurrency: 8 });
      d.start();
      await h.connector.waitForDelivered(150, 30_000);
      await waitFor(
        async () => settled(await h.store.listOutbox('tenant-a', 'prog-a')),
        10_000,
        'records settled',
      );
      expect(duplicates(h)).toEqual([]);
      // Sending at the limit rather than into it: hardly any 429s (exactly 0 in the bench, where
      // the stand-in runs in another process; here everything shares one event loop).
      expect(h.connector.throttled()).toBeLessThanOrEqual(5);
      const card = h.connector.delivered()[0]!.body.attachments as Array<{ content: { version: string } }>;
      expect(card[0]!.content.version).toBe('1.5');
      const [report] = reportOf(await h.store.listOutbox('tenant-a', 'prog-a'), []);
      expect(report).toMatchObject({
        targeted: 150,
        delivered: 150,
        failed: 0,
        unreachable: 0,
        unknown: 0,
        pending: 0,
      });
    } finally {
      await h.close();
    }
  });

  it('on 429 honours Retry-After and pauses the whole tenant; everything still arrives once', async () => {
    // The stand-in allows fewer than the dispatcher thinks: 429s are bound to happen.
    const h = await startDeliveryHarness({
      tenantLimits: [{ limit: 10, windowMs: 1000 }],
      retryAfterSeconds: 1,
    });
    try {
      const users = people('thr', 40);
      await h.install('tenant-t', users);
      await enqueueReminder(h.store, meetingReminder('tenant-t', 'prog-t', users));
      const concurrency = 4;
      const d = h.dispatcher({ concurrency });
      d.start();
      await h.connector.waitForDelivered(40, 30_000);
      await waitFor(
        async () => settled(await h.store.listOutbox('tenant-t', 'prog-t')),
        10_000,
        'records settled',
      );
      expect(duplicates(h)).toEqual([]);
      expect(d.stats.throttled).toBeGreaterThan(0);
      // After each 429 the tenant is paused: apart from requests already in flight, nothing of
      // this tenant arrives within the Retry-After second.
      const requests = h.connector.requests;
      for (const throttled of requests.filter((r) => r.status === 429)) {
        const during = requests.filter((r) => r.at > throttled.at && r.at < throttled.at + 950);
        expect(during.length).toBeLessThanOrEqual(concurrency);
      }
    } finally {
      await h.close();
    }
  });

  it('retries 412/502/503/504 with backoff, marks 403/404 unreachable, never repeats a timed-out send', async () => {
    const h = await startDeliveryHarness();
    try {
      const users = people('f', 8);
      await h.install('tenant-f', users);
      const conv = (u: string) => `a:conv-${u}`;
      h.connector.inject({ conversationId: conv(users[0]!), status: 503, times: 2 });
      h.connector.inject({ conversationId: conv(users[1]!), status: 502, times: 1 });
      h.connector.inject({ conversationId: conv(users[2]!), status: 412, times: 1 });
      h.connector.inject({ conversationId: conv(users[3]!), status: 504, times: 1 });
      h.connector.inject({ conversationId: conv(users[4]!), status: 403 });
      h.connector.inject({ conversationId: conv(users[5]!), status: 404 });
      h.connector.inject({ conversationId: conv(users[6]!), hang: true });
      h.connector.inject({ conversationId: conv(users[7]!), delayMs: 300 });
      await enqueueReminder(h.store, meetingReminder('tenant-f', 'prog-f', users));
      const d = h.dispatcher({ leaseMs: 2000, maxAttempts: 4 });
      d.start();
      await waitFor(
        async () => settled(await h.store.listOutbox('tenant-f', 'prog-f')),
        20_000,
        'records settled',
      );
      const byUser = new Map(
        (await h.store.listOutbox('tenant-f', 'prog-f')).map((r) => [r.recipient.userId, r]),
      );
      expect(byUser.get(users[0]!)).toMatchObject({ status: 'delivered', attempts: 3 });
      for (const u of [users[1]!, users[2]!, users[3]!])
        expect(byUser.get(u)).toMatchObject({ status: 'delivered', attempts: 2 });
      expect(byUser.get(users[4]!)).toMatchObject({
        status: 'unreachable',
        lastStatusCode: 403,
        attempts: 1,
      });
      expect(byUser.get(users[5]!)).toMatchObject({
        status: 'unreachable',
        lastStatusCode: 404,
        attempts: 1,
      });
      expect(byUser.get(users[6]!)).toMatchObject({ status: 'unknown', attempts: 1 });
      expect(byUser.get(users[7]!)).toMatchObject({ status: 'delivered', attempts: 1 });
      const asked = (u: string) => h.connector.requests.filter((r) => r.conversationId === conv(u)).length;
      expect(asked(users[4]!)).toBe(1);
      expect(asked(users[5]!)).toBe(1);
      // The timed-out send is not repeated, even after its lease ran out.
      await new Promise((resolve) => setTimeout(resolve, 2500));
      expect(asked(users[6]!)).toBe(1);
      const [report] = reportOf([...byUser.values()], []);
      expect(report).toMatchObject({
        targeted: 8,
        delivered: 5,
        unreachable: 2,
        unknown: 1,
        failed: 0,
        pending: 0,
      });
      expect(
        report!.delivered + report!.unreachable + report!.unknown + report!.failed + report!.pending,
      ).toBe(report!.targeted);
    } finally {
      await h.close();
    }
  });

  it('gives up after the bound of attempts: 503 forever → failed, counted in the report', async () => {
    const h = await startDeliveryHarness();
    try {
      const [u] = people('g', 1);
      await h.install('tenant-g', [u!]);
      h.connector.inject({ conversationId: `a:conv-${u}`, status: 503 });
      await enqueueReminder(h.store, meetingReminder('tenant-g', 'prog-g', [u!]));
      h.dispatcher({ maxAttempts: 3 }).start();
      await waitFor(
        async () => settled(await h.store.listOutbox('tenant-g', 'prog-g')),
        20_000,
        'records settled',
      );
      const [record] = await h.store.listOutbox('tenant-g', 'prog-g');
      expect(record).toMatchObject({ status: 'failed', attempts: 3, lastStatusCode: 503 });
      expect(h.connector.requests).toHaveLength(3);
    } finally {
      await h.close();
    }
  });

  it('defers paused users and recipients outside working hours; users without the app are unreachable', async () => {
    const h = await startDeliveryHarness();
    try {
      const users = people('p', 3);
      await h.install('tenant-p', users.slice(0, 2));
      const now = new Date().toISOString();
      await h.store.setPreference({
        id: 'x',
        type: 'preference',
        tenantId: 'tenant-p',
        userId: users[0]!,
        paused: true,
        locale: null,
        updatedAt: now,
      });
      const reminder = meetingReminder('tenant-p', 'prog-p', users);
      const { outboxRecordsFor } = await import('../../../bot/src/delivery/outbox-records');
      const records = outboxRecordsFor(reminder, null, new Date());
      // users[1]: a programme whose working day is never today (a day that is not this weekday).
      const weekday = ((new Date().getUTCDay() + 6) % 7) + 1;
      const otherDay = (weekday % 7) + 1;
      records[1] = {
        ...records[1]!,
        sendWindow: { timeZone: 'UTC', start: '00:00', end: '23:59', days: [otherDay] },
      };
      await h.store.enqueue(records);
      h.dispatcher().start();
      await waitFor(
        async () => (await h.store.listOutbox('tenant-p', 'prog-p')).every((r) => r.status !== 'queued'),
        10_000,
        'records looked at',
      );
      const byUser = new Map(
        (await h.store.listOutbox('tenant-p', 'prog-p')).map((r) => [r.recipient.userId, r]),
      );
      expect(byUser.get(users[0]!)).toMatchObject({ status: 'deferred', reason: 'paused by the recipient' });
      expect(byUser.get(users[1]!)).toMatchObject({ status: 'deferred', reason: 'outside working hours' });
      expect(new Date(byUser.get(users[1]!)!.nextAttemptAt).getUTCDay()).toBe(otherDay % 7);
      expect(byUser.get(users[2]!)).toMatchObject({ status: 'unreachable' });
      expect(h.connector.requests).toHaveLength(0);
      const [report] = reportOf([...byUser.values()], []);
      expect(report).toMatchObject({ targeted: 3, pending: 2, deferred: 2, unreachable: 1 });
    } finally {
      await h.close();
    }
  });

  it('two instances on one outbox: every record is sent by exactly one of them', async () => {
    const h = await startDeliveryHarness();
    try {
      const users = people('two', 200);
      await h.install('tenant-2', users);
      await enqueueReminder(h.store, meetingReminder('tenant-2', 'prog-2', users));
      const a = h.dispatcher({ batchSize: 40 });
      const b = h.dispatcher({ batchSize: 40 });
      a.start();
      b.start();
      await h.connector.waitForDelivered(200, 60_000);
      await waitFor(
        async () => settled(await h.store.listOutbox('tenant-2', 'prog-2')),
        10_000,
        'records settled',
      );
      expect(duplicates(h)).toEqual([]);
      expect(h.connector.delivered()).toHaveLength(200);
      expect(a.stats.sent).toBeGreaterThan(0);
      expect(b.stats.sent).toBeGreaterThan(0);
      expect(a.stats.delivered + b.stats.delivered).toBe(200);
    } finally {
      await h.close();
    }
  });
});
