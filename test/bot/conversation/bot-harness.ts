import { randomUUID } from 'node:crypto';
import { LOCAL_TENANT_ID } from '@ambassadors/shared';
import type { Logger } from '../../../bot/src/runtime/logger';
import {
  startConnectorStandIn,
  type ConnectorStandIn,
  type StandInOptions,
} from '../../support/connector-stand-in';
import { startTestServer, type TestServer } from '../../support/start-test-server';

/** A Teams user as activities name them: channel account id + Entra object id. */
export interface TeamsUser {
  aadObjectId: string;
  name: string;
  conversationId: string;
}

export const user = (aadObjectId: string, name: string): TeamsUser => ({
  aadObjectId,
  name,
  conversationId: `a:personal-${aadObjectId}`,
});

export interface BotHarness {
  server: TestServer;
  connector: ConnectorStandIn;
  /** POSTs an activity to /api/messages over real HTTP, as the Bot Connector would. */
  post(activity: Record<string, unknown>): Promise<{ status: number; body: any }>;
  activity(from: TeamsUser, fields: Record<string, unknown>): Record<string, unknown>;
  close(): Promise<void>;
}

export async function startBotHarness(
  options: {
    env?: Record<string, string>;
    standIn?: StandInOptions;
    tenantId?: string;
    /** The server's logger, for tests that look at what is logged. */
    logger?: Logger;
  } = {},
): Promise<BotHarness> {
  const connector = await startConnectorStandIn(options.standIn);
  const server = await startTestServer({
    env: { REMINDERS: 'off', ...options.env },
    ...(options.logger ? { logger: options.logger } : {}),
  });
  const tenantId = options.tenantId ?? LOCAL_TENANT_ID;
  return {
    server,
    connector,
    activity: (from, fields) => ({
      id: randomUUID(),
      timestamp: new Date().toISOString(),
      serviceUrl: connector.serviceUrl,
      channelId: 'msteams',
      from: { id: `29:${from.aadObjectId}`, aadObjectId: from.aadObjectId, name: from.name },
      recipient: { id: '28:ambassadors-bot', name: 'Ambassadors' },
      conversation: { id: from.conversationId, conversationType: 'personal', tenantId },
      channelData: { tenant: { id: tenantId } },
      locale: 'en-US',
      ...fields,
    }),
    async post(activity) {
      const response = await fetch(`${server.baseUrl}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(activity),
      });
      const text = await response.text();
      let body: unknown = text;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        // keep text
      }
      return { status: response.status, body };
    },
    async close() {
      await server.close();
      await connector.close();
    },
  };
}

/** The Adaptive Card attached to a recorded activity. */
export function cardOf(activity: { body: Record<string, unknown> }): any {
  const attachments = activity.body.attachments as Array<{ contentType: string; content: any }> | undefined;
  return attachments?.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')?.content;
}

/**
 * The texts of a card as a person reads them: Adaptive Card markdown shows a backslash-escaped
 * character (`\\(`) as the character itself.
 */
export function textsOf(card: any): string[] {
  const out: string[] = [];
  const read = (markdown: string) => markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1');
  const walk = (node: any) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      if (typeof node.text === 'string') out.push(read(node.text));
      if (typeof node.title === 'string') out.push(read(node.title));
      if (typeof node.value === 'string') out.push(read(node.value));
      Object.values(node).forEach(walk);
    }
  };
  walk(card);
  return out;
}
