import { rm } from 'node:fs/promises';
import type { BrowserContext } from 'playwright-core';
import { keepOffline, launchChromium, type LaunchedChromium } from '../../support/chromium';
import { startTestServer, type TestServer } from '../../support/start-test-server';
import { buildTab } from './build-tab';

export interface LocalTabEnvironment {
  server: TestServer;
  chromium: LaunchedChromium;
  /** A fresh offline browser context (closed with the environment). */
  newContext(locale: string): Promise<BrowserContext>;
  close(): Promise<void>;
}

/**
 * The tab in a plain browser: the freshly built tab served by the real server in local mode
 * (the demo programme, the local demo identities) and Debian chromium, for a suite's beforeAll.
 */
export async function startLocalTabEnvironment(): Promise<LocalTabEnvironment> {
  const tabDist = await buildTab();
  const server = await startTestServer({ env: { TAB_DIST_DIR: tabDist, REMINDERS: 'off' } });
  const chromium = await launchChromium();
  const contexts: BrowserContext[] = [];
  return {
    server,
    chromium,
    async newContext(locale) {
      const context = await chromium.browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
      contexts.push(context);
      await keepOffline(context);
      return context;
    },
    async close() {
      for (const context of contexts) await context.close();
      await chromium.close();
      await server.close();
      await rm(tabDist, { recursive: true, force: true });
    },
  };
}
