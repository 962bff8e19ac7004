import {
  DEMO_PEOPLE,
  DEMO_PROGRAMME_ID,
  LOCAL_TENANT_ID,
  boardViewSchema,
  fixedClock,
  type BoardView,
} from '@ambassadors/shared';
import { api, startTestServer, type TestServer } from '../../../support/start-test-server';

/**
 * A leader adjusts one ambassador's agreement before proposing it (hours per month, the term in
 * months, the tasks), within the programme's bounds, over real HTTP in local mode: a value out
 * of bounds is refused naming the field, in the caller's language, and nothing is stored; the
 * bounds follow the programme's settings; the ambassador reads the adjusted agreement.
 */
describe('adjusting an agreement before proposing it (API)', () => {
  const clock = fixedClock('2026-11-25T09:00:00.000Z');
  const P = `/api/v1/programmes/${DEMO_PROGRAMME_ID}`;
  const ctx = { tenantId: LOCAL_TENANT_ID, user: DEMO_PEOPLE.leader };
  const person = { userId: 'local-employee', displayName: 'Sofie Nielsen' };
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ clock, env: { REMINDERS: 'off' } });
  });
  afterAll(async () => server?.close());

  const as =
    (userId: string, language = 'en') =>
    (pathname: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) =>
      api(server.baseUrl, pathname, {
        ...init,
        headers: { 'x-local-user': userId, 'accept-language': language, ...init.headers },
      });
  const leader = as(DEMO_PEOPLE.leader.userId);
  const board = async (): Promise<BoardView> =>
    boardViewSchema.parse((await leader(`${P}/board`)).body) as BoardView;
  const versionsOf = async (ambId: string) =>
    (await server.store.loadBoard(ctx, DEMO_PROGRAMME_ID))!.ambassadorships.find((a) => a.id === ambId)!
      .agreement.versions.length;

  let ambId = '';
  const propose = async (adjust: { hoursPerMonth?: number; termMonths?: unknown; tasks?: string[] }) => {
    const view = await board();
    const amb = view.ambassadors.find((a) => a.id === ambId)!;
    const template = view.agreementTemplate!;
    return {
      amb,
      response: await as(DEMO_PEOPLE.leader.userId, 'da')(`${P}/ambassadors/${ambId}/agreement`, {
        method: 'POST',
        headers: { 'if-match': `"${amb.etag}"` },
        body: {
          terms: {
            ...template,
            hoursPerMonth: adjust.hoursPerMonth ?? template.hoursPerMonth,
            responsibilities: adjust.tasks ?? template.responsibilities,
          },
          term: amb.proposalTerm ?? amb.term,
          termMonths: adjust.termMonths ?? 12,
        },
      }),
    };
  };

  it('selects the person the agreement is for', async () => {
    const response = await leader(`${P}/ambassadors`, {
      method: 'POST',
      body: { person, reason: 'Kender nattevagterne' },
    });
    expect(response.status).toBe(201);
    ambId = (response.body as BoardView).ambassadors.find((a) => a.person.userId === person.userId)!.id;
  });

  it.each([
    ['a term shorter than the shortest term', { termMonths: 5 }, 'termMonths', 'Periode (måneder)', 6, 18],
    ['a term longer than the longest term', { termMonths: 19 }, 'termMonths', 'Periode (måneder)', 6, 18],
    ['an agreement without tasks', { tasks: [] }, 'terms.responsibilities', 'Opgaver', 1, 30],
  ])(
    'refuses %s, naming the field in Danish, and stores nothing',
    async (_what, adjust, field, label, min, max) => {
      const before = await versionsOf(ambId);
      const { response } = await propose(adjust);
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ code: 'AGREEMENT_ADJUSTMENT_OUT_OF_RANGE', field });
      expect(response.body.message).toBe(
        `"${label}" skal være mellem ${min} og ${max} – det er programmets grænser for en aftale.`,
      );
      expect(await versionsOf(ambId)).toBe(before);
    },
  );

  it('refuses hours per month beyond the setting’s own bounds, naming the field', async () => {
    const before = await versionsOf(ambId);
    const { response } = await propose({ hoursPerMonth: 81 });
    expect(response.status).toBe(400);
    expect(response.body.fields).toEqual([
      expect.objectContaining({ path: 'terms.hoursPerMonth', message: 'Må højst være 80.' }),
    ]);
    expect(await versionsOf(ambId)).toBe(before);
  });

  it('refuses a term length that is not a whole number of months', async () => {
    const { response } = await propose({ termMonths: 6.5 });
    expect(response.status).toBe(400);
    expect(response.body.fields).toEqual([
      expect.objectContaining({ path: 'termMonths', label: 'Periode (måneder)' }),
    ]);
  });

  it('follows the programme settings: a lower shortest term lets a shorter term through', async () => {
    const view = await board();
    const changed = await leader(`${P}/settings`, {
      method: 'PUT',
      headers: { 'if-match': `"${view.programme.etag}"` },
      body: { settings: { termMonthsMin: 3 } },
    });
    expect(changed.status).toBe(200);
    const refused = await propose({ termMonths: 2 });
    expect(refused.response.body.message).toContain('mellem 3 og 18');
  });

  it('stores the adjusted agreement as the leaders’ accepted version, and the ambassador reads it', async () => {
    const { amb, response } = await propose({
      hoursPerMonth: 5,
      termMonths: 4,
      tasks: ['Tag imod spørgsmål fra nattevagten', 'Giv temaer videre'],
    });
    expect(response.status).toBe(201);
    const start = (amb.proposalTerm ?? amb.term).start;
    const mine = boardViewSchema.parse((await as(person.userId)(`${P}/board`)).body).myAmbassadorship!
      .agreement.current!;
    expect(mine).toMatchObject({
      hoursPerMonth: 5,
      responsibilities: ['Tag imod spørgsmål fra nattevagten', 'Giv temaer videre'],
      term: { start },
    });
    // Four months from the start: the last day is the day before the same date four months on.
    const [y, m, d] = start.split('-').map(Number) as [number, number, number];
    const after = new Date(Date.UTC(y, m - 1 + 4, d - 1)).toISOString().slice(0, 10);
    expect(mine.term.end).toBe(after);
    expect((response.body as BoardView).ambassadors.find((a) => a.id === ambId)!.agreement).toMatchObject({
      leaderAccepted: true,
      pendingSides: ['ambassador'],
    });
  });
});
