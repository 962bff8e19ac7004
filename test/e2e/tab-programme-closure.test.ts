/**
 * Ending a programme in the Teams-like host (SSO, real server, real Chromium): while it runs, the
 * leader's reminders panel shows the coming two weeks and the delivery report, and a resend of an
 * 'unknown' recipient reaches the Bot Connector stand-in once; then a leader closes it, reopens it
 * and closes it again; the closed board shows the banner and only reads, for the leader and for
 * an employee; the management report opens, and its PDF's text is checked.
 */
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { pdfText } from '../support/pdf-text';
import { createOutboxCardRenderer } from '../../bot/src/cards/outbox-card';
import { Dispatcher } from '../../bot/src/delivery/dispatcher';
import { outboxRecordsFor } from '../../bot/src/delivery/outbox-records';
import { createLogger } from '../../bot/src/runtime/logger';
import { systemClock, type ReminderOf } from '@ambassadors/shared';
import { startConnectorStandIn } from '../support/connector-stand-in';
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

  it('the reminders panel: the coming two weeks, the delivery report, and a resend that arrives once', async () => {
    const bot = env.server.deps.bot!;
    const connector = await startConnectorStandIn();
    const person = DEMO_PEOPLE.activeAmbassador;
    const now = new Date();
    await bot.deliveryStore.upsertConversation({
      id: `a:conv-${person.userId}`,
      type: 'conversation',
      tenantId: TEST_TENANT_A,
      conversationId: `a:conv-${person.userId}`,
      userId: person.userId,
      scope: 'personal',
      serviceUrl: connector.serviceUrl,
      reference: {
        channelId: 'msteams',
        serviceUrl: connector.serviceUrl,
        conversation: {
          id: `a:conv-${person.userId}`,
          tenantId: TEST_TENANT_A,
          conversationType: 'personal',
        },
        bot: { id: '28:ambassadors-bot', name: 'Ambassadors' },
        user: { id: `29:${person.userId}`, aadObjectId: person.userId },
      },
      installedAt: now.toISOString(),
      updatedAt: now.toISOString(),
    });
    // A meeting reminder that was in flight when a server instance stopped: its delivery is unknown.
    const [record] = outboxRecordsFor(
      {
        id: `${env.programmeId}:meeting:e2e-meeting:occ`,
        kind: 'meeting',
        tenantId: TEST_TENANT_A,
        programmeId: env.programmeId,
        dueAt: new Date(now.getTime() - 60_000).toISOString(),
        recipients: [person],
        subject: { type: 'meeting', id: 'e2e-meeting' },
        locale: 'en',
        data: {
          meetingId: 'e2e-meeting',
          meetingKind: 'regular',
          startsAt: new Date(now.getTime() + 86_400_000).toISOString(),
          durationMinutes: 60,
          joinUrl: 'https://teams.example.test/join/1',
          agenda: ['progress'],
          keyMessage: null,
        },
      } satisfies ReminderOf<'meeting'>,
      null,
      now,
    );
    await bot.deliveryStore.enqueue([
      { ...record!, status: 'unknown', attempts: 1, lastAttemptAt: now.toISOString() },
    ]);
    const dispatcher = new Dispatcher({
      store: bot.deliveryStore,
      messaging: bot.messaging,
      clock: systemClock,
      logger: createLogger({ level: 'silent' }),
      render: createOutboxCardRenderer(bot.tabUrl),
      programmes: env.server.store,
      pollMs: 50,
    });
    dispatcher.start();
    try {
      await withTab(env, { user: SSO_PEOPLE.leader, locale: 'en-gb' }, async (hosted) => {
        const { tab } = hosted;
        await waitForBoard(tab, 'leader');
        await tab.getByTestId('open-reminders').click();
        const panel = tab.getByTestId('reminders-panel');
        await panel.getByText('The coming 14 days').waitFor();
        const preview = tab.getByTestId('reminders-preview');
        await preview.waitFor();
        expect(await preview.locator('li').count()).toBeGreaterThan(0);
        expect(await preview.innerText()).toMatch(/To .*Mette Hansen/);
        const row = tab.locator(`[data-reminder="${record!.reminderId}"]`);
        await row.waitFor();
        expect(await row.innerText()).toContain(`Not known whether it arrived: ${person.displayName}`);
        expect(await row.locator('[data-count="unknown"] dd').innerText()).toBe('1');
        expect(await seriousViolations(hosted.page)).toEqual([]);
        await panel.screenshot({ path: path.join(SCREENSHOT_DIR, 'leader-reminders-panel.png') });

        await row.getByTestId('reminders-resend').click();
        await row.getByTestId('reminders-resent').getByText('Queued again for 1 person.').waitFor();
        const [sent] = await connector.waitForDelivered(1, 20_000);
        expect(sent!.conversationId).toBe(`a:conv-${person.userId}`);
        // Queued again once: the row no longer offers a resend, and nothing else arrives.
        expect(await row.getByTestId('reminders-resend').count()).toBe(0);
        await new Promise((resolve) => setTimeout(resolve, 500));
        expect(connector.delivered()).toHaveLength(1);
      });
      // Narrow widths hold: nothing in the panel is wider than a phone screen.
      await withTab(
        env,
        { user: SSO_PEOPLE.leader, locale: 'da-dk', viewport: { width: 360, height: 800 } },
        async (hosted) => {
          const { tab } = hosted;
          await waitForBoard(tab, 'leader');
          await tab.getByTestId('open-reminders').click();
          await tab.getByTestId('reminders-preview').waitFor();
          await tab.getByText('De kommende 14 dage').waitFor();
          const overflow = await tab
            .getByTestId('reminders-panel')
            .evaluate((el) => el.scrollWidth - el.clientWidth);
          expect(overflow).toBeLessThanOrEqual(0);
          await tab
            .getByTestId('reminders-panel')
            .screenshot({ path: path.join(SCREENSHOT_DIR, 'leader-reminders-panel-narrow-da.png') });
        },
      );
    } finally {
      await dispatcher.stop();
      await connector.close();
    }
  });

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
      // The watch-outs say the programme is closed, not that no ambassador has started.
      expect(await tab.getByText(/Closed: the programme was closed on/).count()).toBeGreaterThan(0);
      expect(await tab.getByText(/no active ambassadors yet/).count()).toBe(0);
      expect(await tab.getByTestId('watch-out-limitPeriod').innerText()).toContain(
        'The programme is closed: no one is an ambassador in it any more.',
      );
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
