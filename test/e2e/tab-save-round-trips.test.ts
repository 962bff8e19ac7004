/**
 * A save costs one request: every write route answers with the board as the caller now sees it,
 * and the tab shows that answer instead of loading the programme list and the board again. The
 * requests are counted in a real browser (local mode, the real server and the demo programme).
 */
import { rm } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { describeWithBrowser, keepOffline, launchChromium, type LaunchedChromium } from '../support/chromium';
import { startTestServer, type TestServer } from '../support/start-test-server';
import { buildTab } from './helpers/build-tab';

describeWithBrowser('saving from the tab', () => {
  let server: TestServer;
  let chromium: LaunchedChromium;
  let tabDist: string;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    tabDist = await buildTab();
    server = await startTestServer({ env: { TAB_DIST_DIR: tabDist, REMINDERS: 'off' } });
    chromium = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await chromium?.close();
    await server?.close();
    if (tabDist) await rm(tabDist, { recursive: true, force: true });
  });

  /** Opens the board as a demo person; `calls` lists each API request from then on. */
  async function open(localUser: string): Promise<{ page: Page; calls: string[] }> {
    const context = await chromium.browser.newContext({
      locale: 'en-GB',
      viewport: { width: 1280, height: 900 },
    });
    contexts.push(context);
    await keepOffline(context);
    await context.addInitScript(
      (user) => window.localStorage.setItem('ambassadors.localUser', user),
      localUser,
    );
    const page = await context.newPage();
    const calls: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith('/api/')) calls.push(`${request.method()} ${url.pathname}`);
    });
    await page.goto(`${server.baseUrl}/tab/`);
    await page.waitForSelector('#step-panel');
    calls.length = 0;
    return { page, calls };
  }

  it('publishes a key message with one request and shows the answer', async () => {
    const { page, calls } = await open('local-leader');
    await page.getByRole('button', { name: 'Publish a new key message' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: /Key message/ }).fill('One request per save.');
    await dialog.getByRole('button', { name: 'Publish' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByTestId('watch-out-alignMessages').getByText('One request per save.').waitFor();
    await page.getByTestId('confirmation').getByText('The new key message is published.').waitFor();
    expect(calls).toEqual([expect.stringMatching(/^POST \/api\/v1\/programmes\/[^/]+\/key-messages$/)]);
  });

  it('marks a training module done from the step panel with one request', async () => {
    const { page, calls } = await open('local-amb-1');
    await page.getByRole('tab', { name: /^4\./ }).click();
    const markDone = page.locator('#step-panel').getByRole('button', { name: /^Mark “.*” as done$/ });
    const before = await markDone.count();
    expect(before).toBeGreaterThan(0);
    await markDone.first().click();
    await page.getByTestId('confirmation').getByText('The module is marked as done.').waitFor();
    await page.waitForFunction(
      (n) => document.querySelectorAll('#step-panel button[aria-label^="Mark “"]').length === n,
      before - 1,
    );
    expect(calls).toEqual([
      expect.stringMatching(
        /^POST \/api\/v1\/programmes\/[^/]+\/ambassadors\/[^/]+\/training\/[^/]+\/complete$/,
      ),
    ]);
  });
});
