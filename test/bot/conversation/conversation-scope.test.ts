import { Writable } from 'node:stream';
import { DEMO_PEOPLE, LOCAL_TENANT_ID } from '@ambassadors/shared';
import { createLogger } from '../../../bot/src/runtime/logger';
import { cardOf, startBotHarness, textsOf, user, type BotHarness } from './bot-harness';

/**
 * Where the bot may say what, over real HTTP: an activity that names two tenants is refused before
 * anything happens, and a person's own cards (status, check-in form) are shown only in the
 * personal chat — in a channel or group chat everybody would read them.
 */
describe('the bot in personal, group and channel conversations', () => {
  let h: BotHarness;
  const logLines: Array<Record<string, unknown>> = [];
  const jonas = user(DEMO_PEOPLE.activeAmbassador.userId, DEMO_PEOPLE.activeAmbassador.displayName);
  const OTHER_TENANT = '99999999-9999-4999-8999-999999999999';

  beforeAll(async () => {
    const destination = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
          logLines.push(JSON.parse(line) as Record<string, unknown>);
        }
        done();
      },
    });
    h = await startBotHarness({ logger: createLogger({ level: 'info', destination }) });
  });
  afterAll(async () => {
    await h.close();
  });
  beforeEach(() => {
    h.connector.reset();
    logLines.length = 0;
  });

  const inGroupChat = {
    id: '19:group-chat@thread.v2',
    conversationType: 'groupChat',
    tenantId: LOCAL_TENANT_ID,
  };
  const inChannel = {
    id: '19:general@thread.tacv2;messageid=1',
    conversationType: 'channel',
    tenantId: LOCAL_TENANT_ID,
  };

  describe('an activity whose tenant fields disagree', () => {
    const conflicting = (fields: Record<string, unknown>) =>
      h.activity(jonas, { channelData: { tenant: { id: OTHER_TENANT } }, ...fields });

    it('is refused with 400 BOT_TENANT_MISMATCH and a log line naming both tenants', async () => {
      const res = await h.post(conflicting({ type: 'message', text: 'help' }));
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('BOT_TENANT_MISMATCH');
      expect(h.connector.requests).toHaveLength(0);
      expect(logLines).toContainEqual(
        expect.objectContaining({
          conversationTenantId: LOCAL_TENANT_ID,
          channelTenantId: OTHER_TENANT,
          msg: expect.stringMatching(/tenant/),
        }),
      );
    });

    it('changes nothing: no preference, no stored conversation', async () => {
      const store = h.server.deps.bot!.deliveryStore;
      const before = await store.getPreference(LOCAL_TENANT_ID, jonas.aadObjectId);
      expect((await h.post(conflicting({ type: 'message', text: 'pause' }))).status).toBe(400);
      expect(await store.getPreference(LOCAL_TENANT_ID, jonas.aadObjectId)).toEqual(before);
      expect(await store.getPreference(OTHER_TENANT, jonas.aadObjectId)).toBeNull();
      expect((await h.post(conflicting({ type: 'installationUpdate', action: 'add' }))).status).toBe(400);
      expect(await store.findPersonalConversation(LOCAL_TENANT_ID, jonas.aadObjectId)).toBeNull();
      expect(await store.findPersonalConversation(OTHER_TENANT, jonas.aadObjectId)).toBeNull();
    });

    it('is not refused when the ids differ only in case', async () => {
      const res = await h.post(
        h.activity(jonas, {
          type: 'message',
          text: 'help',
          channelData: { tenant: { id: LOCAL_TENANT_ID.toUpperCase() } },
        }),
      );
      expect(res.status).toBe(200);
    });
  });

  describe.each([
    ['a group chat', inGroupChat],
    ['a channel', inChannel],
  ])('in %s', (_where, conversation) => {
    it.each(['status', 'feedback', 'status please'])(
      '`%s` posts nothing personal: a short card linking to the personal chat',
      async (command) => {
        const res = await h.post(h.activity(jonas, { type: 'message', text: command, conversation }));
        expect(res.status).toBe(200);
        const delivered = h.connector.delivered();
        expect(delivered).toHaveLength(1);
        const card = cardOf(delivered[0]!);
        const json = JSON.stringify(card);
        // None of the status facts, no check-in form.
        expect(json).not.toMatch(/Days left|Next meeting|checkIn\.submit|Action\.Execute|Input\./);
        expect(textsOf(card).join(' ')).toMatch(/personal chat/i);
        const urls = (card.actions as Array<{ type: string; url: string }>).map((a) => a.url);
        expect(urls).toEqual([
          `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent('28:ambassadors-bot')}`,
        ]);
      },
    );

    it('`help` still answers there', async () => {
      await h.post(h.activity(jonas, { type: 'message', text: 'help', conversation }));
      expect(textsOf(cardOf(h.connector.delivered().at(-1)!)).join(' ')).toContain('What I can do');
    });
  });

  it('in the personal chat `status` and `feedback` show the person’s own cards', async () => {
    await h.post(h.activity(jonas, { type: 'message', text: 'status' }));
    expect(textsOf(cardOf(h.connector.delivered().at(-1)!)).join(' ')).toContain('Days left');
    await h.post(h.activity(jonas, { type: 'message', text: 'feedback' }));
    expect(JSON.stringify(cardOf(h.connector.delivered().at(-1)!))).toContain('checkIn.submit');
  });

  it('the link to the personal chat is built from the bot’s own id, never from text the activity carries', async () => {
    await h.post(
      h.activity(jonas, {
        type: 'message',
        text: 'status',
        conversation: inChannel,
        recipient: { id: '28:x&users=evil](javascript:alert(1))', name: 'Ambassadors' },
      }),
    );
    const card = cardOf(h.connector.delivered().at(-1)!);
    const urls = (card.actions as Array<{ url: string }>).map((a) => a.url);
    // No bot id to trust: the card opens the app's own tab instead.
    expect(urls).toEqual([`${h.server.baseUrl}/tab/`]);
  });
});
