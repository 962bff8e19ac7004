import { DEMO_PEOPLE, DEMO_PROGRAMME_ID, LOCAL_TENANT_ID, type TenantContext } from '@ambassadors/shared';
import { createCheckInAuthorKey } from '../../../bot/src/api/check-in-author-key';
import { cardOf, startBotHarness, textsOf, user, type BotHarness } from './bot-harness';

/** The Action.Execute of a card with the given verb (its data is what Teams sends back). */
function executeAction(card: any, verb: string): { verb: string; data: Record<string, unknown> } {
  const action = (card.actions as any[]).find((a) => a.type === 'Action.Execute' && a.verb === verb);
  if (!action) throw new Error(`no ${verb} action on the card`);
  return { verb: action.verb, data: { ...action.data } };
}

describe('card actions: recorded once, the card replaced', () => {
  let h: BotHarness;
  const jonas = user(DEMO_PEOPLE.activeAmbassador.userId, DEMO_PEOPLE.activeAmbassador.displayName);
  const lars = user(DEMO_PEOPLE.endingAmbassador.userId, DEMO_PEOPLE.endingAmbassador.displayName);
  const aisha = user(DEMO_PEOPLE.candidateAmbassador.userId, DEMO_PEOPLE.candidateAmbassador.displayName);
  const leaderCtx: TenantContext = { tenantId: LOCAL_TENANT_ID, user: DEMO_PEOPLE.leader };

  beforeAll(async () => {
    h = await startBotHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  const board = async () => (await h.server.store.loadBoard(leaderCtx, DEMO_PROGRAMME_ID))!;

  /** One check-in per person per interval: tests that send another get an active ambassador of their own. */
  async function newAmbassador(name: string) {
    const template = (await board()).ambassadorships.find((a) => a.person.userId === jonas.aadObjectId)!;
    const { etag: _etag, ...plain } = template;
    const person = { userId: `card-${name}`, displayName: name };
    await h.server.store.createDocument(leaderCtx, { ...plain, id: `amb-card-${name}`, person });
    return user(person.userId, person.displayName);
  }

  async function checkInCardFor(who: typeof jonas) {
    await h.post(h.activity(who, { type: 'message', text: 'feedback' }));
    const sent = h.connector
      .delivered()
      .filter((r) => r.conversationId === who.conversationId)
      .at(-1)!;
    return cardOf(sent);
  }

  const invoke = (who: typeof jonas, action: { verb: string; data: Record<string, unknown> }) =>
    h.post(
      h.activity(who, {
        type: 'invoke',
        name: 'adaptiveCard/action',
        value: {
          action: { type: 'Action.Execute', verb: action.verb, data: action.data },
          trigger: 'manual',
        },
      }),
    );

  const checkInInputs = { alignment: '4', changeCourse: 'no', progress: 'Good dialogues', theme: 'Workload' };

  it('a check-in via Action.Execute is stored once; a double click answers "already recorded"', async () => {
    const before = (await board()).checkIns.length;
    const action = executeAction(await checkInCardFor(jonas), 'checkIn.submit');
    action.data = { ...action.data, ...checkInInputs };
    const first = await invoke(jonas, action);
    expect(first.status).toBe(200);
    expect(first.body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(textsOf(first.body.value).join(' ')).toContain('Thanks — recorded');
    const second = await invoke(jonas, action);
    expect(textsOf(second.body.value).join(' ')).toContain('already recorded');
    const after = await board();
    expect(after.checkIns.length).toBe(before + 1);
    expect(after.checkIns.at(-1)?.situations[0]?.theme).toBe('Workload');
    // The same pseudonym as a check-in sent from the tab: one secret, one key per person.
    const stored = after.checkIns.find((c) => c.situations[0]?.theme === 'Workload')!;
    expect(h.server.deps.checkInAuthorSecret).toBeTruthy();
    expect(stored.authorKey).toBe(
      createCheckInAuthorKey(h.server.deps.checkInAuthorSecret)(
        DEMO_PROGRAMME_ID,
        DEMO_PEOPLE.activeAmbassador.userId,
      ),
    );
    // A random id; the action record keeps only what duplicate detection needs.
    expect(stored.id).toMatch(/^[0-9a-f-]{36}$/);
    const records = await h.server.deps.bot!.deliveryStore.listActions(LOCAL_TENANT_ID, DEMO_PROGRAMME_ID);
    const record = records.find((r) => r.verb === 'checkIn.submit')!;
    expect(record.userId).not.toBe(jonas.aadObjectId);
    expect(JSON.stringify(record)).not.toContain(jonas.aadObjectId);
    expect(JSON.stringify(record)).not.toMatch(/4\/5|alignment|change course/i);
    // a second check-in in the same interval is refused with a clear error card, nothing stored
    const later = executeAction(await checkInCardFor(jonas), 'checkIn.submit');
    later.data = { ...later.data, ...checkInInputs };
    const refused = await invoke(jonas, later);
    expect(textsOf(refused.body.value).join(' ')).toContain('already sent a check-in in this period');
    expect((await board()).checkIns.length).toBe(before + 1);
  });

  it('the same action sent twice at once and two users at once: one record each', async () => {
    const before = (await board()).checkIns.length;
    const [first, second] = [await newAmbassador('Ida'), await newAmbassador('Ole')];
    const jonasAction = executeAction(await checkInCardFor(first), 'checkIn.submit');
    const larsAction = executeAction(await checkInCardFor(second), 'checkIn.submit');
    jonasAction.data = { ...jonasAction.data, ...checkInInputs };
    larsAction.data = { ...larsAction.data, ...checkInInputs, alignment: '2' };
    const answers = await Promise.all([
      invoke(first, jonasAction),
      invoke(first, jonasAction),
      invoke(second, larsAction),
      invoke(second, larsAction),
    ]);
    expect(answers.every((a) => a.status === 200)).toBe(true);
    const after = await board();
    expect(after.checkIns.length).toBe(before + 2);
    const actions = await h.server.deps.bot!.deliveryStore.listActions(LOCAL_TENANT_ID, DEMO_PROGRAMME_ID);
    const ids = actions.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('malformed card data gets an error card and stores nothing', async () => {
    const before = (await board()).checkIns.length;
    const action = executeAction(await checkInCardFor(jonas), 'checkIn.submit');
    action.data = { ...action.data, alignment: 'eleven', changeCourse: 'maybe' };
    const answer = await invoke(jonas, action);
    expect(answer.status).toBe(200);
    expect(textsOf(answer.body.value).join(' ')).toContain('could not be recorded');
    const garbage = await invoke(jonas, {
      verb: 'checkIn.submit',
      data: { verb: 'checkIn.submit', hello: 1 },
    });
    expect(textsOf(garbage.body.value).join(' ')).toContain('Nothing was saved');
    expect((await board()).checkIns.length).toBe(before);
  });

  it('a stale agreement version gets an error card saying what to do; the current one is accepted', async () => {
    const b = await board();
    const amb = b.ambassadorships.find((a) => a.person.userId === aisha.aadObjectId)!;
    const current = amb.agreement.versions.at(-1)!.version;
    const base = {
      cardId: `test-card-${current}`,
      outboxId: '',
      reminderId: '',
      programmeId: DEMO_PROGRAMME_ID,
      v: 1,
    };
    const stale = await invoke(aisha, {
      verb: 'agreement.accept',
      data: {
        ...base,
        verb: 'agreement.accept',
        ambassadorshipId: amb.id,
        version: current + 5,
        side: 'ambassador',
      },
    });
    expect(textsOf(stale.body.value).join(' ')).toMatch(/has changed since you opened it/);
    const unchanged = (await board()).ambassadorships.find((a) => a.id === amb.id)!;
    expect(unchanged.agreement.ambassadorAcceptances).toEqual(amb.agreement.ambassadorAcceptances);

    const ok = await invoke(aisha, {
      verb: 'agreement.accept',
      data: {
        ...base,
        verb: 'agreement.accept',
        ambassadorshipId: amb.id,
        version: current,
        side: 'ambassador',
      },
    });
    expect(textsOf(ok.body.value).join(' ')).toContain('Thanks — recorded');
    const accepted = (await board()).ambassadorships.find((a) => a.id === amb.id)!;
    expect(accepted.agreement.ambassadorAcceptances.some((a) => a.version === current)).toBe(true);
  });

  it('someone else cannot act on a card addressed to another person (outbox check)', async () => {
    const answer = await invoke(lars, {
      verb: 'reminder.ack',
      data: {
        verb: 'reminder.ack',
        cardId: 'ob-nope',
        outboxId: 'ob-nope',
        reminderId: 'r',
        programmeId: DEMO_PROGRAMME_ID,
        v: 1,
      },
    });
    expect(textsOf(answer.body.value).join(' ')).toContain('out of date');
  });

  it('Action.Submit fallback (message with value) records once and replaces the card via an update', async () => {
    const before = (await board()).checkIns.length;
    h.connector.reset();
    const card = await checkInCardFor(lars);
    const cardActivityId = h.connector.delivered().at(-1)!.activityId;
    const submit = (card.actions as any[]).find((a) => a.verb === 'checkIn.submit').fallback;
    expect(submit.type).toBe('Action.Submit');
    const value = { ...submit.data, ...checkInInputs };
    for (let i = 0; i < 2; i++) {
      const res = await h.post(
        h.activity(lars, { type: 'message', text: '', value, replyToId: cardActivityId }),
      );
      expect(res.status).toBe(200);
    }
    const updates = h.connector.updates().filter((u) => u.targetActivityId === cardActivityId);
    expect(updates).toHaveLength(2);
    expect(textsOf(cardOf(updates[0]!)).join(' ')).toContain('Thanks — recorded');
    expect(textsOf(cardOf(updates[1]!)).join(' ')).toContain('already recorded');
    expect((await board()).checkIns.length).toBe(before + 1);
  });
});
