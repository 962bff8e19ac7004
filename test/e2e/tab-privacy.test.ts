/**
 * The tab's privacy view in a plain browser (local mode): reachable from the header, shows what
 * the app holds about the caller readably and as a JSON download, explains each kind of record,
 * and offers leaders — only leaders — the erasure form.
 */
import { readFile, rm } from 'node:fs/promises';
import type { BrowserContext } from 'playwright-core';
import {
  describeWithBrowser,
  collectPageErrors,
  keepOffline,
  launchChromium,
  type LaunchedChromium,
} from '../support/chromium';
import { startTestServer, type TestServer } from '../support/start-test-server';
import { seriousViolations } from './helpers/axe';
import { buildTab } from './helpers/build-tab';

describeWithBrowser('the privacy view of the tab', () => {
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

  async function open(locale: string) {
    const context = await chromium.browser.newContext({
      locale,
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    contexts.push(context);
    await keepOffline(context);
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${server.baseUrl}/tab/`);
    await page.waitForSelector('[data-testid="board"][data-role="leader"]');
    return { page, errors };
  }

  it('shows the leader what the app holds about them, downloads it as JSON and offers the erasure form (English)', async () => {
    const { page, errors } = await open('en-GB');
    await page.getByRole('button', { name: 'Privacy' }).click();
    const dialog = page.getByTestId('privacy-dialog');
    await dialog.getByRole('heading', { name: 'What the app holds about you' }).waitFor();
    await page.getByTestId('privacy-export-section').first().waitFor();
    const text = await dialog.innerText();
    expect(text).toContain('How you take part: owner');
    expect(text).toContain('How the app handles data');
    expect(text).toContain('Ambassadors’ check-ins');
    await dialog.getByRole('heading', { name: 'Erase a person' }).waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('privacy-download').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^ambassadors-my-data-\d{4}-\d\d-\d\d\.json$/);
    const data = JSON.parse(await readFile((await download.path())!, 'utf8'));
    expect(data).toMatchObject({ format: 'ambassadors.person-export', person: { userId: 'local-leader' } });
    expect(await seriousViolations(page, [])).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('shows an ambassador their own check-ins in Danish, and no erasure form', async () => {
    const { page } = await open('da-DK');
    await page.getByLabel('Demo som').selectOption('local-amb-1');
    await page.waitForSelector('[data-testid="board"][data-role="ambassador"]');
    await page.getByRole('button', { name: 'Privatliv' }).click();
    const dialog = page.getByTestId('privacy-dialog');
    await page.getByTestId('privacy-export-section').first().waitFor();
    const text = await dialog.innerText();
    expect(text).toContain('Din tilknytning: ansøger, ambassadør, mødedeltager');
    expect(text).toMatch(/Dine statusser: \d+/);
    expect(await dialog.getByRole('heading', { name: 'Slet en person' }).count()).toBe(0);
  });
});
