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

/**
 * "You said, we did" reaches the ambassador: one raises a situation openly over the API, a leader
 * answers it, and the scheduler's card (through the nudge cap) arrives at the Bot Connector
 * stand-in over real HTTP with the answer — to the one who raised it, not to the others.
 */
describe('the answer card', () => {
  // A Wednesday at 10:00 in Copenhagen: inside the demo programme's working hours.
  const clock = fixedClock('2026-11-25T09:00:00.000Z');
  let server: TestServer;
  let connector: ConnectorStandIn;
  const P = `/api/v1/programmes/${DEMO_PROGRAMME_ID}`;
  const as = (person: { userId: string }) => ({ 'x-local-user': person.userId });

  beforeAll(async () => {
    connector = await startConnectorStandIn();
    server = await startTestServer({ clock, env: { REMINDERS: 'off' } });
  });
  afterAll(async () => {
    await server.close();
    await connector.close();
  });

  const install = (person: { userId: string; displayName: string }) =>
    fetch(`${server.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'installationUpdate',
        action: 'add',
        id: `install-${person.userId}`,
        serviceUrl: connector.serviceUrl,
        channelId: 'msteams',
        from: { id: `29:${person.userId}`, aadObjectId: person.userId, name: person.displayName },
        recipient: { id: '28:bot', name: 'Ambassadors' },
        conversation: { id: `a:${person.userId}`, conversationType: 'personal', tenantId: LOCAL_TENANT_ID },
        locale: 'da-DK',
      }),
    });

  it('the ambassador who raised a situation gets the answer card', async () => {
    const jonas = DEMO_PEOPLE.activeAmbassador;
    for (const person of [jonas, DEMO_PEOPLE.endingAmbassador])
      expect((await install(person)).status).toBe(200);
    const raised = await api(server.baseUrl, `${P}/open-situations`, {
      method: 'POST',
      headers: as(jonas),
      body: {
        theme: 'Mødekultur',
        situation: 'Mandagsmøderne løber over, så dialogerne bliver skåret ned.',
        raisedAs: 'named',
      },
    });
    expect(raised.status).toBe(201);
    const situation = raised.body.openSituations.find((s: { theme: string }) => s.theme === 'Mødekultur');
    const answered = await api(server.baseUrl, `${P}/open-situations/${situation.id}/answer`, {
      method: 'POST',
      headers: as(DEMO_PEOPLE.leader),
      body: { outcome: 'changeCourse', explanation: 'Mandagsmøderne slutter kl. 10 fremover.' },
    });
    expect(answered.status).toBe(201);
    connector.reset();

    const bot = server.deps.bot!;
    await new ReminderScheduler({
      programmeStore: server.store,
      deliveryStore: bot.deliveryStore,
      clock,
      logger,
    }).tick();
    const outbox = await bot.deliveryStore.listOutbox(LOCAL_TENANT_ID, DEMO_PROGRAMME_ID);
    const forAnswer = outbox.filter(
      (r) =>
        r.kind === 'themeAnswered' &&
        r.payload.data &&
        (r.payload.data as { theme?: string }).theme === 'Mødekultur',
    );
    expect(forAnswer.map((r) => r.recipient.userId)).toEqual([jonas.userId]);

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

    const toJonas = connector.delivered().filter((m) => m.conversationId === `a:${jonas.userId}`);
    const cards = toJonas.map(
      (m) => (m.body.attachments as Array<{ content: Record<string, unknown> }>)[0]!.content,
    );
    const answerCard = cards.find((c) =>
      JSON.stringify(c).includes('Mandagsmøderne slutter kl. 10 fremover.'),
    );
    expect(answerCard).toBeDefined();
    expect(answerCard).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    const json = JSON.stringify(answerCard);
    expect(json).toContain('Ledelsen har svaret: Mødekultur');
    expect(json).toContain('Vi ændrer kurs.');
    expect(json).toContain('Svar på den situation, du rejste med dit navn.');
    expect(json).not.toMatch(/\$\{[^}]*\}/);
    // Nobody else is told about a named situation's answer.
    const toLars = connector
      .delivered()
      .filter((m) => m.conversationId === `a:${DEMO_PEOPLE.endingAmbassador.userId}`);
    expect(JSON.stringify(toLars)).not.toContain('Mandagsmøderne slutter kl. 10');
  });
});
