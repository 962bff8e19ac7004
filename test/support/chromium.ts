import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's chromium package; browsers are never downloaded (no `playwright install`). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that make headless Debian chromium quiet and offline-friendly in a container. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/**
 * Whether browser suites can run. Under CI a missing chromium is a failure (it throws: the CI
 * image must install it); on a developer machine the suite warns LOUDLY and its tests return
 * skip (see describeWithBrowser), so a missing browser is visible rather than silently "green".
 */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  const message = `Chromium not found at ${CHROMIUM_PATH}. Install it with: apt-get install -y chromium`;
  if (process.env.CI === 'true') throw new Error(`${message} (required when CI=true)`);
  const bar = '!'.repeat(100);
  console.warn(`\n${bar}\n!!! BROWSER TESTS NOT RUN: ${message}\n${bar}\n`);
  return false;
}

/**
 * `describe` for a suite that needs the browser: under CI a missing Chromium fails the run
 * (chromiumAvailable throws); on a developer machine the suite is skipped — jest counts and
 * reports its tests as skipped, never as passed — after the loud warning.
 */
// The one sanctioned skip: a missing browser outside CI, reported as skipped by jest. Outside
// jest (the benches import this file for CHROMIUM_PATH) there is no `describe` to pick.
export const describeWithBrowser: jest.Describe =
  typeof describe === 'undefined'
    ? (undefined as unknown as jest.Describe)
    : chromiumAvailable()
      ? describe
      : // eslint-disable-next-line no-restricted-properties
        describe.skip;

export interface LaunchedChromium {
  browser: Browser;
  close(): Promise<void>;
}

/**
 * Launches Debian chromium through playwright-core. Playwright gives every launch a fresh,
 * temporary profile (`--user-data-dir`) of its own and removes it on close, so no state leaks
 * between runs.
 */
export async function launchChromium(): Promise<LaunchedChromium> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  return {
    browser,
    async close() {
      await browser.close().catch(() => undefined);
    },
  };
}

/**
 * teams-js fetches its list of valid domains from a CDN when imported; offline that only logs
 * an error, but tests answer it locally so nothing leaves the machine. Any other non-loopback
 * request is refused, which also proves the tab needs no internet.
 */
export async function keepOffline(context: BrowserContext): Promise<void> {
  await context.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, async (route) => {
    const url = route.request().url();
    if (/validDomains|valid-domains|teams-js/i.test(url)) {
      await route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({ validOrigins: [] }),
      });
    } else {
      await route.abort('internetdisconnected');
    }
  });
}

/** Collects console errors and uncaught page errors, for assertions and failure messages. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return errors;
}
