import {
  DEMO_PEOPLE,
  DEMO_PROGRAMME_ID,
  LOCAL_TENANT_ID,
  fixedClock,
  type OutboxRecord,
} from '@ambassadors/shared';
import { startDelivery } from '../../../bot/src/delivery/delivery-runtime';
import { ReminderScheduler } from '../../../bot/src/delivery/reminder-scheduler';
import { startConnectorStandIn, type ConnectorStandIn } from '../../support/connector-stand-in';
import { api, startTestServer, type TestServer } from '../../support/start-test-server';
import { installPeople, logger, waitFor } from './delivery-harness';

describe('a closed programme sends nothing, even what was queued before it closed', () => {
  // A Wednesday at 10:00 in Copenhagen: inside the demo programme's working hours.
  const clock = fixedClock('2026-11-25T09:00:00.000Z');
  let server: TestServer;
  let connector: ConnectorStandIn;

  beforeAll(async () => {
    connector = await startConnectorStandIn();
    server = await startTestServer({ clock, env: { REMINDERS: 'off' } });
  });
  afterAll(async () => {
    await server.close();
    await connector.close();
  });

  it('the dispatcher re-reads the programme and records queued cards as cancelled', async () => {
    const bot = server.deps.bot!;
    await installPeople(server.baseUrl, connector.serviceUrl, LOCAL_TENANT_ID, [
      DEMO_PEOPLE.leader,
      DEMO_PEOPLE.activeAmbassador,
      DEMO_PEOPLE.candidateAmbassador,
      DEMO_PEOPLE.endingAmbassador,
    ]);
    connector.reset();
    const scheduler = new ReminderScheduler({
      programmeStore: server.store,
      deliveryStore: bot.deliveryStore,
      clock,
      logger,
    });
    expect((await scheduler.tick()).created).toBeGreaterThan(0);
    const queued = await bot.deliveryStore.listOutbox(LOCAL_TENANT_ID, DEMO_PROGRAMME_ID);
    expect(queued.every((r) => r.status === 'queued')).toBe(true);

    const closed = await api(server.baseUrl, `/api/v1/programmes/${DEMO_PROGRAMME_ID}/close`, {
      method: 'POST',
    });
    expect(closed.status).toBe(200);

    // The delivery runtime as the app starts it: its dispatcher finds the queued cards.
    const delivery = startDelivery({
      bot,
      programmeStore: server.store,
      clock,
      logger,
      dispatcher: { pollMs: 50 },
      scheduler: { intervalMs: 60_000 },
    });
    const settled = (records: OutboxRecord[]) =>
      records.every((r) => !['queued', 'deferred', 'sending'].includes(r.status));
    try {
      await waitFor(
        async () => settled(await bot.deliveryStore.listOutbox(LOCAL_TENANT_ID, DEMO_PROGRAMME_ID)),
        20_000,
      );
    } finally {
      await delivery.stop();
    }
    const outbox = await bot.deliveryStore.listOutbox(LOCAL_TENANT_ID, DEMO_PROGRAMME_ID);
    expect(outbox).toHaveLength(queued.length);
    expect(outbox.map((r) => [r.status, r.reason])).toEqual(
      outbox.map(() => ['cancelled', 'cancelled: programme closed']),
    );
    expect(connector.delivered()).toEqual([]);

    // The delivery report counts them as cancelled, and the counts still add up.
    const report = await api(server.baseUrl, `/api/v1/programmes/${DEMO_PROGRAMME_ID}/reminders/report`);
    expect(report.status).toBe(200);
    for (const r of report.body.reminders) {
      expect(r.cancelled).toBe(r.targeted);
      expect(r.pending).toBe(0);
    }
  });
});
