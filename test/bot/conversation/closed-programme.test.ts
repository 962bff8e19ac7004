import {
  DEMO_PEOPLE,
  DEMO_PROGRAMME_ID,
  LOCAL_TENANT_ID,
  planReminders,
  type TenantContext,
} from '@ambassadors/shared';

const DAY = 24 * 60 * 60 * 1000;
import { ReminderScheduler } from '../../../bot/src/delivery/reminder-scheduler';
import { createLogger } from '../../../bot/src/runtime/logger';
import { api } from '../../support/start-test-server';
import { cardOf, startBotHarness, textsOf, user, type BotHarness } from './bot-harness';

/**
 * A closed programme through the bot: a card clicked after the close is refused with the
 * closed message and changes nothing, and the scheduler plans nothing for it until it reopens.
 */
describe('a closed programme in the chat and the scheduler', () => {
  let h: BotHarness;
  const jonas = user(DEMO_PEOPLE.activeAmbassador.userId, DEMO_PEOPLE.activeAmbassador.displayName);
  const leaderCtx: TenantContext = { tenantId: LOCAL_TENANT_ID, user: DEMO_PEOPLE.leader };
  const asLeader = (pathname: string, method = 'POST') =>
    api(h.server.baseUrl, pathname, { method, headers: { 'x-local-user': DEMO_PEOPLE.leader.userId } });
  const programmeUrl = `/api/v1/programmes/${DEMO_PROGRAMME_ID}`;

  beforeAll(async () => {
    h = await startBotHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  const invoke = (action: { verb: string; data: Record<string, unknown> }) =>
    h.post(
      h.activity(jonas, {
        type: 'invoke',
        name: 'adaptiveCard/action',
        value: { action: { type: 'Action.Execute', ...action }, trigger: 'manual' },
      }),
    );

  it('a check-in card clicked after the close gets the closed message, and nothing is stored', async () => {
    await h.post(h.activity(jonas, { type: 'message', text: 'feedback' }));
    const sent = h.connector
      .delivered()
      .filter((r) => r.conversationId === jonas.conversationId)
      .at(-1)!;
    const card = cardOf(sent);
    const action = (card.actions as any[]).find(
      (a) => a.type === 'Action.Execute' && a.verb === 'checkIn.submit',
    );
    expect(action).toBeDefined();

    expect((await asLeader(`${programmeUrl}/close`)).status).toBe(200);
    const before = (await h.server.store.loadBoard(leaderCtx, DEMO_PROGRAMME_ID))!.checkIns.length;
    const answer = await invoke({
      verb: action.verb,
      data: { ...action.data, alignment: '4', changeCourse: 'no', progress: 'Good dialogues' },
    });
    expect(answer.status).toBe(200);
    expect(textsOf(answer.body.value).join(' ')).toMatch(
      /This programme was closed on \d{4}-\d{2}-\d{2} and is now read-only/,
    );
    expect((await h.server.store.loadBoard(leaderCtx, DEMO_PROGRAMME_ID))!.checkIns.length).toBe(before);
    // An acknowledgement is refused the same way.
    const ack = await invoke({ verb: 'reminder.ack', data: { ...action.data, verb: 'reminder.ack' } });
    expect(textsOf(ack.body.value).join(' ')).toContain('read-only');
  });

  it('plans nothing while closed, and plans again once reopened', async () => {
    const bot = h.server.deps.bot!;
    const scheduler = new ReminderScheduler({
      programmeStore: h.server.store,
      deliveryStore: bot.deliveryStore,
      clock: { now: () => new Date() },
      logger: createLogger({ level: 'silent' }),
    });
    await h.server.store.setNextCheck(LOCAL_TENANT_ID, DEMO_PROGRAMME_ID, new Date(Date.now() - 1000));
    const closed = await scheduler.tick();
    expect(closed.programmes).toBe(1);
    expect(closed.reminders).toBe(0);
    expect(closed.created).toBe(0);

    // While closed the plan is empty in any window; reopened, the same board plans again.
    const window = { from: new Date(Date.now() - 14 * DAY), to: new Date(Date.now() + 60 * DAY) };
    const closedBoard = (await h.server.store.loadBoard(leaderCtx, DEMO_PROGRAMME_ID))!;
    expect(planReminders(closedBoard, window)).toEqual([]);
    expect((await asLeader(`${programmeUrl}/reopen`)).status).toBe(200);
    // The reopen asks the scheduler to look at the programme at once.
    const due = await h.server.store.findProgrammesDue(new Date(), 50);
    expect(due.map((p) => p.programmeId)).toContain(DEMO_PROGRAMME_ID);
    const reopenedBoard = (await h.server.store.loadBoard(leaderCtx, DEMO_PROGRAMME_ID))!;
    expect(planReminders(reopenedBoard, window).length).toBeGreaterThan(0);
  });
});
