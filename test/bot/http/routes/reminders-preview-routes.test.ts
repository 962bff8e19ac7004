import { DEMO_PEOPLE, DEMO_PROGRAMME_ID, LOCAL_TENANT_ID, fixedClock } from '@ambassadors/shared';
import { ReminderScheduler } from '../../../../bot/src/delivery/reminder-scheduler';
import { api, startTestServer, type TestServer } from '../../../support/start-test-server';
import { logger } from '../../delivery/delivery-harness';

describe('GET …/reminders/preview', () => {
  // A Wednesday at 10:00 in Copenhagen.
  const clock = fixedClock('2026-11-25T09:00:00.000Z');
  let server: TestServer;
  const preview = (programmeId: string, userId?: string) =>
    api(server.baseUrl, `/api/v1/programmes/${programmeId}/reminders/preview`, {
      headers: userId ? { 'x-local-user': userId } : {},
    });

  beforeAll(async () => {
    server = await startTestServer({ clock, env: { REMINDERS: 'off' } });
  });
  afterAll(() => server.close());

  it('shows leaders the coming two weeks: kind, recipients by name, local time in the programme zone', async () => {
    const response = await preview(DEMO_PROGRAMME_ID);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      timeZone: 'Europe/Copenhagen',
      from: '2026-11-25T09:00:00.000Z',
      to: '2026-12-09T09:00:00.000Z',
      explanation: null,
    });
    const items = response.body.items as Array<Record<string, any>>;
    expect(items.map((i) => i.kind)).toEqual(expect.arrayContaining(['meeting', 'leaderDigest']));
    const digest = items.find((i) => i.kind === 'leaderDigest')!;
    expect(digest.recipients).toEqual([DEMO_PEOPLE.leader]);
    expect(digest).toMatchObject({ localDate: '2026-11-25', localTime: '10:00' });
  });

  it('is for leaders only: ambassadors and employees get 403, an unknown programme 404', async () => {
    for (const person of [DEMO_PEOPLE.employee, DEMO_PEOPLE.activeAmbassador]) {
      const response = await preview(DEMO_PROGRAMME_ID, person.userId);
      expect({ status: response.status, code: response.body.code }).toEqual({
        status: 403,
        code: 'FORBIDDEN',
      });
    }
    expect((await preview('no-such-programme')).status).toBe(404);
  });

  it('a programme with nothing to remind anyone of: an empty list that says so', async () => {
    const created = await api(server.baseUrl, '/api/v1/programmes', {
      method: 'POST',
      body: { name: 'Quiet programme', locale: 'en' },
    });
    expect(created.status).toBe(201);
    const response = await preview(created.body.id);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ items: [], explanation: 'nothingPlanned' });
  });

  it('leaves out what the scheduler already queued', async () => {
    const before = (await preview(DEMO_PROGRAMME_ID)).body.items as Array<{ at: string }>;
    const now = clock.now().toISOString();
    expect(before.some((i) => i.at === now)).toBe(true);
    const scheduler = new ReminderScheduler({
      programmeStore: server.store,
      deliveryStore: server.deps.bot!.deliveryStore,
      clock,
      logger,
    });
    expect((await scheduler.tick()).created).toBeGreaterThan(0);
    const after = (await preview(DEMO_PROGRAMME_ID)).body.items as Array<{ at: string }>;
    expect(after.some((i) => i.at === now)).toBe(false);
    expect(after.length).toBeGreaterThan(0);
  });
});

describe('POST …/reminders/resend', () => {
  const clock = fixedClock('2026-11-25T09:00:00.000Z');
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ clock, env: { REMINDERS: 'off' } });
  });
  afterAll(() => server.close());

  it("queues an 'unknown' recipient again once: a second click sends nothing twice; the send window stays", async () => {
    const bot = server.deps.bot!;
    const scheduler = new ReminderScheduler({
      programmeStore: server.store,
      deliveryStore: bot.deliveryStore,
      clock,
      logger,
    });
    await scheduler.tick();
    const [record] = await bot.deliveryStore.listOutbox(LOCAL_TENANT_ID, DEMO_PROGRAMME_ID);
    const { etag, ...plain } = (await bot.deliveryStore.getOutbox(LOCAL_TENANT_ID, record!.id))!;
    await bot.deliveryStore.replaceOutbox(
      { ...plain, status: 'unknown', lastAttemptAt: plain.createdAt },
      etag,
    );

    const report = await api(server.baseUrl, `/api/v1/programmes/${DEMO_PROGRAMME_ID}/reminders/report`);
    const row = (report.body.reminders as Array<any>).find((r) => r.reminderId === record!.reminderId);
    expect(row.unknownRecipients).toEqual([
      { outboxId: record!.id, userId: record!.recipient.userId, displayName: record!.recipient.displayName },
    ]);

    const resend = () =>
      api(server.baseUrl, `/api/v1/programmes/${DEMO_PROGRAMME_ID}/reminders/resend`, {
        method: 'POST',
        body: { outboxIds: [record!.id] },
      });
    expect((await resend()).body).toEqual({ requeued: 1 });
    expect((await resend()).body).toEqual({ requeued: 0 });
    const requeued = (await bot.deliveryStore.getOutbox(LOCAL_TENANT_ID, record!.id))!;
    expect(requeued.status).toBe('queued');
    expect(requeued.sendWindow).toEqual(record!.sendWindow);
    expect(requeued.sendWindow).not.toBeNull();

    const asEmployee = await api(server.baseUrl, `/api/v1/programmes/${DEMO_PROGRAMME_ID}/reminders/resend`, {
      method: 'POST',
      body: { outboxIds: [record!.id] },
      headers: { 'x-local-user': DEMO_PEOPLE.employee.userId },
    });
    expect(asEmployee.status).toBe(403);
  });
});
