import {
  DEMO_PROGRAMME_ID,
  LOCAL_TENANT_ID,
  describeNextAction,
  fixedClock,
  nextActionSchema,
  type NextAction,
} from '@ambassadors/shared';
import { ReminderScheduler } from '../../../bot/src/delivery/reminder-scheduler';
import { startTestServer, type TestServer } from '../../support/start-test-server';
import { logger } from './delivery-harness';

describe('the scheduler’s leaders’ digest', () => {
  // Monday 30 November 2026, 10:00 in Copenhagen: the demo's digest day, inside working hours.
  const clock = fixedClock('2026-11-30T09:00:00.000Z');
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ clock, env: { REMINDERS: 'off' } });
  });
  afterAll(async () => {
    await server.close();
  });

  it('queues the digest with the leaders’ next actions of the board, worded as the board words them', async () => {
    const bot = server.deps.bot!;
    const scheduler = new ReminderScheduler({
      programmeStore: server.store,
      deliveryStore: bot.deliveryStore,
      clock,
      logger,
    });
    await scheduler.tick();
    const digest = (await bot.deliveryStore.listOutbox(LOCAL_TENANT_ID, DEMO_PROGRAMME_ID)).find(
      (r) => r.kind === 'leaderDigest',
    );
    expect(digest).toBeDefined();
    const actions = ((digest!.payload.data as { nextActions?: unknown[] }).nextActions ?? []).map(
      (a) => nextActionSchema.parse(a) as NextAction,
    );
    const exit = actions.find((a) => a.kind === 'planExit');
    expect(exit?.params.name).toBe('Lars Mikkelsen');
    expect(describeNextAction(exit!, 'en', 'Europe/Copenhagen').text).toMatch(
      /^Lars Mikkelsen's term ends in \d+ days → plan the exit/,
    );
  });
});
