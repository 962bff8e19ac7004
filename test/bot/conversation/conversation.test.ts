import { DEMO_PEOPLE, LOCAL_TENANT_ID } from '@ambassadors/shared';
import { cardOf, startBotHarness, textsOf, user, type BotHarness } from './bot-harness';

describe('the bot conversation over the Bot Framework protocol', () => {
  let h: BotHarness;
  const jonas = user(DEMO_PEOPLE.activeAmbassador.userId, DEMO_PEOPLE.activeAmbassador.displayName);

  beforeAll(async () => {
    h = await startBotHarness();
  });
  afterAll(async () => {
    await h.close();
  });
  beforeEach(() => h.connector.reset());

  const lastCard = () => cardOf(h.connector.delivered().at(-1)!);

  it('stores the conversation reference on install and greets once with a card linking to the tab', async () => {
    const install = await h.post(h.activity(jonas, { type: 'installationUpdate', action: 'add' }));
    expect(install.status).toBe(200);
    const also = await h.post(
      h.activity(jonas, { type: 'conversationUpdate', membersAdded: [{ id: '28:ambassadors-bot' }] }),
    );
    expect(also.status).toBe(200);
    expect(h.connector.delivered()).toHaveLength(1);
    const greet = lastCard();
    expect(greet.version).toBe('1.5');
    expect(textsOf(greet).join(' ')).toMatch(/ambassadors bot/);
    expect(JSON.stringify(greet.actions)).toContain('/tab/');
    const stored = await h.server.deps.bot!.deliveryStore.findPersonalConversation(
      LOCAL_TENANT_ID,
      jonas.aadObjectId,
    );
    expect(stored?.conversationId).toBe(jonas.conversationId);
    expect(stored?.serviceUrl).toBe(h.connector.serviceUrl);
  });

  it('answers help in English and Danish from the activity locale', async () => {
    await h.post(h.activity(jonas, { type: 'message', text: 'help' }));
    expect(textsOf(lastCard()).join(' ')).toContain('What I can do');
    await h.post(h.activity(jonas, { type: 'message', text: 'hjælp', locale: 'da-DK' }));
    expect(textsOf(lastCard()).join(' ')).toContain('Det kan jeg');
  });

  it('answers unknown text with a helpful card, never silence', async () => {
    const res = await h.post(h.activity(jonas, { type: 'message', text: 'what is the weather?' }));
    expect(res.status).toBe(200);
    expect(textsOf(lastCard()).join(' ')).toContain('I did not quite get that');
  });

  it('status shows role, term, days left, next meeting and open training', async () => {
    await h.post(h.activity(jonas, { type: 'message', text: '<at>Ambassadors</at> status' }));
    const texts = textsOf(lastCard()).join(' | ');
    expect(texts).toContain('Ambassador');
    expect(texts).toContain('Days left');
    expect(texts).toContain('Next meeting');
  });

  it('feedback starts a check-in card for an active ambassador', async () => {
    await h.post(h.activity(jonas, { type: 'message', text: 'feedback' }));
    const card = lastCard();
    expect(JSON.stringify(card)).toContain('checkIn.submit');
    expect(JSON.stringify(card)).toContain('Action.Execute');
  });

  it('pause and resume switch reminders off and on for the user', async () => {
    const store = h.server.deps.bot!.deliveryStore;
    await h.post(h.activity(jonas, { type: 'message', text: 'pause' }));
    expect((await store.getPreference(LOCAL_TENANT_ID, jonas.aadObjectId))?.paused).toBe(true);
    await h.post(h.activity(jonas, { type: 'message', text: 'genoptag', locale: 'da-DK' }));
    expect((await store.getPreference(LOCAL_TENANT_ID, jonas.aadObjectId))?.paused).toBe(false);
    expect(textsOf(lastCard()).join(' ')).toContain('slået til igen');
  });

  it('removes the conversation reference on uninstall', async () => {
    await h.post(h.activity(jonas, { type: 'installationUpdate', action: 'remove' }));
    const stored = await h.server.deps.bot!.deliveryStore.findPersonalConversation(
      LOCAL_TENANT_ID,
      jonas.aadObjectId,
    );
    expect(stored).toBeNull();
  });
});
