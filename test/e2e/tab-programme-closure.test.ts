/**
 * Ending a programme in the Teams-like host (SSO, real server, real Chromium): a leader closes
 * it, reopens it and closes it again; the closed board shows the banner and only reads, for the
 * leader and for an employee; the management report opens, and its PDF's text is checked.
 */
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { pdfText } from '../support/pdf-text';
import { describeWithBrowser } from '../support/chromium';
import { seriousViolations } from './helpers/axe';
import { DEMO_PEOPLE, TEST_TENANT_A } from './helpers/constants';
import {
  SCREENSHOT_DIR,
  SSO_PEOPLE,
  screenshotTab,
  startSsoEnvironment,
  waitForBoard,
  withTab,
  type SsoEnvironment,
} from './helpers/tab-harness';

describeWithBrowser('closing a programme and its report in the tab', () => {
  let env: SsoEnvironment;

  beforeAll(async () => {
    env = await startSsoEnvironment();
  }, 180_000);

  afterAll(async () => {
    await env?.close();
  });

  const stored = async () =>
    (await env.server.store.getProgramme(
      { tenantId: TEST_TENANT_A, user: DEMO_PEOPLE.leader },
      env.programmeId,
    ))!;

  it('closes, reopens and closes again; the closed board shows the banner and only reads', async () => {
    await withTab(env, { user: SSO_PEOPLE.leader, locale: 'en-gb' }, async (hosted) => {
      const { tab } = hosted;
      await waitForBoard(tab, 'leader');
      expect(await tab.getByTestId('closed-banner').count()).toBe(0);

      const close = async () => {
        await tab.getByTestId('close-programme').click();
        const dialog = tab.getByRole('dialog');
        await dialog.getByText('The bot sends no more reminders for the programme.').waitFor();
        await dialog.getByRole('button', { name: 'Close programme' }).click();
        await dialog.waitFor({ state: 'detached' });
        await tab.getByTestId('closed-banner').waitFor();
      };

      await close();
      const banner = await tab.getByTestId('closed-banner').innerText();
      expect(banner).toMatch(/This programme is closed/);
      expect(banner).toMatch(/Closed on .* by Mette Hansen\. The board can only be read now\./);
      expect(banner).toMatch(/Leaders can reopen it until/);
      expect((await stored()).closure).not.toBeNull();
      // Read-only: no step editing, no closing twice, the watch-outs' actions disabled.
      expect(await tab.getByRole('button', { name: 'Edit step' }).count()).toBe(0);
      expect(await tab.getByTestId('close-programme').count()).toBe(0);
      const watchOuts = ['Publish a new key message', 'Record a decision on feedback'];
      for (const name of watchOuts) expect(await tab.getByRole('button', { name }).count()).toBe(0);
      expect(await tab.getByRole('button', { name: 'Add answer' }).count()).toBe(0);
      // Reading stays: the feedback overview still opens.
      expect(await tab.getByRole('button', { name: 'Open the feedback overview' }).count()).toBe(1);
      expect(await seriousViolations(hosted.page)).toEqual([]);
      await screenshotTab(hosted, 'leader-closed-board');

      await tab.getByTestId('reopen-programme').click();
      await tab.getByTestId('closed-banner').waitFor({ state: 'detached' });
      await tab.getByTestId('close-programme').waitFor();
      expect((await stored()).closure).toBeNull();

      await close();
      expect((await stored()).closure).not.toBeNull();
    });
  });

  it('an employee sees the closed banner without the reopen', async () => {
    await withTab(env, { user: SSO_PEOPLE.employee, locale: 'da-dk' }, async (hosted) => {
      const { tab } = hosted;
      await waitForBoard(tab, 'employee');
      const banner = await tab.getByTestId('closed-banner').innerText();
      expect(banner).toMatch(/Programmet er lukket/);
      expect(banner).toMatch(/Tavlen kan nu kun læses\./);
      expect(await tab.getByTestId('reopen-programme').count()).toBe(0);
      expect(await tab.getByTestId('open-report').count()).toBe(0);
      await screenshotTab(hosted, 'employee-closed-board');
    });
  });

  it('opens the report, and the downloaded PDF says what the page says', async () => {
    await withTab(env, { user: SSO_PEOPLE.leader, locale: 'en-gb' }, async (hosted) => {
      const { page, tab } = hosted;
      await waitForBoard(tab, 'leader');
      await tab.getByTestId('open-report').click();
      const frameHandle = await tab.waitForSelector('[data-testid="report-frame"]');
      const report = (await frameHandle.contentFrame())!;
      await report.getByText('Report for the management team', { exact: false }).first().waitFor();
      const pageText = await report.locator('body').innerText();
      // The status the report states is the stored one (closed after the journey above).
      const status = (await stored()).closure ? /Closed on \d{4}-\d{2}-\d{2}/ : /· Running ·/;
      expect(pageText).toMatch(status);
      expect(pageText).toContain('Terms and exits');
      expect(pageText).toContain('When do we withdraw the ambassadors?');
      // (axe cannot look into the report's frame: it runs no scripts, by design.)
      await screenshotTab(hosted, 'leader-report-dialog');

      // The page on its own, as it prints.
      const html = await report.content();
      const printed = await hosted.context.newPage();
      await printed.setContent(html);
      await printed.screenshot({ path: path.join(SCREENSHOT_DIR, 'report-page.png'), fullPage: true });
      await printed.close();

      const downloading = page.waitForEvent('download');
      await tab.getByTestId('report-pdf').click();
      const download = await downloading;
      const file = await download.path();
      const text = pdfText(await readFile(file!));
      expect(text).toContain('Report for the management team');
      expect(text).toMatch((await stored()).closure ? /Closed on \d{4}-\d{2}-\d{2}/ : /Running/);
      expect(text).toContain('When do we withdraw the ambassadors?');
    });
  });
});
