/**
 * Fresh loads of the board, again and again, with the step panel's chunk arriving at the
 * moment that matters: just after the board has rendered its placeholder for the panel and
 * before React has run that render's effects. Every load must end with the panel shown.
 */
import { rm } from 'node:fs/promises';
import type { BrowserContext } from 'playwright-core';
import { describeWithBrowser, keepOffline, launchChromium, type LaunchedChromium } from '../support/chromium';
import { startTestServer, type TestServer } from '../support/start-test-server';
import { buildTab } from './helpers/build-tab';

const LOADS = 20;
const STEP_MS = 10;

describeWithBrowser('the board on a fresh load', () => {
  let server: TestServer;
  let chromium: LaunchedChromium;
  let tabDist: string;
  let context: BrowserContext;

  beforeAll(async () => {
    tabDist = await buildTab();
    server = await startTestServer({ env: { TAB_DIST_DIR: tabDist, REMINDERS: 'off' } });
    chromium = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await context?.close();
    await chromium?.close();
    await server?.close();
    if (tabDist) await rm(tabDist, { recursive: true, force: true });
  });

  it('always ends with the step panel shown, whenever its chunk arrives', async () => {
    context = await chromium.browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    await keepOffline(context);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    // A slower CPU widens the gap between a render and its effects, as on a busy laptop.
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });

    // The chunk is let through a little later on every load, from right after the board's data
    // has arrived to well after the board has rendered, so one of the loads lands in between.
    let boardArrived: Promise<void> = Promise.resolve();
    let markBoardArrived = () => {};
    let delayMs = 0;
    await page.route(/\/api\/v1\/programmes\/[^/]+\/board/, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response });
      markBoardArrived();
    });
    await page.route(/\/tab\/assets\/step-panel-[^/]+\.js$/, async (route) => {
      await boardArrived;
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      await route.continue();
    });

    const stuck: number[] = [];
    for (let load = 0; load < LOADS; load++) {
      delayMs = load * STEP_MS;
      boardArrived = new Promise((resolve) => (markBoardArrived = resolve));
      await page.goto(`${server.baseUrl}/tab/`);
      await page.waitForSelector('[data-testid="board"]', { timeout: 20_000 });
      const shown = await page
        .waitForSelector('#step-panel', { timeout: 20_000 }) // stuck means for good: the bug never recovered
        .then(() => true)
        .catch(() => false);
      if (!shown) stuck.push(load);
    }
    expect(stuck).toEqual([]);
  }, 300_000);
});
