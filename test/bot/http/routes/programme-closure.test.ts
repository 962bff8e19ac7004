import type { Clock } from '@ambassadors/shared';
import { PROGRAMME_API_ROUTES } from '../../../../bot/src/http/routes/tab-api-routes';
import { A, PEOPLE, demoBoardWithId, seedBoard, startApiWorld, type ApiWorld } from './api-fixture';
import { httpMethod, routeUrl } from './route-params';

const DAY = 24 * 60 * 60 * 1000;

/**
 * Closing a programme over the API: a leader closes it, every write route then refuses with
 * PROGRAMME_CLOSED (whatever route, body or version), reads and the report still work, and a
 * reopen is possible for 30 days.
 */
describe('closing and reopening a programme', () => {
  let world: ApiWorld;
  let offsetMs = 0;
  const clock: Clock = { now: () => new Date(Date.now() + offsetMs) };
  const ID = 'programme-close';
  const url = (rest = '') => `/api/v1/programmes/${ID}${rest}`;

  beforeAll(async () => {
    // The table below calls every write route, more than one person's minute of requests.
    world = await startApiWorld({ clock, env: { RATE_LIMIT_USER_PER_MINUTE: '100000' } });
    await seedBoard(world.server.store, demoBoardWithId(A, ID, new Date()));
  });
  afterAll(async () => {
    await world?.close();
  });

  const asLeader = () => world.as(PEOPLE.leader);
  const writeRoutes = PROGRAMME_API_ROUTES.filter((r) => r.method !== 'get' && r.whenClosed !== 'allowed');

  it('a leader closes it: ambassadors get planned exits, the board says closed and offers only what is left', async () => {
    const before = await asLeader()(url('/board'));
    expect(before.body.closure).toBeNull();
    expect(before.body.ambassadors.length).toBeGreaterThan(0);
    const closed = await asLeader()(url('/close'), {
      method: 'POST',
      headers: { 'if-match': `"${before.body.programme.etag}"` },
    });
    expect(closed.status).toBe(200);
    expect(closed.body.closure).toMatchObject({ closedBy: PEOPLE.leader, canReopen: true });
    expect(closed.body.ambassadors).toEqual([]);
    const former = closed.body.formerAmbassadors.map((a: { person: { userId: string } }) => a.person.userId);
    expect(former).toEqual(expect.arrayContaining(before.body.ambassadors.map((a: any) => a.person.userId)));
    expect(closed.body.permissions).toEqual(expect.arrayContaining(['programme:reopen', 'report:view']));
    expect(closed.body.permissions).not.toContain('step:edit');
    // The former ambassador is now an employee of a closed programme.
    const jonas = await world.as(PEOPLE.activeAmbassador)(url('/board'));
    expect(jonas.body.role).toBe('employee');
    expect(jonas.body.closure).not.toHaveProperty('feedbackSnapshot');
  });

  it('is listed as closed in the programme list', async () => {
    const list = await asLeader()('/api/v1/programmes');
    expect(list.body.items.find((p: { id: string }) => p.id === ID).closedAt).toEqual(expect.any(String));
  });

  it.each(writeRoutes.map((route) => ({ route, name: `${httpMethod(route)} ${route.path}` })))(
    'closed → $name → 409 PROGRAMME_CLOSED, nothing changed',
    async ({ route }) => {
      const board = await asLeader()(url('/board'));
      const response = await asLeader()(routeUrl(route, ID), {
        method: httpMethod(route),
        body: {},
        headers: { 'if-match': `"${board.body.programme.etag}"` },
      });
      expect(response.status).toBe(409);
      expect(response.body.code).toBe('PROGRAMME_CLOSED');
      expect(response.body.message).toMatch(
        /^This programme was closed on \d{4}-\d{2}-\d{2} and is now read-only/,
      );
      const after = await asLeader()(url('/board'));
      expect(after.body.programme.etag).toBe(board.body.programme.etag);
    },
  );

  it('refuses in Danish for a Danish caller, and refuses to resend reminders', async () => {
    const da = await asLeader()(url('/key-messages'), {
      method: 'POST',
      body: { text: 'Vi taler sammen' },
      headers: { 'accept-language': 'da' },
    });
    expect(da.status).toBe(409);
    expect(da.body.message).toMatch(/^Programmet blev lukket \d{4}-\d{2}-\d{2} og kan nu kun læses/);
    const resend = await asLeader()(url('/reminders/resend'), { method: 'POST', body: { outboxIds: ['x'] } });
    expect(resend.status).toBe(409);
    expect(resend.body.code).toBe('PROGRAMME_CLOSED');
  });

  it('still answers reads and the report in three renderings', async () => {
    const html = await asLeader()(url('/report/html?lang=en'));
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toContain('text/html');
    expect(html.body).toContain('Report for the management team');
    expect(html.body).toMatch(/Closed on \d{4}-\d{2}-\d{2}/);
    const pdf = await asLeader()(url('/report/pdf'));
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(String(pdf.body).startsWith('%PDF-')).toBe(true);
    const csv = await asLeader()(url('/report/csv'));
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(String(csv.body)).not.toContain(PEOPLE.activeAmbassador.displayName);
    const overview = await asLeader()(url('/feedback/overview'));
    expect(overview.status).toBe(200);
  });

  it('reopens within 30 days: the ambassadors are back and writes work again', async () => {
    const reopened = await asLeader()(url('/reopen'), { method: 'POST' });
    expect(reopened.status).toBe(200);
    expect(reopened.body.closure).toBeNull();
    expect(reopened.body.ambassadors.map((a: any) => a.person.userId)).toContain(
      PEOPLE.activeAmbassador.userId,
    );
    const again = await asLeader()(url('/reopen'), { method: 'POST' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('PROGRAMME_NOT_CLOSED');
    const write = await asLeader()(url('/key-messages'), { method: 'POST', body: { text: 'We talk early' } });
    expect(write.status).toBe(201);
  });

  it('closed again, a reopen after 30 days is refused with the deadline, and it stays closed', async () => {
    const closed = await asLeader()(url('/close'), { method: 'POST' });
    expect(closed.status).toBe(200);
    const twice = await asLeader()(url('/close'), { method: 'POST' });
    expect(twice.body.code).toBe('PROGRAMME_CLOSED');
    offsetMs = 31 * DAY;
    const late = await asLeader()(url('/reopen'), { method: 'POST' });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('PROGRAMME_REOPEN_EXPIRED');
    expect(late.body.message).toMatch(
      /^A closed programme can only be reopened within 30 days\. The deadline for this one was \d{4}-\d{2}-\d{2}/,
    );
    const board = await asLeader()(url('/board'));
    expect(board.body.closure).toMatchObject({ canReopen: false });
  });
});
