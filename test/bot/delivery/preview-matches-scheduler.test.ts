import {
  DEMO_PEOPLE,
  DEMO_PROGRAMME_ID,
  HOUR_MS,
  LOCAL_TENANT_ID,
  fixedClock,
  localDateOf,
  type OutboxRecord,
  type ReminderPreview,
} from '@ambassadors/shared';
import { createOutboxCardRenderer } from '../../../bot/src/cards/outbox-card';
import { Dispatcher } from '../../../bot/src/delivery/dispatcher';
import { ReminderScheduler } from '../../../bot/src/delivery/reminder-scheduler';
import { startConnectorStandIn, type ConnectorStandIn } from '../../support/connector-stand-in';
import { api, startTestServer, type TestServer } from '../../support/start-test-server';
import { installPeople, logger, waitFor } from './delivery-harness';

describe('the reminders preview is what the scheduler then sends', () => {
  // A Wednesday at 10:00 in Copenhagen.
  const START = '2026-11-25T09:00:00.000Z';
  const clock = fixedClock(START);
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

  it('two weeks of hourly scheduler ticks send the previewed cards: same kind, recipient and day', async () => {
    const bot = server.deps.bot!;
    await installPeople(server.baseUrl, connector.serviceUrl, LOCAL_TENANT_ID, Object.values(DEMO_PEOPLE));
    connector.reset();

    const response = await api(server.baseUrl, `/api/v1/programmes/${DEMO_PROGRAMME_ID}/reminders/preview`);
    expect(response.status).toBe(200);
    const preview = response.body as ReminderPreview;
    const tz = preview.timeZone;
    const expected = preview.items
      .flatMap((i) => i.recipients.map((r) => `${i.localDate} ${i.kind} ${r.userId}`))
      .sort();
    expect(expected.length).toBeGreaterThan(3);

    const scheduler = new ReminderScheduler({
      programmeStore: server.store,
      deliveryStore: bot.deliveryStore,
      clock,
      logger,
    });
    const dispatcher = new Dispatcher({
      store: bot.deliveryStore,
      messaging: bot.messaging,
      clock,
      logger,
      render: createOutboxCardRenderer(bot.tabUrl),
      programmes: server.store,
      pollMs: 20,
    });
    dispatcher.start();
    const outbox = () => bot.deliveryStore.listOutbox(LOCAL_TENANT_ID, DEMO_PROGRAMME_ID);
    const dueNow = (records: OutboxRecord[]) =>
      records.filter(
        (r) =>
          r.status === 'sending' ||
          (['queued', 'deferred'].includes(r.status) && Date.parse(r.nextAttemptAt) <= clock.now().getTime()),
      );
    try {
      for (let t = Date.parse(START); t < Date.parse(preview.to); t += HOUR_MS) {
        clock.set(new Date(t));
        await scheduler.tick();
        if (dueNow(await outbox()).length === 0) continue;
        dispatcher.poke();
        await waitFor(async () => dueNow(await outbox()).length === 0, 20_000);
      }
    } finally {
      await dispatcher.stop();
    }

    const delivered = (await outbox()).filter((r) => r.status === 'delivered');
    expect(connector.delivered()).toHaveLength(delivered.length);
    // What reached the connector, per activity: the record it was sent for gives kind and person.
    const byConversation = new Map<string, OutboxRecord[]>();
    for (const r of delivered)
      byConversation.set(r.conversationId!, [...(byConversation.get(r.conversationId!) ?? []), r]);
    const sent = delivered
      .map((r) => `${localDateOf(new Date(r.lastAttemptAt!), tz)} ${r.kind} ${r.recipient.userId}`)
      .sort();
    for (const activity of connector.delivered())
      expect(byConversation.has(activity.conversationId)).toBe(true);
    expect(sent).toEqual(expected);
  });
});
