import {
  DEMO_PEOPLE,
  DEMO_PROGRAMME_ID,
  LOCAL_TENANT_ID,
  ambassadorshipSchema,
  boardViewSchema,
  fixedClock,
  type BoardView,
} from '@ambassadors/shared';
import { ReminderScheduler } from '../../../../bot/src/delivery/reminder-scheduler';
import { createLogger } from '../../../../bot/src/runtime/logger';
import { api, startTestServer, type TestServer } from '../../../support/start-test-server';

/**
 * "Limit the period" over real HTTP on the demo programme (local mode), with the server's clock
 * moved forward: terms that cannot start in the past, a posting term within the settings that
 * becomes the default, terms that end by themselves on their end date (written by the
 * scheduler, read as ended by the board), and consecutive terms that count together until a
 * real break.
 */
describe('terms stay limited on every path (API)', () => {
  // A Wednesday, 10:00 in Copenhagen. Lars's demo term ends 21 days later, on 16 December.
  const clock = fixedClock('2026-11-25T09:00:00.000Z');
  const DAY = 24 * 60 * 60 * 1000;
  const P = `/api/v1/programmes/${DEMO_PROGRAMME_ID}`;
  const ctx = { tenantId: LOCAL_TENANT_ID, user: DEMO_PEOPLE.leader };
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ clock, env: { REMINDERS: 'off' } });
  });
  afterAll(async () => server?.close());

  const as =
    (userId: string) =>
    (pathname: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) =>
      api(server.baseUrl, pathname, {
        ...init,
        headers: { 'x-local-user': userId, 'accept-language': 'en', ...init.headers },
      });
  const leader = as(DEMO_PEOPLE.leader.userId);
  const board = async (): Promise<BoardView> =>
    boardViewSchema.parse((await leader(`${P}/board`)).body) as BoardView;
  const stored = async () => (await server.store.loadBoard(ctx, DEMO_PROGRAMME_ID))!;
  const lars = DEMO_PEOPLE.endingAmbassador;

  it('refuses a direct selection with a term in the past and leaves nothing', async () => {
    const before = (await stored()).ambassadorships.length;
    const person = { userId: 'past-person', displayName: 'Past Person' };
    const response = await leader(`${P}/ambassadors`, {
      method: 'POST',
      body: { person, reason: 'Invited', term: { start: '2025-01-01', end: '2025-06-30' } },
    });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('TERM_STARTS_IN_PAST');
    expect(response.body.message).toContain('cannot start before today (2026-11-25)');
    expect((await stored()).ambassadorships).toHaveLength(before);
  });

  it('shows a stuck candidacy from the past as ended with its date, and lets the person be selected again', async () => {
    const person = { userId: 'stuck-person', displayName: 'Stuck Person' };
    await server.store.createDocument(
      ctx,
      ambassadorshipSchema.parse({
        id: 'amb-stuck',
        tenantId: LOCAL_TENANT_ID,
        programmeId: DEMO_PROGRAMME_ID,
        type: 'ambassadorship',
        person,
        state: 'candidate',
        selection: {
          reason: 'Old',
          applicationId: null,
          by: DEMO_PEOPLE.leader,
          at: '2025-01-01T09:00:00.000Z',
        },
        term: { start: '2025-01-01', end: '2025-06-30' },
        agreement: {},
        exit: {},
        createdAt: '2025-01-01T09:00:00.000Z',
        updatedAt: '2025-01-01T09:00:00.000Z',
      }),
    );
    const former = (await board()).formerAmbassadors!.find((f) => f.id === 'amb-stuck')!;
    expect(former).toMatchObject({
      state: 'ended',
      endedOn: '2025-06-30',
      endedAt: '2025-06-30T22:00:00.000Z',
    });
    const again = await leader(`${P}/ambassadors`, {
      method: 'POST',
      body: { person, reason: 'Now with an agreement' },
    });
    expect(again.status).toBe(201);
    const records = (await stored()).ambassadorships.filter((a) => a.person.userId === person.userId);
    expect(records.map((a) => [a.state, a.endedAt])).toEqual(
      expect.arrayContaining([
        ['ended', '2025-06-30T22:00:00.000Z'],
        ['candidate', null],
      ]),
    );
  });

  it("bounds the posting's term by the settings and makes it the default term at selection", async () => {
    const view = await board();
    const { publishedAt: _published, ...posting } = view.posting.posting!;
    const put = (termMonths: number, etag: string) =>
      leader(`${P}/steps/posting`, {
        method: 'PUT',
        body: { posting: { ...posting, termMonths } },
        headers: { 'if-match': `"${etag}"` },
      });
    const tooLong = await put(36, view.programme.etag);
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.code).toBe('POSTING_TERM_OUT_OF_RANGE');
    expect(tooLong.body.message).toBe('The term in the posting must be between 6 and 18 months.');
    expect((await board()).posting.posting!.termMonths).toBe(12);
    const six = await put(6, view.programme.etag);
    expect(six.status).toBe(200);

    const applied = await as(DEMO_PEOPLE.employee.userId)(`${P}/applications`, {
      method: 'POST',
      body: { motivation: 'I want to help. – jeg vil gerne styrke vores arbejdsfællesskab' },
    });
    expect(applied.status).toBe(201);
    const app = (await board()).applications!.find(
      (a) => a.applicant.userId === DEMO_PEOPLE.employee.userId,
    )!;
    const selected = await leader(`${P}/applications/${app.id}/decision`, {
      method: 'POST',
      body: { outcome: 'selected', reason: 'Colleagues come to her with ideas.' },
    });
    expect(selected.status).toBe(200);
    const sofie = (selected.body as BoardView).ambassadors.find(
      (a) => a.person.userId === DEMO_PEOPLE.employee.userId,
    )!;
    expect(sofie.term).toEqual({ start: '2026-11-25', end: '2027-05-24' });
  });

  it('ends a term on its end date by itself: the scheduler records it, the board shows it ended with the date', async () => {
    clock.set('2026-12-17T09:00:00.000Z');
    const view = await board();
    expect(view.ambassadors.some((a) => a.person.userId === lars.userId)).toBe(false);
    expect(view.formerAmbassadors!.find((f) => f.person.userId === lars.userId)).toMatchObject({
      state: 'ended',
      endedOn: '2026-12-16',
      endedAt: '2026-12-16T23:00:00.000Z',
    });

    // Aisha's candidacy term began on 28 November without an accepted agreement: the tab's
    // default proposal moves it to start today, so a new version can still be agreed.
    const aisha = view.ambassadors.find((a) => a.id === 'amb-aisha')!;
    expect(aisha.term.start).toBe('2026-11-28');
    expect(aisha.proposalTerm).toEqual({ start: '2026-12-17', end: '2027-12-17' });

    const scheduler = new ReminderScheduler({
      programmeStore: server.store,
      deliveryStore: server.deps.bot!.deliveryStore,
      clock,
      logger: createLogger({ level: 'silent' }),
    });
    await server.store.setNextCheck(LOCAL_TENANT_ID, DEMO_PROGRAMME_ID, clock.now());
    await scheduler.tick();
    const record = (await stored()).ambassadorships.find((a) => a.id === 'amb-lars')!;
    expect(record).toMatchObject({ state: 'ended', endedAt: '2026-12-16T23:00:00.000Z' });
    // The planned exit follows: the exit card for the ended term is in the outbox.
    const outbox = await server.deps.bot!.deliveryStore.listOutbox(LOCAL_TENANT_ID, DEMO_PROGRAMME_ID);
    expect(outbox.some((r) => r.reminderId.includes('termEndedExit:amb-lars:end.2026-12-16'))).toBe(true);
  });

  it('counts a re-appointment right after the term against the maximum, on selection and agreement', async () => {
    const selectLars = (term?: { start: string; end: string }) =>
      leader(`${P}/ambassadors`, {
        method: 'POST',
        body: { person: lars, reason: 'Once more', ...(term ? { term } : {}) },
      });
    const refused = await selectLars();
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('TERM_CONSECUTIVE_TOO_LONG');
    expect(refused.body.message).toContain('at most 18 months together');

    const short = await selectLars({ start: '2026-12-17', end: '2027-02-28' });
    expect(short.status).toBe(201);
    const candidate = (short.body as BoardView).ambassadors.find((a) => a.person.userId === lars.userId)!;
    const template = (await board()).agreementTemplate!;
    const chained = await leader(`${P}/ambassadors/${candidate.id}/agreement`, {
      method: 'POST',
      body: { terms: template, term: { start: '2026-12-17', end: '2027-12-16' } },
      headers: { 'if-match': `"${candidate.etag}"` },
    });
    expect(chained.status).toBe(400);
    expect(chained.body.code).toBe('TERM_CONSECUTIVE_TOO_LONG');
    const past = await leader(`${P}/ambassadors/${candidate.id}/agreement`, {
      method: 'POST',
      body: { terms: template, term: { start: '2026-12-16', end: '2027-02-28' } },
      headers: { 'if-match': `"${candidate.etag}"` },
    });
    expect(past.body.code).toBe('TERM_STARTS_IN_PAST');
    expect((await stored()).ambassadorships.find((a) => a.id === candidate.id)!.agreement.versions).toEqual(
      [],
    );

    const withdrawn = await leader(`${P}/ambassadors/${candidate.id}/withdraw`, {
      method: 'POST',
      body: { reason: 'Re-appointed too soon' },
    });
    expect(withdrawn.status).toBe(200);
  });

  it('re-appoints after a real break: the full gap after the end of the term', async () => {
    clock.set(new Date(Date.parse('2027-06-17T08:00:00.000Z') - DAY)); // 16 June 2027, one day short
    const early = await leader(`${P}/ambassadors`, {
      method: 'POST',
      body: { person: lars, reason: 'Back' },
    });
    expect(early.body.code).toBe('TERM_CONSECUTIVE_TOO_LONG');
    clock.set('2027-06-17T08:00:00.000Z');
    const back = await leader(`${P}/ambassadors`, { method: 'POST', body: { person: lars, reason: 'Back' } });
    expect(back.status).toBe(201);
    const again = (back.body as BoardView).ambassadors.find((a) => a.person.userId === lars.userId)!;
    expect(again).toMatchObject({ state: 'candidate', term: { start: '2027-06-17', end: '2027-12-16' } });
  });
});
