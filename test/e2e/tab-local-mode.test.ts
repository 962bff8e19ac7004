/**
 * The tab in a plain browser (local mode): the server's local demo identity on loopback, the
 * browser's language, the "demo as" switcher, and a quick fallback when a parent frame never
 * answers teams-js.
 */
import { rm } from 'node:fs/promises';
import type { BrowserContext } from 'playwright-core';
import {
  collectPageErrors,
  describeWithBrowser,
  keepOffline,
  launchChromium,
  type LaunchedChromium,
} from '../support/chromium';
import { startTestServer, type TestServer } from '../support/start-test-server';
import { seriousViolations } from './helpers/axe';
import { buildTab } from './helpers/build-tab';
import { TEAMS_HOST_DIR } from './helpers/tab-harness';

describeWithBrowser('the tab in a plain browser (local mode)', () => {
  let server: TestServer;
  let chromium: LaunchedChromium;
  let tabDist: string;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    tabDist = await buildTab();
    server = await startTestServer({
      env: { TAB_DIST_DIR: tabDist, REMINDERS: 'off' },
      extraStatic: { '/test-host': TEAMS_HOST_DIR },
    });
    chromium = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await chromium?.close();
    await server?.close();
    if (tabDist) await rm(tabDist, { recursive: true, force: true });
  });

  async function open(locale: string, path = '/tab/') {
    const context = await chromium.browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    await keepOffline(context);
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${server.baseUrl}${path}`);
    return { page, errors };
  }

  it('runs as the local demo leader in the browser’s language (Danish)', async () => {
    const { page, errors } = await open('da-DK');
    await page.waitForSelector('[data-testid="board"][data-role="leader"]');
    await expect(page.locator('[data-host]').first().getAttribute('data-host')).resolves.toBe('local');
    await expect(page.getByTestId('role').innerText()).resolves.toBe('Du er: leder');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('da');
    await page.getByRole('heading', { name: 'Vær opmærksom på' }).waitFor();
    expect(errors).toEqual([]);
  });

  it('switches the demo person: the employee sees the posting and no leader parts (English)', async () => {
    const { page } = await open('en-GB');
    await page.waitForSelector('[data-testid="board"][data-role="leader"]');
    await page.getByLabel('Demo as').selectOption('local-employee');
    await page.waitForSelector('[data-testid="board"][data-role="employee"]');
    await expect(page.getByTestId('role').innerText()).resolves.toBe('You are: employee');
    await expect(page.locator('#step-panel').getAttribute('data-step')).resolves.toBe('posting');
    expect(
      await page.getByRole('heading', { name: 'Questions to discuss in the management team' }).count(),
    ).toBe(0);
    expect(await page.getByRole('button', { name: 'Edit step' }).count()).toBe(0);
    expect(await seriousViolations(page, [])).toEqual([]);
    // the choice survives a reload (local mode only)
    await page.reload();
    await page.waitForSelector('[data-testid="board"][data-role="employee"]');
  });

  it('works from the keyboard: a step card’s button opens the step and moves focus to it', async () => {
    const { page } = await open('en-GB');
    await page.waitForSelector('#step-panel');
    const open4 = page.getByRole('button', { name: 'Open step: Mindset' });
    await open4.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'step-panel');
    await expect(page.locator('#step-panel').getAttribute('data-step')).resolves.toBe('training');
    // the tabs are a real tab list: arrow keys move between the steps
    await page.getByRole('tab', { name: /^4\./ }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect(page.locator('#step-panel').getAttribute('data-step')).resolves.toBe('meetings');
  });

  it('falls back to local mode within seconds when a parent frame never answers teams-js', async () => {
    const { page } = await open('en-GB', '/test-host/silent-host.html');
    const frame = (await (await page.waitForSelector('#tab')).contentFrame())!;
    // Far below teams-js' own 60 s: the tab's own timeout (TEAMS_INIT_TIMEOUT_MS) decides.
    await frame.waitForSelector('[data-testid="board"]', { timeout: 15_000 });
    await expect(frame.locator('[data-host]').first().getAttribute('data-host')).resolves.toBe('local');
    // It did ask the parent to initialise (and got no answer): local mode is the fallback, not a shortcut.
    const heard = await page.evaluate(() => (window as unknown as { heardFromTab: unknown[] }).heardFromTab);
    expect(heard).toContain('initialize');
  });

  it('opens the channel tab configuration page outside Teams too', async () => {
    const { page } = await open('en-GB', '/tab/config');
    await page.getByTestId('config-page').waitFor();
    await page.getByRole('radio', { name: 'Ambassadører for arbejdsfællesskabet' }).waitFor();
    await expect(
      page.getByRole('link', { name: 'Open the chosen programme' }).getAttribute('href'),
    ).resolves.toContain('/tab/?programmeId=');
  });
});
