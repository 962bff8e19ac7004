/**
 * The tab's privacy view in a plain browser (local mode): reachable from the header, shows what
 * the app holds about the caller readably and as a JSON download, explains each kind of record,
 * and offers leaders — only leaders — the erasure form. With four ambassadors (too few for any
 * anonymous figure) feedback still reaches the leaders: one raises a situation openly with their
 * name, a leader answers it, and the ambassador reads the answer.
 */
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { DEMO_PEOPLE, DEMO_PROGRAMME_ID, LOCAL_TENANT_ID } from '@ambassadors/shared';
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
import { SCREENSHOT_DIR } from './helpers/tab-harness';

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

  it('with four ambassadors, one raises a situation with their name, a leader answers it and the ambassador sees the answer; the check-in offers the agreement’s themes', async () => {
    // Two more active ambassadors beside the demo's two: four, the common small group.
    const ctx = { tenantId: LOCAL_TENANT_ID, user: DEMO_PEOPLE.leader };
    const board = (await server.store.loadBoard(ctx, DEMO_PROGRAMME_ID))!;
    const jonas = board.ambassadorships.find((a) => a.person.userId === DEMO_PEOPLE.activeAmbassador.userId)!;
    for (const n of [1, 2]) {
      const { etag: _etag, ...doc } = jonas;
      await server.store.createDocument(ctx, {
        ...doc,
        id: `e2e-extra-amb-${n}`,
        person: { userId: `e2e-amb-${n}`, displayName: `Ambassador ${n}` },
      });
    }
    const { page, errors } = await open('en-GB');
    await page.getByLabel('Demo as').selectOption('local-amb-1');
    await page.waitForSelector('[data-testid="board"][data-role="ambassador"]');
    const feedback = page.getByTestId('watch-out-feedback');

    // The check-in offers the themes of Jonas's agreement as choices, beside a free theme.
    await feedback.getByRole('button', { name: 'Send a check-in' }).click();
    const choice = page.getByLabel('A theme from your agreement');
    await choice.waitFor();
    expect(await choice.locator('option').allInnerTexts()).toEqual([
      '–',
      'Samarbejde på tværs',
      'Arbejdspres',
      'Mødekultur',
    ]);
    await page.getByLabel('Or another theme').waitFor();
    await page.getByRole('button', { name: 'Cancel' }).click();

    await feedback.getByRole('button', { name: 'Raise a situation openly' }).click();
    const form = feedback.getByRole('form', { name: 'Raise a situation openly' });
    await form.getByLabel('Theme').fill('Mødekultur');
    await form
      .getByLabel('The situation')
      .fill('Monday meetings run over, so the team dialogues get cut short.');
    await form.getByRole('button', { name: 'Raise the situation' }).click();
    const mine = feedback.getByTestId('open-situation').filter({ hasText: 'Monday meetings run over' });
    await mine.waitFor();
    expect(await mine.innerText()).toContain('Raised by you');

    // The leader, in a browser of their own.
    const leader = (await open('en-GB')).page;
    const raised = leader.getByTestId('open-situation').filter({ hasText: 'Monday meetings run over' });
    expect(await raised.innerText()).toContain('Raised by Jonas Berg');
    const answer = raised.getByRole('form', { name: 'Answer: Mødekultur' });
    await answer.getByLabel('Explanation').fill('From January, Monday meetings end at 10:00.');
    await answer.getByRole('button', { name: 'Answer' }).click();
    await raised.getByTestId('open-situation-answer').waitFor();

    await page.reload();
    await page.waitForSelector('[data-testid="board"][data-role="ambassador"]');
    const seen = page.getByTestId('open-situation').filter({ hasText: 'Monday meetings run over' });
    const answerText = await seen.getByTestId('open-situation-answer').innerText();
    expect(answerText).toContain('We change course');
    expect(answerText).toContain('From January, Monday meetings end at 10:00.');
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await page.getByTestId('watch-out-feedback').scrollIntoViewIfNeeded();
    await page
      .getByTestId('watch-out-feedback')
      .screenshot({ path: path.join(SCREENSHOT_DIR, 'open-situation-answered.png') });
    expect(errors).toEqual([]);
  });
});
