/**
 * The tab in Teams' shoes: a Teams-like host page frames the built tab from the server's own
 * origin and answers teams-js (initialize, getContext, getAuthToken with real JWTs signed by the
 * local JWKS server's keys, theme changes, deep links). The server runs in SSO mode, so every
 * API call the tab makes goes through real token verification.
 *
 * The journeys share one server and run in order (the employee applies, then the leader selects
 * her), like a day in the programme.
 */
import {
  AMBASSADORS_CARD,
  DEMO_PEOPLE,
  TEST_TENANT_A,
  TEST_TENANT_B,
  TEST_TENANT_NOT_ALLOWED,
  testUser,
} from './helpers/constants';
import path from 'node:path';
import { describeWithBrowser } from '../support/chromium';
import { seriousViolations } from './helpers/axe';
import {
  SCREENSHOT_DIR,
  screenshotTab,
  SSO_PEOPLE,
  startSsoEnvironment,
  waitForBoard,
  withTab,
  type SsoEnvironment,
} from './helpers/tab-harness';

/** An employee who never applies (Sofie, the demo employee, is selected on the way). */
const OTHER_EMPLOYEE = testUser(TEST_TENANT_A, 'Peter Holm');

describeWithBrowser('the tab inside a Teams-like host (SSO)', () => {
  let env: SsoEnvironment;

  beforeAll(async () => {
    env = await startSsoEnvironment();
  }, 180_000);

  afterAll(async () => {
    await env?.close();
  });

  it('shows the leader the five steps with the card’s Danish names, and passes axe', async () => {
    await withTab(env, { user: SSO_PEOPLE.leader, locale: 'da-dk' }, async ({ page, tab, errors }) => {
      await waitForBoard(tab, 'leader');
      const tabNames = await tab.getByRole('tab').allInnerTexts();
      expect(tabNames).toEqual(AMBASSADORS_CARD.steps.map((step, i) => `${i + 1}. ${step.title.da}`));
      await expect(tab.getByTestId('role').innerText()).resolves.toBe('Du er: leder');
      // every step card shows status, owner, due date and progress
      expect(await tab.locator('article[data-step]').count()).toBe(5);
      await expect(tab.getByText('Vær opmærksom på').count()).resolves.toBe(1);
      await expect(tab.getByTestId('fact-box').innerText()).resolves.toContain('Hjælp til ambassadørrollen');
      expect(await seriousViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    });
  });

  it('lets the leader edit a step (an open dialog passes axe too)', async () => {
    await withTab(env, { user: SSO_PEOPLE.leader, locale: 'da-dk' }, async ({ page, tab }) => {
      await waitForBoard(tab, 'leader');
      await tab.getByRole('tab', { name: /^1\./ }).click();
      await tab.getByRole('button', { name: 'Rediger trin' }).click();
      const dialog = tab.getByRole('dialog');
      await dialog.getByRole('button', { name: 'Tilføj opgave' }).click();
      await dialog
        .getByRole('textbox', { name: /^Opgave/ })
        .last()
        .fill('Fortæl om arbejdsfællesskabet ved morgenmødet');
      expect(await seriousViolations(page)).toEqual([]);
      await dialog.getByRole('button', { name: 'Gem' }).click();
      await dialog.waitFor({ state: 'detached' });
      await tab.getByText('Fortæl om arbejdsfællesskabet ved morgenmødet').waitFor();

      // a leader may set a step's status by hand, saying why; the card shows both
      await tab.getByRole('tab', { name: /^4\./ }).click();
      await tab.getByRole('button', { name: 'Rediger trin' }).click();
      const statusDialog = tab.getByRole('dialog');
      await statusDialog.getByRole('combobox', { name: 'Status' }).selectOption('done');
      await statusDialog
        .getByRole('textbox', { name: /Hvorfor sætte den i hånden/ })
        .fill('Resten tages på næste møde.');
      await statusDialog.getByRole('button', { name: 'Gem' }).click();
      await statusDialog.waitFor({ state: 'detached' });
      await expect(tab.getByTestId('status-training').innerText()).resolves.toBe('Færdig');
      await tab
        .locator('article[data-step="training"]')
        .getByText(/Resten tages på næste møde/)
        .waitFor();
    });
    const board = await env.server.store.loadBoard(
      { tenantId: TEST_TENANT_A, user: DEMO_PEOPLE.leader },
      env.programmeId,
    );
    expect(board?.programme.steps.taskPlan.tasks.map((t) => t.title)).toContain(
      'Fortæl om arbejdsfællesskabet ved morgenmødet',
    );
  });

  it('lets the leader publish a key message, plan a meeting with notes, and answer feedback', async () => {
    await withTab(env, { user: SSO_PEOPLE.leader, locale: 'en-gb' }, async ({ tab }) => {
      await waitForBoard(tab, 'leader');
      // align the messages: a new key message version
      await tab.getByRole('button', { name: 'Publish a new key message' }).click();
      let dialog = tab.getByRole('dialog');
      await dialog
        .getByRole('textbox', { name: /Key message/ })
        .fill('We solve tasks together: ask a colleague first.');
      await dialog.getByRole('button', { name: 'Publish' }).click();
      await dialog.waitFor({ state: 'detached' });
      await tab
        .getByTestId('watch-out-alignMessages')
        .getByText('We solve tasks together: ask a colleague first.')
        .waitFor();

      // step 5: plan a meeting, then write its notes
      await tab.getByRole('tab', { name: /^5\./ }).click();
      await tab.locator('#step-panel').getByRole('button', { name: 'Plan a meeting' }).click();
      dialog = tab.getByRole('dialog');
      await dialog.getByRole('radio', { name: 'Alignment meeting' }).check();
      // a meeting that began an hour ago: "held" only once a meeting has started
      const startedAt = new Date(Math.floor(Date.now() / 60_000) * 60_000 - 3_600_000);
      await dialog.getByLabel('Starts').fill(copenhagenWallTime(startedAt));
      await dialog.getByRole('button', { name: 'Plan meeting' }).click();
      await dialog.waitFor({ state: 'detached' });
      const before = (await env.server.store.loadBoard(
        { tenantId: TEST_TENANT_A, user: DEMO_PEOPLE.leader },
        env.programmeId,
      ))!;
      const planned = before.meetings.filter((m) => m.kind === 'alignment' && !m.held);
      expect(planned.length).toBeGreaterThan(0);
      await tab
        .locator('#step-panel')
        .getByRole('button', { name: `Move or write notes: meeting ${britishDateTime(startedAt)}` })
        .click();
      dialog = tab.getByRole('dialog');
      await dialog.getByRole('checkbox', { name: 'The meeting was held' }).check();
      await dialog
        .getByRole('textbox', { name: 'Progress' })
        .fill('Two teams now start meetings with a round of successes.');
      await dialog.getByRole('button', { name: 'Save' }).click();
      await dialog.waitFor({ state: 'detached' });
      const after = (await env.server.store.loadBoard(
        { tenantId: TEST_TENANT_A, user: DEMO_PEOPLE.leader },
        env.programmeId,
      ))!;
      expect(
        after.meetings.some(
          (m) => m.held && m.notes.progress === 'Two teams now start meetings with a round of successes.',
        ),
      ).toBe(true);

      // you said, we did
      await tab.getByRole('button', { name: 'Record a decision on feedback' }).click();
      dialog = tab.getByRole('dialog');
      await dialog.getByRole('textbox', { name: /^Theme/ }).fill('Arbejdspres');
      await dialog.getByRole('radio', { name: 'We explain' }).check();
      await dialog
        .getByRole('textbox', { name: /^Explanation/ })
        .fill('The deadline is fixed by the customer; we add a helper in March.');
      await dialog.getByRole('button', { name: 'Record decision' }).click();
      await dialog.waitFor({ state: 'detached' });
      await tab
        .getByTestId('watch-out-feedback')
        .getByText('The deadline is fixed by the customer; we add a helper in March.')
        .waitFor();
    });
  });

  it('says so when someone else saved first, keeps the input, and saves after loading the latest', async () => {
    await withTab(
      env,
      { user: SSO_PEOPLE.leader, locale: 'da-dk', expectedErrors: /status of 409/ },
      async (hosted) => {
        const { tab } = hosted;
        await waitForBoard(tab, 'leader');
        await tab.getByRole('tab', { name: /^4\./ }).click();
        await tab.getByRole('button', { name: 'Rediger trin' }).click();
        const dialog = tab.getByRole('dialog');
        const notes = dialog.getByRole('textbox', { name: 'Noter' });
        await notes.fill('Mine noter: modulerne skal være klar før sommer.');

        // Meanwhile another leader saves the same programme through the API.
        const token = await env.tokenFor(SSO_PEOPLE.leader);
        const current = await fetch(`${env.server.baseUrl}/api/v1/programmes/${env.programmeId}/board`, {
          headers: { Authorization: `Bearer ${token}` },
        }).then((r) => r.json() as Promise<{ programme: { etag: string } }>);
        const other = await fetch(
          `${env.server.baseUrl}/api/v1/programmes/${env.programmeId}/steps/training`,
          {
            method: 'PUT',
            headers: {
              Authorization: `Bearer ${token}`,
              'Content-Type': 'application/json',
              'If-Match': current.programme.etag,
            },
            body: JSON.stringify({ dueDate: '2027-01-15' }),
          },
        );
        expect(other.status).toBe(200);

        await dialog.getByRole('button', { name: 'Gem' }).click();
        const conflict = dialog.getByTestId('conflict');
        await conflict.waitFor();
        await expect(conflict.innerText()).resolves.toContain('En anden nåede at gemme først');
        await expect(notes.inputValue()).resolves.toBe('Mine noter: modulerne skal være klar før sommer.');
        await hosted.page.screenshot({ path: path.join(SCREENSHOT_DIR, 'dialog-conflict-da.png') });

        await dialog.getByRole('button', { name: 'Hent nyeste udgave' }).click();
        await dialog.getByRole('button', { name: 'Gem' }).click();
        await dialog.waitFor({ state: 'detached' });
        await tab.getByText('Mine noter: modulerne skal være klar før sommer.').waitFor();
      },
    );
  });

  it('lets an employee read the posting and apply (English)', async () => {
    await withTab(env, { user: SSO_PEOPLE.employee, locale: 'en-gb' }, async ({ tab }) => {
      await waitForBoard(tab, 'employee');
      await expect(tab.getByTestId('role').innerText()).resolves.toBe('You are: employee');
      await tab.getByRole('tab', { name: /^2\./ }).click();
      await tab.getByRole('button', { name: 'Apply for the ambassador role' }).click();
      const dialog = tab.getByRole('dialog');
      await dialog
        .getByRole('textbox', { name: /Why do you want the role/ })
        .fill('I help colleagues agree in our team meetings.');
      await dialog.getByRole('button', { name: 'Send application' }).click();
      await dialog.waitFor({ state: 'detached' });
      await expect(tab.getByTestId('my-application').innerText()).resolves.toContain('You applied');
      // employees never see the leaders' parts
      expect(await tab.getByText('Questions to discuss in the management team').count()).toBe(0);
    });
  });

  it('lets the leader select the applicant as an ambassador, with a reason, and propose her agreement', async () => {
    await withTab(env, { user: SSO_PEOPLE.leader, locale: 'da-dk' }, async ({ tab }) => {
      await waitForBoard(tab, 'leader');
      await tab.getByRole('tab', { name: /^2\./ }).click();
      const application = tab.getByTestId(`application-${DEMO_PEOPLE.employee.userId}`);
      await application
        .getByRole('button', { name: `Tag stilling til ansøgningen fra ${DEMO_PEOPLE.employee.displayName}` })
        .click();
      const dialog = tab.getByRole('dialog');
      await expect(dialog.getByRole('radio', { name: 'Udvælg som ambassadør' }).isChecked()).resolves.toBe(
        true,
      );
      await dialog
        .getByRole('textbox', { name: /Begrundelse/ })
        .fill('Sofie samler driften og får kollegerne til at tale sammen.');
      await dialog.getByRole('button', { name: 'Udvælg' }).click();
      await dialog.waitFor({ state: 'detached' });
      await application.getByText('Udvalgt').waitFor();
      await tab.getByTestId(`term-${DEMO_PEOPLE.employee.userId}`).waitFor();
      // step 3: the new ambassador gets the agreement from the template
      await tab.getByRole('tab', { name: /^3\./ }).click();
      await tab
        .getByRole('button', { name: `Foreslå aftalen til ${DEMO_PEOPLE.employee.displayName}` })
        .click();
      // The prefilled agreement opens for adjustment; proposing it as it is is one click.
      const proposal = tab.getByRole('dialog');
      await proposal.getByRole('button', { name: 'Foreslå aftalen', exact: true }).click();
      await proposal.waitFor({ state: 'detached' });
      await tab.getByText('Aftalen er foreslået til Sofie Nielsen', { exact: false }).waitFor();
    });
  });

  it('opens at the step a deep link names, and lets a candidate accept her agreement (dark theme)', async () => {
    await withTab(
      env,
      {
        user: SSO_PEOPLE.candidateAmbassador,
        locale: 'en-gb',
        theme: 'dark',
        subEntityId: `${env.programmeId}/agreement`,
      },
      async ({ page, tab }) => {
        await waitForBoard(tab, 'ambassador');
        await expect(tab.locator('#step-panel').getAttribute('data-step')).resolves.toBe('agreement');
        const mine = tab.getByTestId('my-agreement');
        await mine.waitFor();
        expect(await seriousViolations(page)).toEqual([]); // a step view
        await mine.getByRole('button', { name: /Accept agreement/ }).click();
        await mine.getByText('You have accepted version 1.').waitFor();
      },
    );
    const board = await env.server.store.loadBoard(
      { tenantId: TEST_TENANT_A, user: DEMO_PEOPLE.leader },
      env.programmeId,
    );
    const aisha = board?.ambassadorships.find(
      (a) => a.person.userId === DEMO_PEOPLE.candidateAmbassador.userId,
    );
    expect(aisha?.agreement.ambassadorAcceptances.map((a) => a.version)).toContain(1);
  });

  it('lets an active ambassador send a check-in; the form warns about names and health', async () => {
    const ctx = { tenantId: TEST_TENANT_A, user: DEMO_PEOPLE.leader };
    const before = (await env.server.store.loadBoard(ctx, env.programmeId))!.checkIns.length;
    await withTab(env, { user: SSO_PEOPLE.activeAmbassador, locale: 'en-gb' }, async ({ page, tab }) => {
      await waitForBoard(tab, 'ambassador');
      await tab.getByRole('button', { name: 'Send a check-in' }).first().click();
      const dialog = tab.getByRole('dialog');
      await expect(dialog.getByTestId('privacy-warning').innerText()).resolves.toMatch(
        /Do not name colleagues.*health/s,
      );
      await expect(dialog.getByTestId('check-in-visibility').innerText()).resolves.toMatch(
        /only the programme's leaders.*at least 5 different ambassadors.*deleted 12 months after your term ends/s,
      );
      await dialog.getByRole('radio', { name: '4' }).check();
      // Jonas's agreement names themes: the form offers them, and a theme of his own beside them.
      await dialog.getByRole('textbox', { name: /^Or another theme/ }).fill('meeting culture');
      await dialog
        .getByRole('textbox', { name: /take a stand/ })
        .fill('A team meeting drifted into complaints; I steered it back to what we can change.');
      expect(await seriousViolations(page)).toEqual([]); // an open dialog
      await dialog.getByRole('button', { name: 'Send check-in' }).click();
      await dialog.waitFor({ state: 'detached' });
    });
    const after = (await env.server.store.loadBoard(ctx, env.programmeId))!.checkIns;
    expect(after.length).toBe(before + 1);
    expect(after.some((c) => c.situations.some((s) => s.theme === 'meeting culture'))).toBe(true);
  });

  it('follows a live theme change from Teams', async () => {
    await withTab(env, { user: SSO_PEOPLE.leader, locale: 'en-gb' }, async ({ page, tab }) => {
      await waitForBoard(tab, 'leader');
      const provider = tab.locator('[data-theme]').first();
      await expect(provider.getAttribute('data-theme')).resolves.toBe('default');
      const light = await provider.evaluate((el) => getComputedStyle(el).backgroundColor);
      await page.evaluate(() =>
        (window as unknown as { teamsHost: { setTheme(t: string): void } }).teamsHost.setTheme('dark'),
      );
      await tab.locator('[data-theme="dark"]').waitFor();
      const dark = await provider.evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(dark).not.toBe(light);
      await page.evaluate(() =>
        (window as unknown as { teamsHost: { setTheme(t: string): void } }).teamsHost.setTheme('contrast'),
      );
      await tab.locator('[data-theme="contrast"]').waitFor();
      await expect(provider.evaluate((el) => getComputedStyle(el).backgroundColor)).resolves.not.toBe(dark);
    });
  });

  it('writes screenshots of the board per theme and language, and for each role', async () => {
    const shots: string[] = [];
    for (const locale of ['da-dk', 'en-gb']) {
      for (const theme of ['default', 'dark', 'contrast'] as const) {
        await withTab(env, { user: SSO_PEOPLE.leader, locale, theme }, async (hosted) => {
          await waitForBoard(hosted.tab, 'leader');
          await expect(hosted.tab.locator(`[data-theme="${theme}"]`).count()).resolves.toBe(1);
          shots.push(await screenshotTab(hosted, `board-leader-${locale.slice(0, 2)}-${theme}`));
        });
      }
    }
    await withTab(
      env,
      { user: SSO_PEOPLE.activeAmbassador, locale: 'da-dk', theme: 'dark' },
      async (hosted) => {
        await waitForBoard(hosted.tab, 'ambassador');
        shots.push(await screenshotTab(hosted, 'board-ambassador-da-dark'));
      },
    );
    await withTab(env, { user: OTHER_EMPLOYEE, locale: 'en-gb', theme: 'default' }, async (hosted) => {
      await waitForBoard(hosted.tab, 'employee');
      shots.push(await screenshotTab(hosted, 'board-employee-en-default'));
    });
    expect(shots).toHaveLength(8);
  });

  it('works at phone width without sideways scrolling', async () => {
    await withTab(
      env,
      { user: OTHER_EMPLOYEE, locale: 'da-dk', viewport: { width: 360, height: 740 } },
      async (hosted) => {
        await waitForBoard(hosted.tab, 'employee');
        const overflow = await hosted.tab.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
        await screenshotTab(hosted, 'board-employee-da-phone');
      },
    );
  });

  it('hands "schedule in Teams" to Teams as a meeting deep link with the ambassadors and the agenda', async () => {
    await withTab(
      env,
      { user: SSO_PEOPLE.leader, locale: 'en-gb', subEntityId: 'meetings' },
      async ({ page, tab }) => {
        await waitForBoard(tab, 'leader');
        await expect(tab.locator('#step-panel').getAttribute('data-step')).resolves.toBe('meetings');
        await tab.locator('#step-panel').getByRole('button', { name: 'Schedule in Teams' }).first().click();
        const links = await page.waitForFunction(() => {
          const opened = (window as unknown as { teamsHost: { openedLinks: string[] } }).teamsHost
            .openedLinks;
          return opened.length > 0 ? opened.slice() : null;
        });
        const [link] = (await links.jsonValue()) as string[];
        const url = new URL(link!);
        expect(url.origin + url.pathname).toBe('https://teams.microsoft.com/l/meeting/new');
        expect(url.searchParams.get('subject')).toContain('Ambassadører for arbejdsfællesskabet');
        expect(url.searchParams.get('attendees')).toContain(DEMO_PEOPLE.activeAmbassador.userId);
        expect(url.searchParams.get('content')).toContain('Progress');
      },
    );
  });

  it('shows leaders the feedback overview and explains why small numbers are hidden', async () => {
    await withTab(env, { user: SSO_PEOPLE.leader, locale: 'en-gb' }, async ({ tab }) => {
      await waitForBoard(tab, 'leader');
      await tab.getByRole('button', { name: 'Open the feedback overview' }).click();
      const dialog = tab.getByRole('dialog');
      await dialog
        .getByText(
          /figures are only shown when at least 5 different ambassadors have answered, and free text only from 10/,
        )
        .waitFor();
      // the demo has fewer than 5 check-ins, so the server hides the aggregates
      await dialog
        .getByText(
          'Hidden: free text is shown when 10 different ambassadors have answered, so no one can be recognised.',
        )
        .waitFor();
      expect(await dialog.getByText(/hidden \(under 5\)/).count()).toBeGreaterThan(0);
      await dialog.getByRole('button', { name: 'Close' }).click();
      await dialog.waitFor({ state: 'detached' });
    });
  });

  it('only ever shows the caller’s own tenant: another tenant starts empty and can create its programme', async () => {
    const otherLeader = testUser(TEST_TENANT_B, 'Birgitte Holm');
    await withTab(env, { user: otherLeader, locale: 'da-dk' }, async ({ tab }) => {
      const empty = tab.locator('[data-state="empty"]');
      await empty.getByText('Der er endnu intet ambassadørprogram').waitFor();
      expect(await tab.getByText('Ambassadører for arbejdsfællesskabet').count()).toBe(0);
      await empty.getByRole('textbox', { name: /Programmets navn/ }).fill('Ambassadører i lageret');
      await empty.getByRole('button', { name: 'Opret program' }).click();
      await waitForBoard(tab, 'leader');
      await expect(tab.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(
        'Ambassadører i lageret',
      );
    });
  });

  it('tells a user from a tenant that is not allowed what to do, instead of spinning', async () => {
    const outsider = testUser(TEST_TENANT_NOT_ALLOWED, 'Ole Udenfor');
    await withTab(
      env,
      { user: outsider, locale: 'en-gb', expectedErrors: /status of 401/ },
      async ({ tab }) => {
        const error = tab.locator('[data-state="error"]');
        await error.waitFor();
        await expect(error.getByRole('heading').innerText()).resolves.toBe(
          'Your organisation does not have access',
        );
        await expect(error.innerText()).resolves.toContain('Contact your Teams admin');
        await error.getByRole('button', { name: 'Try again' }).waitFor();
      },
    );
  });

  it('configures a channel tab: pick a programme and save it with pages.config', async () => {
    await withTab(
      env,
      { user: SSO_PEOPLE.leader, locale: 'en-gb', frameContext: 'settings', tab: '/tab/config' },
      async ({ page, tab }) => {
        await tab.getByTestId('config-page').waitFor();
        await tab.getByRole('radio', { name: 'Ambassadører for arbejdsfællesskabet' }).check();
        await page.waitForFunction(() => {
          const host = (window as unknown as { teamsHost: { isValid(): boolean; hasSaveHandler(): boolean } })
            .teamsHost;
          return host.isValid() && host.hasSaveHandler();
        });
        await page.evaluate(() => (window as unknown as { teamsHost: { save(): void } }).teamsHost.save());
        const saved = await page.waitForFunction(
          () => (window as unknown as { teamsHost: { savedSettings: unknown[] } }).teamsHost.savedSettings[0],
        );
        const settings = (await saved.jsonValue()) as { entityId: string; contentUrl: string };
        expect(settings.entityId).toBe(env.programmeId);
        expect(settings.contentUrl).toBe(`${env.server.baseUrl}/tab/?programmeId=${env.programmeId}`);
      },
    );
  });

  it('finds two colleagues by name in the directory and invites them, with their sign-in names', async () => {
    await withTab(env, { user: SSO_PEOPLE.leader, locale: 'en-gb' }, async (hosted) => {
      const { tab } = hosted;
      await waitForBoard(tab, 'leader');
      await tab.getByRole('tab', { name: /^2\./ }).click();
      await tab.locator('#step-panel').getByRole('button', { name: 'Edit step' }).click();
      const dialog = tab.getByRole('dialog');
      const search = dialog.getByTestId('people-search');
      await search.getByRole('searchbox', { name: 'Name to search for' }).fill('pe');
      const found = search.getByRole('list', { name: 'People found' });
      await found.getByText('Peter Holm').waitFor();
      await found.getByText('Pernille Holt').waitFor();
      await expect(found.getByText('Karen Bøgh').count()).resolves.toBe(0);
      await found.getByRole('button', { name: 'Invite: Peter Holm' }).click();
      await found.getByRole('button', { name: 'Invite: Pernille Holt' }).click();
      await expect(found.getByRole('button', { name: 'Chosen: Peter Holm' }).isDisabled()).resolves.toBe(
        true,
      );
      await dialog.getByRole('textbox', { name: 'Note for Peter Holm' }).waitFor();
      expect(await seriousViolations(hosted.page)).toEqual([]);
      await screenshotTab(hosted, 'people-search-invite');
      await dialog.getByRole('button', { name: 'Save' }).click();
      await dialog.waitFor({ state: 'detached' });
    });
    // The search ran on the leader's behalf in the leader's own tenant, with Graph's required header.
    expect(env.graph.tokenRequests().map((r) => r.tenantId)).toEqual([TEST_TENANT_A]);
    expect(env.graph.userRequests().every((r) => r.consistencyLevel === 'eventual')).toBe(true);
    const board = await env.server.store.loadBoard(
      { tenantId: TEST_TENANT_A, user: DEMO_PEOPLE.leader },
      env.programmeId,
    );
    const invited = board!.programme.steps.posting.invitations.map((i) => i.invitee);
    expect(invited).toEqual(
      expect.arrayContaining([
        {
          userId: 'd1d1d1d1-0000-4000-8000-000000000001',
          displayName: 'Peter Holm',
          upn: 'peter.holm@contoso.test',
        },
        {
          userId: 'd1d1d1d1-0000-4000-8000-000000000002',
          displayName: 'Pernille Holt',
          upn: 'pernille.holt@contoso.test',
        },
      ]),
    );
  });
});

/** "2026-12-01T10:00" on the programme's wall clock (Copenhagen), as the date-time field takes it. */
function copenhagenWallTime(instant: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Copenhagen',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`;
}

/** A meeting's start as the step names it in British English, in the programme's zone. */
function britishDateTime(instant: Date): string {
  return new Intl.DateTimeFormat('en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Copenhagen',
  }).format(instant);
}
