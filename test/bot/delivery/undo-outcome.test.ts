import {
  DEFAULT_APPLICANT_MESSAGES,
  DEMO_PEOPLE,
  DEMO_PROGRAMME_ID,
  LOCAL_TENANT_ID,
  UNDO_WINDOW_MS,
  fixedClock,
  type OutboxRecord,
} from '@ambassadors/shared';
import { createOutboxCardRenderer } from '../../../bot/src/cards/outbox-card';
import { Dispatcher } from '../../../bot/src/delivery/dispatcher';
import { ReminderScheduler } from '../../../bot/src/delivery/reminder-scheduler';
import { startConnectorStandIn, type ConnectorStandIn } from '../../support/connector-stand-in';
import { api, startTestServer, type TestServer } from '../../support/start-test-server';
import { logger, waitFor } from './delivery-harness';

/**
 * A decision undone inside its window never reaches the applicant: the scheduler plans the
 * outcome card only once the window has passed, and by then the undone decision is gone. A
 * decision that stands is told, through the same path, once the window is over.
 */
describe('the outcome card and undo, through the scheduler and the connector stand-in', () => {
  // A Wednesday at 10:00 in Copenhagen: inside the demo programme's working hours.
  const clock = fixedClock('2026-11-25T09:00:00.000Z');
  const sofie = DEMO_PEOPLE.employee;
  const P = `/api/v1/programmes/${DEMO_PROGRAMME_ID}`;
  let server: TestServer;
  let connector: ConnectorStandIn;

  beforeAll(async () => {
    connector = await startConnectorStandIn();
    server = await startTestServer({ clock, env: { REMINDERS: 'off' } });
  });
  afterAll(async () => {
    await server?.close();
    await connector?.close();
  });

  const as = (userId: string, pathname: string, body?: unknown) =>
    api(server.baseUrl, pathname, {
      method: body === undefined ? 'GET' : 'POST',
      ...(body === undefined ? {} : { body }),
      headers: { 'x-local-user': userId },
    });

  /** One scheduler tick at the clock's time, then every queued card sent. */
  async function tickAndSend(): Promise<void> {
    const bot = server.deps.bot!;
    await server.store.setNextCheck(LOCAL_TENANT_ID, DEMO_PROGRAMME_ID, clock.now());
    await new ReminderScheduler({
      programmeStore: server.store,
      deliveryStore: bot.deliveryStore,
      clock,
      logger,
    }).tick();
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
  }

  const outcomeCardsToSofie = () =>
    connector
      .delivered()
      .filter((m) => m.conversationId === `a:${sofie.userId}`)
      .filter((m) => JSON.stringify(m.body).includes(DEFAULT_APPLICANT_MESSAGES.declined.da.slice(0, 40)));

  it('an undone decline sends no outcome card; a decline that stands is told once the window has passed', async () => {
    const installed = await fetch(`${server.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'installationUpdate',
        action: 'add',
        id: 'install-sofie',
        serviceUrl: connector.serviceUrl,
        channelId: 'msteams',
        from: { id: `29:${sofie.userId}`, aadObjectId: sofie.userId, name: sofie.displayName },
        recipient: { id: '28:bot', name: 'Ambassadors' },
        conversation: { id: `a:${sofie.userId}`, conversationType: 'personal', tenantId: LOCAL_TENANT_ID },
        locale: 'da-DK',
      }),
    });
    expect(installed.status).toBe(200);

    const applied = await as(sofie.userId, `${P}/applications`, {
      motivation: 'Jeg vil gerne hjælpe kollegerne med at tale sammen på tværs af vagterne.',
    });
    expect(applied.status).toBe(201);
    const appId = applied.body.myApplication.id as string;
    const decline = () =>
      as(DEMO_PEOPLE.leader.userId, `${P}/applications/${appId}/decision`, {
        outcome: 'declined',
        reason: 'Not this round',
      });

    expect((await decline()).status).toBe(200);
    clock.advance(60_000);
    await tickAndSend();
    clock.advance(60_000);
    const undone = await as(DEMO_PEOPLE.leader.userId, `${P}/undo`, {
      act: 'decision',
      applicationId: appId,
    });
    expect(undone.status).toBe(200);
    clock.advance(UNDO_WINDOW_MS);
    await tickAndSend();
    expect(outcomeCardsToSofie()).toHaveLength(0);

    expect((await decline()).status).toBe(200);
    clock.advance(UNDO_WINDOW_MS + 60_000);
    await tickAndSend();
    expect(outcomeCardsToSofie()).toHaveLength(1);
  });
});
