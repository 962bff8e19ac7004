import {
  DEMO_PEOPLE,
  DEMO_PROGRAMME_ID,
  LOCAL_TENANT_ID,
  addTrainingSession,
  fixedClock,
  trainingSessionInputSchema,
} from '@ambassadors/shared';
import { ReminderScheduler } from '../../../bot/src/delivery/reminder-scheduler';
import { startTestServer, type TestServer } from '../../support/start-test-server';
import { logger } from './delivery-harness';

describe('the scheduler’s training session reminder', () => {
  // Tuesday 1 December 2026, 10:05 in Copenhagen: a session tomorrow at 10:00 is announced now.
  const clock = fixedClock('2026-12-01T09:05:00.000Z');
  const ctx = { tenantId: LOCAL_TENANT_ID, user: DEMO_PEOPLE.leader };
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ clock, env: { REMINDERS: 'off' } });
  });
  afterAll(async () => {
    await server.close();
  });

  it('queues the day-before card for the invited ambassadors, with the place and the link to join', async () => {
    const board = (await server.store.loadBoard(ctx, DEMO_PROGRAMME_ID))!;
    const { etag, ...programme } = board.programme;
    const input = trainingSessionInputSchema.parse({
      title: 'Kick-off',
      date: '2026-12-02',
      time: '10:00',
      place: 'Room 1',
      onlineUrl: 'https://teams.example.test/l/meetup-join/3',
    });
    const withSession = addTrainingSession(programme, input, 'session-kickoff', new Date(clock.now()));
    await server.store.replaceProgramme(ctx, withSession, etag);

    const bot = server.deps.bot!;
    const scheduler = new ReminderScheduler({
      programmeStore: server.store,
      deliveryStore: bot.deliveryStore,
      clock,
      logger,
    });
    await scheduler.tick();
    const queued = (await bot.deliveryStore.listOutbox(LOCAL_TENANT_ID, DEMO_PROGRAMME_ID)).filter(
      (r) => r.kind === 'trainingSession',
    );
    expect(queued.length).toBeGreaterThan(0);
    const recipients = queued.map((r) => r.recipient.userId);
    expect(recipients).toContain(DEMO_PEOPLE.activeAmbassador.userId);
    expect(recipients).not.toContain(DEMO_PEOPLE.leader.userId);
    expect(queued[0]!.payload.data).toMatchObject({
      sessionId: 'session-kickoff',
      title: 'Kick-off',
      startsAt: '2026-12-02T09:00:00.000Z',
      place: 'Room 1',
      joinUrl: 'https://teams.example.test/l/meetup-join/3',
    });
  });
});
