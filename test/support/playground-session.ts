import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { waitFor } from './wait-for';

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const PLAYGROUND_CLI = path.join(REPO_ROOT, 'node_modules', '.bin', 'agentsplayground');
const REPO_CONFIG = path.join(REPO_ROOT, '.m365agentsplayground.yml');

/** A message as the playground streams it to its web client: the bot's replies and cards. */
export interface PlaygroundMessage {
  messageId: string;
  from: { id: string };
  text?: string;
  attachments?: Array<{ contentType: string; content: AdaptiveCardJson }>;
}

export interface AdaptiveCardJson {
  type: 'AdaptiveCard';
  version: string;
  body?: unknown[];
  actions?: Array<{ type: string; title?: string; verb?: string; data?: Record<string, unknown> }>;
}

export interface PlaygroundSession {
  /** The playground's user (the `currentUser` of its configuration file). */
  user: { id: string; name: string; aadObjectId: string };
  /** Every bot message streamed to the client so far, in order. */
  messages: PlaygroundMessage[];
  /** Types in the personal chat as the web client does and waits for the bot's replies. */
  say(text: string, replies?: number): Promise<PlaygroundMessage[]>;
  /** Presses an `Action.Execute` button of a card with the inputs filled in, as the web client does. */
  execute(message: PlaygroundMessage, verb: string, inputs?: Record<string, string>): Promise<InvokeAnswer>;
  close(): Promise<void>;
}

export interface InvokeAnswer {
  status: number;
  /** `application/vnd.microsoft.card.adaptive` with the card that replaces the pressed one. */
  type: string;
  value: AdaptiveCardJson;
}

/**
 * Microsoft 365 Agents Playground as a client: the real CLI, started against the bot endpoint and
 * driven through the same HTTP and WebSocket API its web page uses (`/_conversation/v1/…`,
 * `/_ws_conversation/v1/conversations/stream`). The playground turns these into the activities
 * Teams sends (personal chat, the configured tenant and user) and posts them to the bot.
 *
 * `as` swaps the configuration's `currentUser` with one of its `users` by Entra object id — the
 * README's way of being someone else — in a copy of the repository's file.
 */
export async function startPlayground(options: {
  botEndpoint: string;
  as?: string;
}): Promise<PlaygroundSession> {
  const config = parse(await readFile(REPO_CONFIG, 'utf8')) as {
    currentUser: PlaygroundSession['user'];
    users: Array<PlaygroundSession['user']>;
    personalChat: { id: string };
  };
  let cwd = REPO_ROOT;
  let configDir: string | null = null;
  if (options.as && options.as !== config.currentUser.aadObjectId) {
    const chosen = config.users.find((u) => u.aadObjectId === options.as);
    if (!chosen) throw new Error(`No playground user with aadObjectId ${options.as}`);
    config.users = [config.currentUser, ...config.users.filter((u) => u !== chosen)];
    config.currentUser = chosen;
    configDir = await mkdtemp(path.join(os.tmpdir(), 'playground-'));
    await writeFile(path.join(configDir, '.m365agentsplayground.yml'), stringify(config));
    cwd = configDir;
  }
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(
    PLAYGROUND_CLI,
    ['-e', options.botEndpoint, '-c', 'msteams', '-p', String(port), '--disable-telemetry'],
    { cwd, env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  await waitFor(() => output.includes(`Listening on ${port}`), 30_000, 'the playground');

  const messages: PlaygroundMessage[] = [];
  const socket = new WebSocket(`ws://127.0.0.1:${port}/_ws_conversation/v1/conversations/stream`);
  socket.onmessage = (event) => {
    const frame = JSON.parse(String(event.data)) as { action: string; message?: PlaygroundMessage };
    if (frame.action === 'createMessage' && frame.message) messages.push(frame.message);
  };
  await new Promise<void>((resolve, reject) => {
    socket.onopen = () => resolve();
    socket.onerror = () => reject(new Error(`playground socket failed: ${output}`));
  });
  const user = config.currentUser;
  const chat = config.personalChat.id;

  return {
    user,
    messages,
    async say(text, replies = 1) {
      const before = messages.length;
      const res = await fetch(`${base}/_conversation/v1/conversations/${encodeURIComponent(chat)}/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text, textFormat: 'plain', from: { id: user.id } }),
      });
      if (res.status !== 200)
        throw new Error(`playground refused "${text}": ${res.status} ${await res.text()}`);
      await waitFor(() => messages.length >= before + replies, 15_000, `a reply to "${text}"`);
      return messages.slice(before);
    },
    async execute(message, verb, inputs = {}) {
      const action = message.attachments?.[0]?.content.actions?.find(
        (a) => a.type === 'Action.Execute' && a.verb === verb,
      );
      if (!action) throw new Error(`no Action.Execute "${verb}" on the card`);
      const res = await fetch(`${base}/_conversation/v1/invoke`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          name: 'adaptiveCard/action',
          // what the web client sends: the action with its data, the card's inputs merged in
          value: {
            action: { type: action.type, title: action.title, verb, data: { ...action.data, ...inputs } },
          },
          from: { id: user.id },
          conversation: { id: chat },
          replyToId: message.messageId,
        }),
      });
      const body = (await res.json()) as { type: string; value: AdaptiveCardJson };
      return { status: res.status, ...body };
    },
    async close() {
      socket.close();
      child.kill();
      await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)));
      if (configDir) await rm(configDir, { recursive: true, force: true });
    },
  };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** The card of a message (the first attachment), or a clear failure. */
export function cardOf(message: PlaygroundMessage | undefined): AdaptiveCardJson {
  const card = message?.attachments?.[0]?.content;
  if (!card) throw new Error(`expected a card, got ${JSON.stringify(message)}`);
  return card;
}
