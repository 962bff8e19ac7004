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
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { DEMO_PEOPLE, DEMO_PROGRAMME_ID, UNDO_WINDOW_MS } from '@ambassadors/shared';
import { SCREENSHOT_DIR } from './helpers/tab-harness';

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

  /** Sofie (the demo employee) applies through the API, so a leader has an application to decide. */
  async function sofieApplies(): Promise<void> {
    const response = await fetch(`${server.baseUrl}/api/v1/programmes/${DEMO_PROGRAMME_ID}/applications`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-local-user': DEMO_PEOPLE.employee.userId },
      body: JSON.stringify({
        motivation: 'Jeg vil gerne hjælpe kollegerne med at tale sammen på tværs af vagterne.',
      }),
    });
    expect(response.status).toBe(201);
  }

  it('select then undo: the confirmation offers “Fortryd”, the application is pending again and its history shows the undo', async () => {
    await sofieApplies();
    const { page } = await open('da-DK');
    await page.getByRole('tab', { name: /^2\./ }).click();
    await page.getByRole('button', { name: 'Tag stilling til ansøgningen fra Sofie Nielsen' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: 'Udvælg som ambassadør' }).check();
    await dialog.getByRole('textbox', { name: /Begrundelse/ }).fill('Kollegerne har tillid til hende');
    await dialog.getByRole('button', { name: 'Udvælg' }).click();
    const confirmation = page.getByTestId('confirmation');
    await confirmation.getByText('Sofie Nielsen').waitFor();
    const undo = confirmation.getByRole('button', { name: 'Fortryd' });
    await undo.waitFor();
    // The board offers it too, where the decision shows.
    await page.getByRole('button', { name: 'Fortryd beslutningen om Sofie Nielsens ansøgning' }).waitFor();
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'undo-confirmation-da.png') });

    await undo.click();
    await confirmation.getByText('Fortrudt.', { exact: false }).waitFor();
    const application = page.getByTestId(`application-${DEMO_PEOPLE.employee.userId}`);
    await application
      .getByRole('button', { name: 'Tag stilling til ansøgningen fra Sofie Nielsen' })
      .waitFor();
    const history = await application.getByTestId('undo-history').innerText();
    expect(history).toContain('Fortrudt');
    expect(history).toContain('Valgt af Mette Hansen');
    expect(history).toContain('fortrudt af Mette Hansen');
    await expect(confirmation.getByRole('button', { name: 'Fortryd' }).count()).resolves.toBe(0);
  });

  it('mark done then undo: the step goes back and its history shows both', async () => {
    const { page } = await open('en-GB');
    await page.getByRole('tab', { name: /^4\./ }).click();
    await page.getByRole('button', { name: 'Edit step' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: /^Status/ }).selectOption('done');
    await dialog.getByRole('textbox', { name: /Why set it by hand/ }).fill('Everyone finished the course');
    await dialog.getByRole('button', { name: 'Save' }).click();
    const confirmation = page.getByTestId('confirmation');
    await confirmation.getByText('The step is saved.').waitFor();
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'undo-confirmation-en.png') });
    await confirmation.getByRole('button', { name: 'Undo' }).click();
    await confirmation.getByText('Undone.', { exact: false }).waitFor();
    const history = await page.locator('#step-panel').getByTestId('undo-history').innerText();
    expect(history).toContain('Marked done by Mette Hansen');
    expect(history).toContain('undone by Mette Hansen');
  });

  it('the Undo button goes by itself once the undo window has passed', async () => {
    const context = await chromium.browser.newContext({
      locale: 'en-GB',
      viewport: { width: 1280, height: 900 },
    });
    contexts.push(context);
    await keepOffline(context);
    const page = await context.newPage();
    await page.clock.install();
    await page.goto(`${server.baseUrl}/tab/`);
    await page.waitForSelector('#step-panel');
    await page.getByRole('tab', { name: /^5\./ }).click();
    await page.getByRole('button', { name: 'Edit step' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: /^Status/ }).selectOption('done');
    await dialog.getByRole('textbox', { name: /Why set it by hand/ }).fill('We meet as planned');
    await dialog.getByRole('button', { name: 'Save' }).click();
    const confirmation = page.getByTestId('confirmation');
    const undo = confirmation.getByRole('button', { name: 'Undo' });
    await undo.waitFor();
    await page.clock.fastForward(UNDO_WINDOW_MS + 1000);
    await undo.waitFor({ state: 'detached' });
    await confirmation.getByText('The step is saved.').waitFor();
  });
});
