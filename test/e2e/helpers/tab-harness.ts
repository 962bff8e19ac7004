import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { DEMO_PEOPLE, type ProgrammeStore, type UserRef } from '@ambassadors/shared';
import { seedDemoProgramme } from '../../../bot/src/composition/seed-demo';
import {
  collectPageErrors,
  keepOffline,
  launchChromium,
  type LaunchedChromium,
} from '../../support/chromium';
import { startJwksServer, type TestJwksServer } from '../../support/jwks-server';
import {
  signManagedIdentityAssertion,
  startGraphStandIn,
  type GraphStandIn,
  type GraphStandInUser,
} from '../../support/graph-stand-in';
import { startTestServer, type TestServer } from '../../support/start-test-server';
import {
  signTestToken,
  TEST_CLIENT_ID,
  TEST_TENANT_A,
  TEST_TENANT_B,
  type TestUser,
} from '../../support/tokens';
import { buildTab, REPO_ROOT } from './build-tab';

export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'test-output', 'screenshots');
export const TEAMS_HOST_DIR = path.join(REPO_ROOT, 'test', 'support', 'teams-host');

/** The demo people as SSO users of tenant A: their Entra object ids are the demo user ids. */
export const SSO_PEOPLE = {
  leader: toTestUser(DEMO_PEOPLE.leader),
  activeAmbassador: toTestUser(DEMO_PEOPLE.activeAmbassador),
  candidateAmbassador: toTestUser(DEMO_PEOPLE.candidateAmbassador),
  employee: toTestUser(DEMO_PEOPLE.employee),
} as const;

function toTestUser(person: UserRef): TestUser {
  return { tenantId: TEST_TENANT_A, oid: person.userId, name: person.displayName };
}

/** Stores the Danish demo programme (three ambassadors at different stages) in a tenant. */
export async function seedDemo(store: ProgrammeStore, tenantId: string, now = new Date()): Promise<string> {
  return seedDemoProgramme(store, tenantId, now);
}

/** Tenant A's directory in the Graph stand-in: colleagues a leader can find by name. */
export const DIRECTORY_PEOPLE: GraphStandInUser[] = [
  {
    id: 'd1d1d1d1-0000-4000-8000-000000000001',
    displayName: 'Peter Holm',
    userPrincipalName: 'peter.holm@contoso.test',
    mail: 'peter.holm@contoso.test',
    jobTitle: 'Tekniker',
  },
  {
    id: 'd1d1d1d1-0000-4000-8000-000000000002',
    displayName: 'Pernille Holt',
    userPrincipalName: 'pernille.holt@contoso.test',
    mail: 'pernille.holt@contoso.test',
    jobTitle: 'Planlægger',
  },
  {
    id: 'd1d1d1d1-0000-4000-8000-000000000003',
    displayName: 'Karen Bøgh',
    userPrincipalName: 'karen.bogh@contoso.test',
    mail: null,
    jobTitle: null,
  },
];

export interface SsoEnvironment {
  server: TestServer;
  jwks: TestJwksServer;
  /** Entra's token endpoint and Graph's /users, for people search on the leader's behalf. */
  graph: GraphStandIn;
  chromium: LaunchedChromium;
  programmeId: string;
  tokenFor(user: TestUser): Promise<string>;
  close(): Promise<void>;
}

/**
 * The tab "in Teams' shoes": the real server in SSO mode (tokens verified against a local JWKS
 * endpoint), the freshly built tab, the test host page served from the same origin, and
 * Debian chromium.
 */
export async function startSsoEnvironment(): Promise<SsoEnvironment> {
  const tabDist = await buildTab();
  const jwks = await startJwksServer();
  const graph = await startGraphStandIn({
    jwks,
    clientId: TEST_CLIENT_ID,
    users: { [TEST_TENANT_A]: DIRECTORY_PEOPLE },
  });
  const server = await startTestServer({
    env: {
      AAD_APP_CLIENT_ID: TEST_CLIENT_ID,
      AAD_APP_OAUTH_AUTHORITY_HOST: jwks.url,
      // tenant B is allowed but has no programme; any other tenant is refused
      ALLOWED_TENANTS: `${TEST_TENANT_A},${TEST_TENANT_B}`,
      TAB_DIST_DIR: tabDist,
      REMINDERS: 'off',
      GRAPH_BASE_URL: graph.url,
      LOGIN_BASE_URL: graph.url,
    },
    extraStatic: { '/test-host': TEAMS_HOST_DIR },
    directoryClientAssertion: () => signManagedIdentityAssertion(jwks, 'e2e-managed-identity'),
  });
  const programmeId = await seedDemo(server.store, TEST_TENANT_A);
  const chromium = await launchChromium();
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  return {
    server,
    jwks,
    graph,
    chromium,
    programmeId,
    tokenFor: (user) => signTestToken(user, { authorityHost: jwks.url, key: jwks.keys[0]! }),
    async close() {
      await chromium.close();
      await server.close();
      await graph.close();
      await jwks.close();
      await rm(tabDist, { recursive: true, force: true });
    },
  };
}

export interface HostOptions {
  user: TestUser;
  theme?: 'default' | 'dark' | 'contrast';
  locale?: string;
  subEntityId?: string;
  frameContext?: 'content' | 'settings' | 'sidePanel' | 'meetingStage';
  /** A Teams meeting around the tab: its id and its chat's id, as getContext gives them. */
  meeting?: { id: string; chatId: string; canShareToStage?: boolean };
  /** Path of the tab inside the host (default /tab/). */
  tab?: string;
  viewport?: { width: number; height: number };
  /** The browser's own time zone (IANA), e.g. to prove times are shown in the programme's zone. */
  timezoneId?: string;
}

export interface HostedTab {
  context: BrowserContext;
  page: Page;
  /** The tab's frame (inside the host page). */
  tab: Frame;
  errors: string[];
  close(): Promise<void>;
}

/** Opens the tab inside the Teams-like host page as `user`, and waits for the tab's frame. */
export async function openInTeamsHost(env: SsoEnvironment, options: HostOptions): Promise<HostedTab> {
  const context = await env.chromium.browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 900 },
    locale: 'en-GB',
    ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
  });
  await keepOffline(context);
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  await page.exposeFunction('__getTestToken', () => env.tokenFor(options.user));
  const query = new URLSearchParams({
    theme: options.theme ?? 'default',
    locale: options.locale ?? 'en-us',
    frameContext: options.frameContext ?? 'content',
    subEntityId: options.subEntityId ?? '',
    tab: options.tab ?? '/tab/',
    ...(options.meeting
      ? {
          meetingId: options.meeting.id,
          chatId: options.meeting.chatId,
          canShareToStage: String(options.meeting.canShareToStage ?? true),
        }
      : {}),
  });
  await page.goto(`${env.server.baseUrl}/test-host/host.html?${query.toString()}`);
  const frameHandle = await page.waitForSelector('#tab');
  const tab = (await frameHandle.contentFrame())!;
  return { context, page, tab, errors, close: () => context.close() };
}

/** Waits until the board has rendered (for the given role, when asked). */
export async function waitForBoard(tab: Frame, role?: string): Promise<void> {
  await tab.waitForSelector(role ? `[data-testid="board"][data-role="${role}"]` : '[data-testid="board"]', {
    timeout: 20_000,
  });
  await tab.waitForSelector('#step-panel', { timeout: 20_000 });
}

/**
 * A full-length picture of the tab: the host's iframe is stretched to the tab's content height
 * first, so the screenshot shows the whole board and not only the first screen.
 */
export async function screenshotTab(hosted: HostedTab, name: string): Promise<string> {
  const height = await hosted.tab.evaluate(() => document.documentElement.scrollHeight);
  await hosted.page.evaluate((h) => {
    const frame = document.getElementById('tab') as HTMLIFrameElement;
    frame.style.height = `${h}px`;
  }, height);
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await hosted.page.screenshot({ path: file, fullPage: true });
  await hosted.page.evaluate(() => {
    (document.getElementById('tab') as HTMLIFrameElement).style.height = '';
  });
  return file;
}

export type { Browser };

/**
 * Runs one journey in the tab inside the Teams-like host, then asserts the journey caused no
 * uncaught errors, failed requests or React warnings (except those the journey expects).
 */
export async function withTab(
  env: SsoEnvironment,
  options: HostOptions & { expectedErrors?: RegExp },
  body: (hosted: HostedTab) => Promise<void>,
): Promise<void> {
  const hosted = await openInTeamsHost(env, options);
  try {
    await body(hosted);
    expect(hosted.errors.filter((e) => !options.expectedErrors?.test(e))).toEqual([]);
  } finally {
    await hosted.close();
  }
}
