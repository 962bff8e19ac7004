/**
 * A save costs one request: every write route answers with the board as the caller now sees it,
 * and the tab shows that answer instead of loading the programme list and the board again. The
 * requests are counted in a real browser (local mode, the real server and the demo programme).
 */
import type { Page } from 'playwright-core';
import { describeWithBrowser } from '../support/chromium';
import { startLocalTabEnvironment, type LocalTabEnvironment } from './helpers/local-tab';

describeWithBrowser('saving from the tab', () => {
  let env: LocalTabEnvironment;

  beforeAll(async () => {
    env = await startLocalTabEnvironment();
  }, 180_000);

  afterAll(async () => {
    await env?.close();
  });

  /** Opens the board as a demo person; `calls` lists each API request from then on. */
  async function open(localUser: string): Promise<{ page: Page; calls: string[] }> {
    const context = await env.newContext('en-GB');
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
    await page.goto(`${env.server.baseUrl}/tab/`);
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
    // The board's live event for this very save arrives too; the tab already shows that version,
    // so it reads nothing more (well past the grace it gives an event that overtakes the answer).
    await page.waitForTimeout(2000);
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
