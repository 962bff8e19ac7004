/**
 * What a person sees after acting in the tab (plain browser, local demo people): a refused save
 * names and marks the field in their language and takes them there; a confirmation belongs to
 * the action that caused it, is announced in a live region, and goes when they move on; the
 * app is never left hidden from screen readers when the demo person changes as a dialog closes.
 */
import { rm } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import {
  describeWithBrowser,
  collectPageErrors,
  keepOffline,
  launchChromium,
  type LaunchedChromium,
} from '../support/chromium';
import { startTestServer, type TestServer } from '../support/start-test-server';
import { buildTab } from './helpers/build-tab';

describeWithBrowser('the tab after an action', () => {
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

  async function open(locale: string, asUser?: string): Promise<{ page: Page; errors: string[] }> {
    const context = await chromium.browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    await keepOffline(context);
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${server.baseUrl}/tab/`);
    await page.waitForSelector('#step-panel');
    if (asUser) {
      await page.locator('#demo-as').selectOption(asUser);
      await page.waitForSelector(
        `[data-testid="board"][data-role="${asUser === 'local-employee' ? 'employee' : 'ambassador'}"]`,
      );
      await page.waitForSelector('#step-panel');
    }
    return { page, errors };
  }

  it('marks the field a save was refused for, in Danish, with its form label, and moves focus to it', async () => {
    const { page } = await open('da-DK');
    await page.getByRole('tab', { name: /^4\./ }).click();
    await page.getByRole('button', { name: 'Rediger trin' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Tilføj modul' }).click();
    const group = dialog.getByRole('group', { name: /^Modul \d+$/ }).last();
    const n = (await group.getAttribute('aria-label'))!.replace('Modul ', '');
    await group.getByRole('textbox', { name: /^Modul/ }).fill('Forandringsparathed');
    const link = group.getByRole('textbox', { name: 'Link til materiale' });
    await link.fill('ikke en adresse');
    await dialog.getByRole('button', { name: 'Gem' }).click();

    const problem = dialog.getByTestId('save-error');
    await problem.waitFor();
    const text = await problem.innerText();
    expect(text).toContain(`Modul ${n} – Link til materiale: skal være en webadresse`);
    expect(text).not.toMatch(/\w+\.\d+\.\w+|Invalid|expected/);
    await expect(link.getAttribute('aria-invalid')).resolves.toBe('true');
    await group.getByText('Skal være en webadresse, der begynder med https://.').waitFor();
    await page.waitForFunction(
      () => (document.activeElement as HTMLInputElement | null)?.value === 'ikke en adresse',
    );
  });

  it('confirms an inline action once, in a live region, and forgets it on the next tab', async () => {
    const { page, errors } = await open('en-GB', 'local-amb-2');
    const region = page.getByTestId('confirmation');
    await expect(region.getAttribute('role')).resolves.toBe('status');
    await expect(region.getAttribute('aria-live')).resolves.toBe('polite');
    await page.getByRole('tab', { name: /^3\./ }).click();
    await page.getByRole('button', { name: /^Accept agreement/ }).click();
    await region.getByText('The agreement is accepted.').waitFor();
    expect(await page.getByText('The agreement is accepted.').count()).toBe(1);
    await page.getByRole('tab', { name: /^4\./ }).click();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="confirmation"]')?.textContent === '',
    );
    expect(await page.getByText('The agreement is accepted.').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('confirms a sent check-in, and opening a dialog clears the last confirmation', async () => {
    const { page } = await open('da-DK', 'local-amb-1');
    const region = page.getByTestId('confirmation');
    await page.getByRole('button', { name: 'Send et check-in' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: '4' }).check();
    await dialog.getByRole('button', { name: 'Send check-in' }).click();
    await dialog.waitFor({ state: 'detached' });
    await region.getByText('Dit check-in er sendt. Tak.').waitFor();
    expect(
      await page
        .locator('.fui-MessageBar[class*="success"], [data-testid="confirmation"] .fui-MessageBar')
        .count(),
    ).toBe(1);
    await page.getByRole('button', { name: 'Send et check-in' }).first().click();
    await page.getByRole('dialog').waitFor();
    expect(await region.innerText()).toBe('');
  });

  it('leaves the app visible to screen readers when the demo person changes as a dialog closes', async () => {
    const { page } = await open('en-GB');
    for (let round = 0; round < 3; round++) {
      await page.getByRole('button', { name: 'Publish a new key message' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await page
        .locator('#demo-as')
        .selectOption(round % 2 === 0 ? 'local-amb-1' : 'local-leader', { force: true });
      await page.waitForSelector(
        `[data-testid="board"][data-role="${round % 2 === 0 ? 'ambassador' : 'leader'}"]`,
      );
      await page.waitForTimeout(500); // let any closing animation finish
      // (tabster's focus-trap helpers are hidden on purpose and are not part of the app)
      const hidden = await page.evaluate(() =>
        [...document.querySelectorAll('[aria-hidden="true"]')]
          .filter((el) => el.parentElement === document.body && !el.hasAttribute('data-tabster-dummy'))
          .map((el) => el.id || el.tagName),
      );
      expect(hidden).toEqual([]);
      if (round % 2 === 0) {
        await page.locator('#demo-as').selectOption('local-leader');
        await page.waitForSelector('[data-testid="board"][data-role="leader"]');
      }
    }
  });
});
