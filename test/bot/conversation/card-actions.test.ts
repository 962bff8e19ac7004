import { DEMO_PEOPLE, DEMO_PROGRAMME_ID, LOCAL_TENANT_ID, type TenantContext } from '@ambassadors/shared';
import { createCheckInAuthorKey } from '../../../bot/src/application/check-in-author-key';
import { createLogger } from '../../../bot/src/runtime/logger';
import { api } from '../../support/start-test-server';
import { cardOf, startBotHarness, textsOf, user, type BotHarness, type TeamsUser } from './bot-harness';

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

describe('card actions and the tab API: one act, one permission check, one answer', () => {
  let h: BotHarness;
  const logLines: Array<{ level: number; msg?: string }> = [];
  const logger = createLogger({
    level: 'info',
    destination: { write: (line: string) => void logLines.push(JSON.parse(line)) },
  });
  const mette = user(DEMO_PEOPLE.leader.userId, DEMO_PEOPLE.leader.displayName);
  const jonas = user(DEMO_PEOPLE.activeAmbassador.userId, DEMO_PEOPLE.activeAmbassador.displayName);
  const lars = user(DEMO_PEOPLE.endingAmbassador.userId, DEMO_PEOPLE.endingAmbassador.displayName);
  const aisha = user(DEMO_PEOPLE.candidateAmbassador.userId, DEMO_PEOPLE.candidateAmbassador.displayName);
  const leaderCtx: TenantContext = { tenantId: LOCAL_TENANT_ID, user: DEMO_PEOPLE.leader };
  const programmePath = `/api/v1/programmes/${DEMO_PROGRAMME_ID}`;

  beforeAll(async () => {
    h = await startBotHarness({ logger });
  });
  afterAll(async () => {
    await h.close();
  });

  const board = async () => (await h.server.store.loadBoard(leaderCtx, DEMO_PROGRAMME_ID))!;
  const rest = (who: TeamsUser, pathname: string, body: unknown = {}) =>
    api(h.server.baseUrl, `${programmePath}${pathname}`, {
      method: 'POST',
      body,
      headers: { 'x-local-user': who.aadObjectId, 'accept-language': 'en' },
    });
  const invoke = (who: TeamsUser, verb: string, data: Record<string, unknown>) =>
    h.post(
      h.activity(who, {
        type: 'invoke',
        name: 'adaptiveCard/action',
        value: { action: { type: 'Action.Execute', verb, data: { verb, ...data } }, trigger: 'manual' },
      }),
    );
  let cards = 0;
  const ref = () => ({
    cardId: `act-test-${++cards}`,
    outboxId: '',
    reminderId: '',
    programmeId: DEMO_PROGRAMME_ID,
    v: 1,
  });
  const cardText = (answer: { body: any }) => textsOf(answer.body.value).join(' ');
  const actionsOf = async (verb: string) =>
    (await h.server.deps.bot!.deliveryStore.listActions(LOCAL_TENANT_ID, DEMO_PROGRAMME_ID)).filter(
      (a) => a.verb === verb,
    );

  /** Lars's term ended yesterday; nothing has moved his ambassadorship to "ended" yet. */
  async function endLarsTermWithAVersionToAccept() {
    const amb = (await board()).ambassadorships.find((a) => a.id === 'amb-lars')!;
    const yesterday = new Date(Date.now() - 2 * 24 * 3600 * 1000).toISOString().slice(0, 10);
    const term = { start: amb.term.start, end: yesterday };
    const { etag, ...plain } = amb;
    await h.server.store.replaceDocument(
      leaderCtx,
      {
        ...plain,
        term,
        training: plain.training.filter((c) => c.moduleId !== 'mod-vidensbank'),
        agreement: {
          ...plain.agreement,
          versions: [
            ...plain.agreement.versions,
            { ...plain.agreement.versions[0]!, version: 2, term: { ...term, end: '2099-12-31' } },
          ],
          leaderAcceptances: [
            ...plain.agreement.leaderAcceptances,
            { version: 2, by: DEMO_PEOPLE.leader, at: new Date().toISOString() },
          ],
        },
      },
      etag,
    );
  }

  it('an owner cannot apply to their own programme by card, exactly as through the API', async () => {
    const viaRest = await rest(mette, '/applications', { motivation: 'I lead it, but still' });
    expect(viaRest.status).toBe(403);
    const viaCard = await invoke(mette, 'posting.apply', { ...ref(), motivation: 'I lead it, but still' });
    expect(viaCard.status).toBe(200);
    expect(cardText(viaCard)).toContain(viaRest.body.message);
    expect((await board()).applications.some((a) => a.applicant.userId === mette.aadObjectId)).toBe(false);
    expect(await actionsOf('posting.apply')).toHaveLength(0);
  });

  it('a person whose term has ended can neither accept an agreement nor complete training by card', async () => {
    await endLarsTermWithAVersionToAccept();
    const before = (await board()).ambassadorships.find((a) => a.id === 'amb-lars')!;

    const acceptRest = await rest(lars, '/ambassadors/amb-lars/agreement/accept', { version: 2 });
    expect(acceptRest.status).toBe(403);
    const acceptCard = await invoke(lars, 'agreement.accept', {
      ...ref(),
      ambassadorshipId: 'amb-lars',
      version: 2,
      side: 'ambassador',
    });
    expect(cardText(acceptCard)).toContain(acceptRest.body.message);

    const trainRest = await rest(lars, '/ambassadors/amb-lars/training/mod-vidensbank/complete');
    expect(trainRest.status).toBe(403);
    const trainCard = await invoke(lars, 'training.complete', {
      ...ref(),
      ambassadorshipId: 'amb-lars',
      moduleId: 'mod-vidensbank',
    });
    expect(cardText(trainCard)).toContain(trainRest.body.message);

    const after = (await board()).ambassadorships.find((a) => a.id === 'amb-lars')!;
    expect(after.agreement.ambassadorAcceptances).toEqual(before.agreement.ambassadorAcceptances);
    expect(after.term).toEqual(before.term);
    expect(after.training).toEqual(before.training);
    expect(after.etag).toBe(before.etag);
  });

  it('a leader cannot accept on an ambassadorship whose term has ended either (the rule, not only the role)', async () => {
    const accept = await rest(mette, '/ambassadors/amb-lars/agreement/accept', { version: 2 });
    expect(accept.status).toBe(409);
    expect(accept.body.code).toBe('AMBASSADORSHIP_CLOSED');
  });

  it('a double click on an action that is refused: every click gets the refusal, no record is left', async () => {
    const data = { ...ref(), ambassadorshipId: 'amb-aisha', version: 99, side: 'ambassador' };
    const answers = await Promise.all([0, 1, 2].map(() => invoke(aisha, 'agreement.accept', data)));
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(cardText(answer)).toMatch(/has changed since you opened it/);
      expect(cardText(answer)).not.toContain('already recorded');
    }
    expect(await actionsOf('agreement.accept')).toHaveLength(0);
    const again = await invoke(aisha, 'agreement.accept', data);
    expect(cardText(again)).toMatch(/has changed since you opened it/);
  });

  it('duplicates of an action that succeeded get the answer the first click got, in their own language', async () => {
    const current = (await board()).ambassadorships.find((a) => a.id === 'amb-aisha')!;
    const version = current.agreement.versions.at(-1)!.version;
    const data = { ...ref(), ambassadorshipId: 'amb-aisha', version, side: 'ambassador' };
    const answers = await Promise.all([0, 1, 2].map(() => invoke(aisha, 'agreement.accept', data)));
    const texts = answers.map(cardText);
    expect(texts.filter((t) => t.includes('already recorded'))).toHaveLength(2);
    for (const t of texts) expect(t).toContain(`The agreement (version ${version}) is accepted.`);
    const danish = await h.post({
      ...h.activity(aisha, {
        type: 'invoke',
        name: 'adaptiveCard/action',
        value: {
          action: {
            type: 'Action.Execute',
            verb: 'agreement.accept',
            data: { verb: 'agreement.accept', ...data },
          },
        },
      }),
      locale: 'da-DK',
    });
    expect(cardText(danish)).toContain(`Aftalen (version ${version}) er accepteret.`);
    const records = await actionsOf('agreement.accept');
    expect(records).toHaveLength(1);
  });

  it("a check-in's card-action record keeps no rating and no answers", async () => {
    const checkIn = await invoke(jonas, 'checkIn.submit', {
      ...ref(),
      ambassadorshipId: 'amb-jonas',
      alignment: '2',
      changeCourse: 'yes',
      progress: 'p',
      theme: 'Workload',
    });
    expect(cardText(checkIn)).toContain('Thanks — recorded');
    const [record] = await actionsOf('checkIn.submit');
    const stored = JSON.stringify(record!.summary);
    expect(stored).not.toMatch(/2\/5|alignment|changeCourse|yes|Workload/i);
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])(
    'the verb "%s" gets the error card: no exception, no 5xx, no error log line',
    async (verb) => {
      logLines.length = 0;
      const answer = await invoke(jonas, verb, { ...ref() });
      expect(answer.status).toBe(200);
      expect(answer.body.type).toBe('application/vnd.microsoft.card.adaptive');
      expect(cardText(answer)).toContain('Nothing was saved');
      const submitted = await h.post(
        h.activity(jonas, { type: 'message', text: '', value: { verb, ...ref() } }),
      );
      expect(submitted.status).toBe(200);
      expect(logLines.filter((line) => line.level >= 50)).toEqual([]);
    },
  );
});
