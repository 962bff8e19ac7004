import { DEMO_PEOPLE, LOCAL_TENANT_ID, boardViewSchema } from '@ambassadors/shared';
import { api } from '../../../support/start-test-server';
import { cardOf, startBotHarness, textsOf, user, type BotHarness } from '../../conversation/bot-harness';

/**
 * The card's management workshop over the real API (local mode: the demo leader unless
 * `x-local-user` names another demo person), with the bot's connector stand-in receiving the
 * summary card posted into the meeting chat.
 */
describe('the management workshop over the API', () => {
  let h: BotHarness;
  let programmeId: string;
  const leader = user(DEMO_PEOPLE.leader.userId, DEMO_PEOPLE.leader.displayName);
  const CHAT = '19:meeting_workshop@thread.v2';

  /** The programme's current ETag, as the last answer named it (captures send it as If-Match). */
  let etag = '';
  const call = async (
    pathname: string,
    init: { method?: string; body?: unknown; as?: string; locale?: string } = {},
  ) => {
    const res = await api(h.server.baseUrl, `/api/v1/programmes/${programmeId}${pathname}`, {
      ...(init.method ? { method: init.method } : {}),
      ...(init.body !== undefined ? { body: init.body } : {}),
      headers: {
        'x-local-user': init.as ?? DEMO_PEOPLE.leader.userId,
        'accept-language': init.locale ?? 'en',
        ...(pathname.includes('/outcomes/') ? { 'if-match': `"${etag}"` } : {}),
      },
    });
    if (res.status < 300 && res.body?.programme?.etag) etag = res.body.programme.etag;
    return res;
  };

  beforeAll(async () => {
    h = await startBotHarness();
    const created = await api(h.server.baseUrl, '/api/v1/programmes', {
      method: 'POST',
      body: { name: 'Workshop programme', locale: 'en' },
      headers: { 'x-local-user': DEMO_PEOPLE.leader.userId },
    });
    expect(created.status).toBe(201);
    programmeId = created.body.id;
  }, 60_000);
  afterAll(async () => {
    await h.close();
  });

  it('a leader prepares it: the card agenda with boxes summing to 180 minutes; preparing again joins it', async () => {
    const before = await call('/workshop');
    expect(before.status).toBe(409);
    expect(before.body.code).toBe('WORKSHOP_NOT_PREPARED');
    const prepared = await call('/workshop', { method: 'POST' });
    expect(prepared.status).toBe(201);
    const workshop = prepared.body.workshop;
    expect(workshop.items).toHaveLength(12);
    expect(workshop.items.reduce((sum: number, item: { minutes: number }) => sum + item.minutes, 0)).toBe(
      180,
    );
    expect(prepared.headers.get('etag')).toBeTruthy();
    const again = await call('/workshop', { method: 'POST' });
    expect(again.body.workshop.id).toBe(workshop.id);
  });

  it('everyone of the programme reads it; only leaders write (403), and bad input names the field in da/en', async () => {
    const asEmployee = await call('/workshop', { as: DEMO_PEOPLE.employee.userId });
    expect(asEmployee.status).toBe(200);
    expect(asEmployee.body.role).toBe('employee');
    expect(asEmployee.body.workshop.items).toHaveLength(12);
    const timer = await call('/workshop/timer', {
      method: 'POST',
      body: { action: 'start' },
      as: DEMO_PEOPLE.employee.userId,
    });
    expect(timer.status).toBe(403);
    const tooLong = await call('/workshop/items/purpose/minutes', { method: 'PUT', body: { minutes: 170 } });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.message).toContain('Minutes must be a whole number from 5 to 125');
    const tooLongDa = await call('/workshop/items/purpose/minutes', {
      method: 'PUT',
      body: { minutes: 170 },
      locale: 'da',
    });
    expect(tooLongDa.body.message).toContain('Minutter skal være et helt tal fra 5 til 125');
    const badAction = await call('/workshop/timer', { method: 'POST', body: { action: 'rewind' } });
    expect(badAction.status).toBe(400);
    const unknownItem = await call('/workshop/items/lunch/minutes', { method: 'PUT', body: { minutes: 10 } });
    expect(unknownItem.status).toBe(404);
  });

  it('editing a box rebalances the others, still 180; a stale If-Match is a conflict', async () => {
    const edited = await call('/workshop/items/purpose/minutes', { method: 'PUT', body: { minutes: 30 } });
    expect(edited.status).toBe(200);
    const minutes = edited.body.workshop.items.map((item: { minutes: number }) => item.minutes);
    expect(minutes.slice(0, 3)).toEqual([30, 10, 20]);
    expect(minutes.reduce((a: number, b: number) => a + b, 0)).toBe(180);
    const stale = await api(h.server.baseUrl, `/api/v1/programmes/${programmeId}/workshop/timer`, {
      method: 'POST',
      body: { action: 'start' },
      headers: { 'x-local-user': DEMO_PEOPLE.leader.userId, 'if-match': '"not-the-etag"' },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('CONFLICT');
  });

  it('the timer is stored on the record: start, next and pause give every reader the same state', async () => {
    const started = await call('/workshop/timer', { method: 'POST', body: { action: 'start' } });
    expect(started.body.workshop.timer.runningSince).toBeTruthy();
    const next = await call('/workshop/timer', { method: 'POST', body: { action: 'next' } });
    expect(next.body.workshop.timer.focus).toBe(1);
    const paused = await call('/workshop/timer', { method: 'POST', body: { action: 'pause' } });
    expect(paused.body.workshop.timer.runningSince).toBeNull();
    const read = await call('/board');
    expect(read.body.workshop.timer).toEqual(paused.body.workshop.timer);
  });

  it('outcomes go into the programme through the board’s own rules: tasks, a posting draft, an answer', async () => {
    const noVersion = await api(
      h.server.baseUrl,
      `/api/v1/programmes/${programmeId}/workshop/outcomes/taskPlan`,
      {
        method: 'POST',
        body: { tasks: [] },
        headers: { 'x-local-user': DEMO_PEOPLE.leader.userId },
      },
    );
    expect(noVersion.status).toBe(428);
    const tasks = await call('/workshop/outcomes/taskPlan', {
      method: 'POST',
      body: { tasks: [{ id: 'task-1', title: 'Lead the dialogue at team meetings', hoursPerMonth: 4 }] },
    });
    expect(tasks.status).toBe(200);
    expect(tasks.body.taskPlan.tasks.map((t: { title: string }) => t.title)).toEqual([
      'Lead the dialogue at team meetings',
    ]);
    expect(tasks.body.workshop.items[1].capturedAt).toBeTruthy();
    // The posting step's own rule: a term outside the programme's bounds is refused, naming the field.
    const badPosting = await call('/workshop/outcomes/posting', {
      method: 'POST',
      body: {
        posting: {
          title: 'Ambassador',
          responsibilities: [],
          expectations: [],
          hoursPerMonth: 4,
          termMonths: 0,
          applicationDeadline: '2027-01-15',
        },
      },
    });
    expect(badPosting.status).toBe(400);
    expect(badPosting.body.message).toContain('Term (months)');
    const answer = await call('/workshop/outcomes/scopeOfRole', {
      method: 'POST',
      body: { text: 'After twelve months' },
    });
    expect(answer.status).toBe(200);
    expect(answer.body.managementAnswers.scopeOfRole.map((a: { text: string }) => a.text)).toEqual([
      'After twelve months',
    ]);
    // The answer is exactly the documented board view, workshop included.
    expect(() => boardViewSchema.parse(answer.body)).not.toThrow();
    expect(answer.body.workshop.summaryLines.map((l: { key: string }) => l.key)).toEqual([
      'taskPlan',
      'scopeOfRole',
    ]);
    const purpose = await call('/workshop/outcomes/purpose', { method: 'POST', body: { text: 'x' } });
    expect(purpose.status).toBe(404);
  });

  it('finishing in a meeting chat the bot does not know answers so; in a chat it was added to, the summary card is posted there', async () => {
    const unknown = await call('/workshop/finish', { method: 'POST', body: { chatId: CHAT } });
    expect(unknown.status).toBe(200);
    expect(unknown.body.workshop.finishedAt).toBeTruthy();
    expect(unknown.body.workshop.summary).toBe('noConversation');
    expect(h.connector.delivered()).toHaveLength(0);
    const afterwards = await call('/workshop/timer', { method: 'POST', body: { action: 'start' } });
    expect(afterwards.body.code).toBe('WORKSHOP_FINISHED');

    // The bot is added to the meeting chat: its conversation reference is stored.
    const added = await h.post(
      h.activity(leader, {
        type: 'conversationUpdate',
        membersAdded: [{ id: '28:ambassadors-bot' }],
        conversation: { id: CHAT, conversationType: 'groupChat', tenantId: LOCAL_TENANT_ID },
      }),
    );
    expect(added.status).toBe(200);
    h.connector.reset();

    const second = await call('/workshop', { method: 'POST' });
    expect(second.body.workshop.finishedAt).toBeNull();
    await call('/workshop/outcomes/training', {
      method: 'POST',
      body: { modules: [{ id: 'mod-1', title: 'Holding the dialogue' }] },
    });
    const finished = await call('/workshop/finish', { method: 'POST', body: { chatId: CHAT } });
    expect(finished.body.workshop.summary).toBe('sent');
    const posted = h.connector.delivered();
    expect(posted).toHaveLength(1);
    expect(posted[0]!.conversationId).toBe(CHAT);
    const card = cardOf(posted[0]!);
    const texts = textsOf(card).join(' | ');
    expect(texts).toContain('The management workshop has finished');
    expect(texts).toContain('Mindset');
    expect(texts).toContain('Holding the dialogue');
    expect(JSON.stringify(card.actions)).toContain(`programmeId=${programmeId}`);
  });
});
