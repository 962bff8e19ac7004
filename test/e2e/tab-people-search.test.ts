/**
 * Find people by name in a plain browser (local mode, Danish): the server searches the demo
 * directory the way Graph's `$search` does, the leader invites two colleagues found by name and
 * makes a third a co-owner — the stored programme keeps each person's sign-in name.
 */
import { rm } from 'node:fs/promises';
import { DEMO_PEOPLE, LOCAL_TENANT_ID } from '@ambassadors/shared';
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

describeWithBrowser('finding people by name in local mode', () => {
  let server: TestServer;
  let chromium: LaunchedChromium;
  let tabDist: string;

  beforeAll(async () => {
    tabDist = await buildTab();
    server = await startTestServer({ env: { TAB_DIST_DIR: tabDist, REMINDERS: 'off' } });
    chromium = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await chromium?.close();
    await server?.close();
    if (tabDist) await rm(tabDist, { recursive: true, force: true });
  });

  const stored = async () => {
    const ctx = { tenantId: LOCAL_TENANT_ID, user: DEMO_PEOPLE.leader };
    const [summary] = await server.store.listProgrammes(ctx);
    return (await server.store.loadBoard(ctx, summary!.id))!.programme;
  };

  it('invites two colleagues found by name and adds a co-owner found by name (Danish)', async () => {
    const context = await chromium.browser.newContext({
      locale: 'da-DK',
      viewport: { width: 1280, height: 900 },
    });
    try {
      await keepOffline(context);
      const page = await context.newPage();
      const errors = collectPageErrors(page);
      await page.goto(`${server.baseUrl}/tab/`);
      await page.waitForSelector('[data-testid="board"][data-role="leader"]');

      await page.getByRole('tab', { name: /^2\./ }).click();
      await page.locator('#step-panel').getByRole('button', { name: 'Rediger trin' }).click();
      const dialog = page.getByRole('dialog');
      const search = dialog.getByTestId('people-search');
      const box = search.getByRole('searchbox', { name: 'Navn at søge efter' });
      await box.fill('camilla');
      await search.getByRole('button', { name: 'Opfordr: Camilla Jensen' }).click();
      await box.fill('nanna chr');
      await search.getByRole('button', { name: 'Opfordr: Nanna Christensen' }).click();
      await box.fill('zz');
      await search.getByText('Ingen fundet med det navn.').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await dialog.getByRole('button', { name: 'Gem' }).click();
      await dialog.waitFor({ state: 'detached' });
      const invitees = (await stored()).steps.posting.invitations.map((i) => i.invitee);
      expect(invitees).toEqual(
        expect.arrayContaining([
          { userId: 'local-colleague-1', displayName: 'Camilla Jensen', upn: 'camilla.jensen@demo.example' },
          {
            userId: 'local-colleague-5',
            displayName: 'Nanna Christensen',
            upn: 'nanna.christensen@demo.example',
          },
        ]),
      );

      // After a dialog has closed, Fluent may leave aria-hidden on the root: find the button by text.
      await page.locator('button', { hasText: 'Programindstillinger' }).click();
      const settings = page.getByRole('dialog');
      await settings.getByRole('searchbox', { name: 'Navn at søge efter' }).fill('ida');
      await settings.getByRole('button', { name: 'Tilføj medejer: Ida Larsen' }).click();
      await settings.getByTestId('owners').getByText('Ida Larsen', { exact: true }).waitFor();
      expect((await stored()).owners).toEqual([
        DEMO_PEOPLE.leader,
        { userId: 'local-colleague-3', displayName: 'Ida Larsen', upn: 'ida.larsen@demo.example' },
      ]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);
});
