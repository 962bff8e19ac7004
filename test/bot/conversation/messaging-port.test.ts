import { LOCAL_TENANT_ID, isMessagingFailure, type ConversationTarget } from '@ambassadors/shared';
import { startBotHarness, type BotHarness } from './bot-harness';

describe('the messaging port over CloudAdapter (the app runtime, as delivery uses it)', () => {
  let h: BotHarness;
  let target: ConversationTarget;
  const message = {
    card: { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'hi' }] },
    summary: 'hi',
  };

  beforeAll(async () => {
    h = await startBotHarness({ env: { SEND_TIMEOUT_MS: '1000' } });
    target = {
      tenantId: LOCAL_TENANT_ID,
      conversationId: 'a:port-test',
      userId: 'u1',
      scope: 'personal',
      serviceUrl: h.connector.serviceUrl,
      reference: {
        channelId: 'msteams',
        serviceUrl: h.connector.serviceUrl,
        conversation: { id: 'a:port-test', tenantId: LOCAL_TENANT_ID, conversationType: 'personal' },
        bot: { id: '28:bot' },
        user: { id: '29:u1' },
      },
    };
  });
  afterAll(async () => {
    await h.close();
  });
  beforeEach(() => h.connector.reset());

  const failureOf = async (promise: Promise<unknown>) => {
    try {
      await promise;
    } catch (error) {
      if (isMessagingFailure(error)) return error;
      throw error;
    }
    throw new Error('expected a MessagingFailure');
  };

  it('sends a card proactively and returns the activity id; updates it with PUT', async () => {
    const messaging = h.server.deps.bot!.messaging;
    const receipt = await messaging.send(target, message);
    expect(receipt.activityId).toBe(h.connector.delivered()[0]!.activityId);
    await messaging.update(target, receipt.activityId!, message);
    expect(h.connector.updates()[0]!.targetActivityId).toBe(receipt.activityId);
  });

  it('reports every channel status to the caller — no hidden retries, nothing swallowed', async () => {
    const messaging = h.server.deps.bot!.messaging;
    for (const status of [429, 503, 502, 412, 403, 404, 500]) {
      h.connector.reset();
      h.connector.inject({ status, times: 1 });
      const failure = await failureOf(messaging.send(target, message));
      expect(failure.status).toBe(status);
      expect(failure.ambiguous).toBe(false);
      expect(h.connector.requests).toHaveLength(1);
    }
  });

  it('passes Retry-After on 429 and reports a send without an answer as ambiguous', async () => {
    const messaging = h.server.deps.bot!.messaging;
    h.connector.inject({ status: 429, times: 1, headers: { 'retry-after': '3' } });
    expect((await failureOf(messaging.send(target, message))).retryAfterMs).toBe(3000);
    h.connector.reset();
    h.connector.inject({ hang: true, times: 1 });
    const failure = await failureOf(messaging.send(target, message));
    expect(failure).toMatchObject({ status: 0, ambiguous: true });
  });
});
