import {
  DEMO_PEOPLE,
  DEMO_PROGRAMME_ID,
  LOCAL_TENANT_ID,
  fixedClock,
  type OutboxRecord,
} from '@ambassadors/shared';
import { createOutboxCardRenderer } from '../../../bot/src/cards/outbox-card';
import { Dispatcher } from '../../../bot/src/delivery/dispatcher';
import { ReminderScheduler } from '../../../bot/src/delivery/reminder-scheduler';
import { startConnectorStandIn, type ConnectorStandIn } from '../../support/connector-stand-in';
import { api, startTestServer, type TestServer } from '../../support/start-test-server';
import { logger, waitFor } from './delivery-harness';

describe('scheduler → outbox → dispatcher → report, on the demo programme', () => {
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

  const post = (activity: Record<string, unknown>) =>
    fetch(`${server.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });

  const install = (person: { userId: string; displayName: string }) =>
    post({
      type: 'installationUpdate',
      action: 'add',
      id: `install-${person.userId}`,
      serviceUrl: connector.serviceUrl,
      channelId: 'msteams',
      from: { id: `29:${person.userId}`, aadObjectId: person.userId, name: person.displayName },
      recipient: { id: '28:bot', name: 'Ambassadors' },
      conversation: { id: `a:${person.userId}`, conversationType: 'personal', tenantId: LOCAL_TENANT_ID },
      locale: 'da-DK',
    });

  it('plans due reminders into the outbox once, sends them, and reports counts that add up', async () => {
    const bot = server.deps.bot!;
    // Everyone but the employee has the app.
    for (const person of [
      DEMO_PEOPLE.leader,
      DEMO_PEOPLE.activeAmbassador,
      DEMO_PEOPLE.candidateAmbassador,
      DEMO_PEOPLE.endingAmbassador,
    ]) {
      expect((await install(person)).status).toBe(200);
    }
    connector.reset();

    const scheduler = new ReminderScheduler({
      programmeStore: server.store,
      deliveryStore: bot.deliveryStore,
      clock,
      logger,
    });
    const first = await scheduler.tick();
    expect(first.programmes).toBe(1);
    expect(first.created).toBeGreaterThan(0);
    // Planning again (another tick, another instance) queues nothing twice.
    await server.store.setNextCheck(LOCAL_TENANT_ID, DEMO_PROGRAMME_ID, clock.now());
    const again = await scheduler.tick();
    expect(again.created).toBe(0);
    expect(await bot.deliveryStore.listOutbox(LOCAL_TENANT_ID, DEMO_PROGRAMME_ID)).toHaveLength(
      first.created,
    );

    const dispatcher = new Dispatcher({
      store: bot.deliveryStore,
      messaging: bot.messaging,
      clock,
      logger,
      render: createOutboxCardRenderer(bot.tabUrl),
      pollMs: 50,
    });
    dispatcher.start();
    const settled = (records: OutboxRecord[]) =>
      records.every((r) => !['queued', 'sending'].includes(r.status));
    await waitFor(
      async () => settled(await bot.deliveryStore.listOutbox(LOCAL_TENANT_ID, DEMO_PROGRAMME_ID)),
      20_000,
    );
    await dispatcher.stop();

    const outbox = await bot.deliveryStore.listOutbox(LOCAL_TENANT_ID, DEMO_PROGRAMME_ID);
    const delivered = outbox.filter((r) => r.status === 'delivered');
    expect(delivered.length).toBeGreaterThan(0);
    expect(connector.delivered()).toHaveLength(delivered.length);
    for (const r of outbox.filter((o) => o.recipient.userId === DEMO_PEOPLE.employee.userId)) {
      expect(r.status).toBe('unreachable');
    }

    // Every card's "open" link leads to the tab at the step its reminder is about.
    const openLinks = connector
      .delivered()
      .flatMap(
        (message) => (message.body.attachments as Array<{ content: any }>)[0]!.content.actions as any[],
      )
      .filter((a) => a.type === 'Action.OpenUrl' && String(a.url).includes('/tab/'))
      .map((a) => new URL(a.url));
    expect(openLinks.length).toBeGreaterThan(0);
    for (const link of openLinks) expect(link.searchParams.get('programmeId')).toBe(DEMO_PROGRAMME_ID);
    expect(openLinks.some((link) => link.searchParams.get('step') !== null)).toBe(true);

    // Act on one delivered card: the report counts it as acted on.
    const sent = connector.delivered()[0]!;
    const card = (sent.body.attachments as Array<{ content: any }>)[0]!.content;
    const record = delivered.find((r) => r.conversationId === sent.conversationId)!;
    const action = (card.actions as any[]).find((a) => a.type === 'Action.Execute');
    expect(action).toBeDefined();
    const invoke = await post({
      type: 'invoke',
      name: 'adaptiveCard/action',
      id: 'invoke-1',
      serviceUrl: connector.serviceUrl,
      channelId: 'msteams',
      from: {
        id: `29:${record.recipient.userId}`,
        aadObjectId: record.recipient.userId,
        name: record.recipient.displayName,
      },
      recipient: { id: '28:bot' },
      conversation: { id: sent.conversationId, conversationType: 'personal', tenantId: LOCAL_TENANT_ID },
      locale: 'en-US',
      value: {
        action: {
          type: 'Action.Execute',
          verb: action.verb,
          data: { ...action.data, motivation: 'I care', alignment: '4', changeCourse: 'no' },
        },
      },
    });
    expect(invoke.status).toBe(200);

    const report = await api(server.baseUrl, `/api/v1/programmes/${DEMO_PROGRAMME_ID}/reminders/report`);
    expect(report.status).toBe(200);
    const reminders = report.body.reminders as Array<Record<string, number> & { reminderId: string }>;
    expect(reminders.length).toBeGreaterThan(0);
    let total = 0;
    for (const r of reminders) {
      expect(r.delivered! + r.pending! + r.failed! + r.unreachable! + r.unknown!).toBe(r.targeted);
      expect(r.actedOn).toBeLessThanOrEqual(r.delivered!);
      total += r.targeted!;
    }
    expect(total).toBe(outbox.length);
    expect(reminders.find((r) => r.reminderId === record.reminderId)!.actedOn).toBe(1);
  });

  it('the report is for leaders only', async () => {
    const asEmployee = await api(server.baseUrl, `/api/v1/programmes/${DEMO_PROGRAMME_ID}/reminders/report`, {
      headers: { 'x-local-user': DEMO_PEOPLE.employee.userId },
    });
    expect(asEmployee.status).toBe(403);
    const missing = await api(server.baseUrl, `/api/v1/programmes/no-such-programme/reminders/report`);
    expect(missing.status).toBe(404);
  });
});
