import { describeWithBrowser } from '../support/chromium';
/**
 * A new leader sets up a programme in the Teams-like host (SSO, real server, real Chromium), in
 * Danish: creates it from the personal tab with the guided form, changes a setting with a bad
 * value (the server's message shows on the field) and then a good one, and adds a co-owner whom
 * the board then shows as leading. Each step checks the stored programme, not only the screen.
 */
import { DEMO_PEOPLE, TEST_TENANT_A } from './helpers/constants';
import { seriousViolations } from './helpers/axe';
import {
  screenshotTab,
  SSO_PEOPLE,
  startSsoEnvironment,
  waitForBoard,
  withTab,
  type SsoEnvironment,
} from './helpers/tab-harness';

const NAME = 'Hybridambassadører';

describeWithBrowser('a leader creates and configures a programme in the tab', () => {
  let env: SsoEnvironment;

  beforeAll(async () => {
    env = await startSsoEnvironment();
  }, 180_000);

  afterAll(async () => {
    await env?.close();
  });

  const storedByName = async () => {
    const ctx = { tenantId: TEST_TENANT_A, user: DEMO_PEOPLE.leader };
    const list = await env.server.store.listProgrammes(ctx);
    return list.filter((p) => p.name === NAME);
  };

  it('creates a programme, gets a bad value refused on the field in Danish, saves a good one, adds a co-owner', async () => {
    await withTab(
      env,
      { user: SSO_PEOPLE.leader, locale: 'da-dk', expectedErrors: /400/ },
      async (hosted) => {
        const { page, tab } = hosted;
        await waitForBoard(tab, 'leader');

        // Create from the personal tab: the guided form, purpose prefilled from the card.
        await tab.getByRole('button', { name: 'Opret program' }).click();
        const create = tab.getByRole('dialog');
        await expect(create.getByLabel('Formål').inputValue()).resolves.toMatch(/arbejdsfællesskabet/);
        await create.getByLabel('Navn').fill(NAME);
        await create.getByLabel('Målgruppe').fill('Alle medarbejdere');
        expect(await seriousViolations(page)).toEqual([]);
        await screenshotTab(hosted, 'leader-create-programme');
        await create.getByRole('button', { name: 'Opret program' }).click();
        await create.waitFor({ state: 'detached' });
        await tab.locator('h1', { hasText: NAME }).waitFor();
        const created = await storedByName();
        expect(created).toHaveLength(1);
        expect(created[0]!.owners).toEqual([DEMO_PEOPLE.leader]);
        expect(created[0]!.targetGroup).toBe('Alle medarbejdere');

        // A bad value: the server's Danish message on the field, nothing stored.
        // After a dialog has closed, Fluent leaves aria-hidden on the tab's root, which hides
        // everything from role queries; the buttons are found by their text.
        await tab.locator('button', { hasText: 'Programindstillinger' }).click();
        const settings = tab.getByRole('dialog');
        // The browser is English (en-GB); the date field is written the Danish way all the same.
        const start = settings.getByLabel('Startdato', { exact: true });
        const [y, m, d] = (await storedByName())[0]!.startDate.split('-');
        await expect(start.inputValue()).resolves.toBe(`${d}.${m}.${y}`);
        await screenshotTab(hosted, 'leader-settings-danish-date');
        const hours = settings.getByLabel('Timer pr. måned', { exact: true });
        await hours.fill('200');
        await settings.getByRole('button', { name: 'Gem' }).click();
        await settings.getByText('"Timer pr. måned" skal være mellem 0 og 80.').first().waitFor();
        await expect(hours.getAttribute('aria-invalid')).resolves.toBe('true');
        await screenshotTab(hosted, 'leader-settings-field-error');
        expect((await storedByName())[0]!.settings.hoursPerMonth).toBe(3);

        // A good one: saved, and in the history.
        await hours.fill('6');
        await settings.getByRole('button', { name: 'Gem' }).click();
        await settings.waitFor({ state: 'detached' });
        const saved = (await storedByName())[0]!;
        expect(saved.settings.hoursPerMonth).toBe(6);
        expect(saved.settingsHistory.at(-1)).toMatchObject({
          by: DEMO_PEOPLE.leader,
          changes: [{ field: 'settings.hoursPerMonth', from: 3, to: 6 }],
        });

        // A co-owner: listed in the dialog and shown on the board as leading.
        await tab.locator('button', { hasText: 'Programindstillinger' }).click();
        const again = tab.getByRole('dialog');
        await again.getByLabel('Objekt-id (Microsoft Entra)').fill(DEMO_PEOPLE.employee.userId);
        await again.getByLabel('Navn', { exact: true }).last().fill(DEMO_PEOPLE.employee.displayName);
        await again.getByRole('button', { name: 'Tilføj medejer' }).click();
        await again
          .getByTestId('owners')
          .getByText(DEMO_PEOPLE.employee.displayName, { exact: true })
          .waitFor();
        await again.getByTestId('settings-history').waitFor();
        expect(await seriousViolations(page)).toEqual([]);
        await screenshotTab(hosted, 'leader-settings-co-owner');
        await again.getByRole('button', { name: 'Annuller' }).click();
        await again.waitFor({ state: 'detached' });
        await expect(tab.getByTestId('leaders').innerText()).resolves.toBe(
          `Ledes af ${DEMO_PEOPLE.leader.displayName}, ${DEMO_PEOPLE.employee.displayName}`,
        );
        expect((await storedByName())[0]!.owners).toEqual([DEMO_PEOPLE.leader, DEMO_PEOPLE.employee]);
      },
    );
  }, 120_000);
});
