/**
 * A new leader's whole first day, in Danish, in the Teams-like host with SSO (real server, real
 * Chromium, the Graph stand-in as the organisation's directory), in a tenant that has no
 * programme yet and whose creation policy names the leader: create a programme, change a
 * setting, add a co-owner found by name who then writes and publishes the posting and invites
 * two colleagues found by name, both apply as themselves, one is declined with an internal note
 * (the applicant's board and bot card show only the message meant for them), the other is
 * selected and gets an adjusted agreement, which arrives prefilled and which they accept.
 * Each moment is checked in the stored data as well as on the screen, and screenshotted.
 */
import { planReminders, UNDO_WINDOW_MS, type BoardData } from '@ambassadors/shared';
import { reminderCard } from '../../bot/src/cards/reminder-cards';
import { describeWithBrowser } from '../support/chromium';
import { api } from '../support/start-test-server';
import { signTestToken, testUser, TEST_TENANT_B, type TestUser } from '../support/tokens';
import { seriousViolations } from './helpers/axe';
import {
  openInTeamsHost,
  screenshotTab,
  startSsoEnvironment,
  waitForBoard,
  withTab,
  type HostedTab,
  type SsoEnvironment,
} from './helpers/tab-harness';

const TEAMS_ADMIN_ROLE = '69091246-20e8-4a56-aa4d-066075b2a7a8';
const NAME = 'Ambassadører i driften';
const NOTE = 'Intern: for lidt erfaring med nattevagterne endnu';
const MESSAGE = 'Tak for din ansøgning, Mads. Vi har valgt en anden denne gang – søg gerne igen.';

const leader = testUser(TEST_TENANT_B, 'Birgitte Dahl');
const coOwner = testUser(TEST_TENANT_B, 'Jens Kofoed');
const mads = testUser(TEST_TENANT_B, 'Mads Lund');
const line = testUser(TEST_TENANT_B, 'Line Friis');
const admin = testUser(TEST_TENANT_B, 'Ida Admin');

const directoryEntry = (person: TestUser, login: string) => ({
  id: person.oid,
  displayName: person.name,
  userPrincipalName: `${login}@fabrikam.test`,
  mail: `${login}@fabrikam.test`,
  jobTitle: null,
});

describeWithBrowser('a new leader’s first day (Danish, in Teams)', () => {
  let env: SsoEnvironment;

  beforeAll(async () => {
    env = await startSsoEnvironment();
    env.graph.setUsers(TEST_TENANT_B, [
      directoryEntry(coOwner, 'jens.kofoed'),
      directoryEntry(mads, 'mads.lund'),
      directoryEntry(line, 'line.friis'),
    ]);
  }, 180_000);

  afterAll(async () => {
    await env?.close();
  });

  const ctx = { tenantId: TEST_TENANT_B, user: { userId: leader.oid, displayName: leader.name } };
  const programmeId = async () => (await env.server.store.listProgrammes(ctx))[0]!.id;
  const stored = async () => (await env.server.store.loadBoard(ctx, await programmeId()))!;
  const asTab = (user: TestUser) => ({ user, locale: 'da-dk' });
  const shot = (hosted: HostedTab, name: string) => screenshotTab(hosted, `first-day-da-${name}`);

  it('the tenant admin names the new leader in the creation policy', async () => {
    const token = await signTestToken(
      { ...admin },
      { authorityHost: env.jwks.url, key: env.jwks.keys[0]!, claims: { wids: [TEAMS_ADMIN_ROLE] } },
    );
    const saved = await api(env.server.baseUrl, '/api/v1/programme-creation-policy', {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}` },
      body: { kind: 'named', userIds: [leader.oid] },
    });
    expect(saved.status).toBe(200);
    expect(await env.server.store.listProgrammes(ctx)).toEqual([]);
  });

  it('someone the policy does not name is told why, and gets no form to fill in', async () => {
    await withTab(env, asTab(mads), async ({ tab }) => {
      await tab.getByText('Der er endnu intet ambassadørprogram').waitFor();
      await expect(tab.getByTestId('create-not-allowed').innerText()).resolves.toMatch(
        /kun de personer, den har udpeget, eller Teams-administratorerne oprette programmer/,
      );
      await expect(tab.getByLabel('Programmets navn').count()).resolves.toBe(0);
    });
  });

  it('the leader creates the programme, changes a setting and adds a co-owner found by name', async () => {
    await withTab(env, asTab(leader), async (hosted) => {
      const { tab, page } = hosted;
      // A tenant without a programme: the board offers to create one right away.
      await tab.getByText('Der er endnu intet ambassadørprogram').waitFor();
      await tab.getByLabel('Programmets navn').fill(NAME);
      await shot(hosted, '01-create');
      await tab.getByRole('button', { name: 'Opret program' }).click();
      await waitForBoard(tab, 'leader');
      await tab.locator('h1', { hasText: NAME }).waitFor();
      await shot(hosted, '02-new-board');
      expect((await stored()).programme.owners.map((o) => o.userId)).toEqual([leader.oid]);
      // The purpose starts as the card's, as in the guided form.
      expect((await stored()).programme.purpose).toMatch(/arbejdsfællesskabet/);

      await tab.locator('button', { hasText: 'Programindstillinger' }).click();
      const settings = tab.getByRole('dialog');
      await settings.getByLabel('Målgruppe').fill('Drift og vedligehold');
      await settings.getByLabel('Timer pr. måned', { exact: true }).fill('4');
      await settings.getByRole('button', { name: 'Gem' }).click();
      await settings.waitFor({ state: 'detached' });
      expect((await stored()).programme).toMatchObject({
        targetGroup: 'Drift og vedligehold',
        settings: { hoursPerMonth: 4 },
      });

      await tab.locator('button', { hasText: 'Programindstillinger' }).click();
      const owners = tab.getByRole('dialog');
      await owners.getByRole('searchbox', { name: 'Navn at søge efter' }).fill('jens');
      await owners.getByRole('button', { name: 'Tilføj medejer: Jens Kofoed' }).click();
      await owners.getByTestId('owners').getByText('Jens Kofoed', { exact: true }).waitFor();
      // The history names the fields as the form does, never their keys.
      const history = await owners.getByTestId('settings-history').innerText();
      expect(history).toContain('Birgitte Dahl');
      expect(history).toContain(': Ejere');
      expect(history).toContain(': Målgruppe, Timer pr. måned');
      expect(await seriousViolations(page)).toEqual([]);
      await shot(hosted, '03-settings-co-owner');
      await owners.getByRole('button', { name: 'Annuller' }).click();
      await owners.waitFor({ state: 'detached' });
      await expect(tab.getByTestId('leaders').innerText()).resolves.toBe(
        'Ledes af Birgitte Dahl, Jens Kofoed',
      );
    });
  }, 120_000);

  it('the co-owner writes and publishes the posting and invites two colleagues found by name', async () => {
    await withTab(env, asTab(coOwner), async (hosted) => {
      const { tab } = hosted;
      await waitForBoard(tab, 'leader');
      await tab.getByRole('tab', { name: /^2\./ }).click();
      await tab.locator('#step-panel').getByRole('button', { name: 'Rediger trin' }).click();
      const dialog = tab.getByRole('dialog');
      await dialog.getByRole('textbox', { name: 'Titel', exact: true }).fill('Ambassadør for driften');
      await dialog
        .getByRole('textbox', { name: 'Ansvar', exact: true })
        .fill('Tag imod spørgsmål fra kollegerne\nGiv temaer videre til lederne');
      await dialog
        .getByRole('textbox', { name: 'Forventninger', exact: true })
        .fill('Deltag i de månedlige møder');
      await dialog.getByRole('checkbox', { name: 'Offentliggjort (medarbejdere kan søge)' }).check();
      const search = dialog.getByTestId('people-search');
      const box = search.getByRole('searchbox', { name: 'Navn at søge efter' });
      await box.fill('mads');
      await search.getByRole('button', { name: 'Opfordr: Mads Lund' }).click();
      await box.fill('line');
      await search.getByRole('button', { name: 'Opfordr: Line Friis' }).click();
      await shot(hosted, '04-co-owner-posting');
      await dialog.getByRole('button', { name: 'Gem' }).click();
      await dialog.waitFor({ state: 'detached' });
    });
    const posting = (await stored()).programme.steps.posting;
    expect(posting.posting).toMatchObject({ title: 'Ambassadør for driften' });
    expect(posting.posting!.publishedAt).not.toBeNull();
    expect(posting.invitations.map((i) => i.invitee)).toEqual([
      { userId: mads.oid, displayName: 'Mads Lund', upn: 'mads.lund@fabrikam.test' },
      { userId: line.oid, displayName: 'Line Friis', upn: 'line.friis@fabrikam.test' },
    ]);
  }, 120_000);

  it.each([
    ['Mads', mads, 'Jeg kender nattevagterne og vil gerne være deres stemme over for ledelsen.'],
    ['Line', line, 'Jeg taler med alle hold hver uge og vil gerne hjælpe forandringen godt på vej.'],
  ])(
    '%s applies through the tab',
    async (_name, person, motivation) => {
      await withTab(env, asTab(person), async (hosted) => {
        const { tab } = hosted;
        await waitForBoard(tab);
        await tab.getByRole('tab', { name: /^2\./ }).click();
        await tab.getByRole('button', { name: 'Søg ambassadørrollen' }).click();
        const dialog = tab.getByRole('dialog');
        await dialog.getByLabel('Hvorfor vil du gerne have rollen?').fill(motivation);
        if (person === mads) await shot(hosted, '05-apply');
        await dialog.getByRole('button', { name: 'Send ansøgning' }).click();
        await dialog.waitFor({ state: 'detached' });
        await tab.getByText('Lederne vender tilbage til dig.', { exact: false }).waitFor();
      });
    },
    60_000,
  );

  it('the leader declines Mads with an internal note; Mads and his bot card read only the message', async () => {
    await withTab(env, asTab(leader), async (hosted) => {
      const { tab } = hosted;
      await waitForBoard(tab, 'leader');
      await tab.getByRole('tab', { name: /^2\./ }).click();
      await tab
        .getByTestId(`application-${mads.oid}`)
        .getByRole('button', { name: 'Tag stilling til ansøgningen fra Mads Lund' })
        .click();
      const dialog = tab.getByRole('dialog');
      await dialog.getByRole('radio', { name: 'Afvis' }).check();
      await dialog.getByRole('textbox', { name: /Intern note til lederne/ }).fill(NOTE);
      await dialog.getByRole('textbox', { name: /Besked til ansøgeren/ }).fill(MESSAGE);
      await dialog.getByTestId('applicant-preview').getByText(MESSAGE).waitFor();
      await shot(hosted, '06-decline-preview');
      await dialog.getByRole('button', { name: 'Afvis', exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
    });

    await withTab(env, asTab(mads), async (hosted) => {
      const { tab } = hosted;
      await waitForBoard(tab);
      await tab.getByRole('tab', { name: /^2\./ }).click();
      await tab.getByText(MESSAGE).waitFor();
      await expect(tab.locator('body').innerText()).resolves.not.toContain(NOTE);
      // Nothing waits for him, and the board does not claim the posting is closed.
      await expect(tab.getByTestId('next-actions-empty').innerText()).resolves.toMatch(
        /^Intet venter på dig lige nu\./,
      );
      await shot(hosted, '07-declined-applicant');
    });

    const now = new Date();
    const outcome = planReminders((await stored()) as BoardData, {
      from: new Date(now.getTime() - 300_000),
      // the outcome is told once the leader's undo window has passed
      to: new Date(now.getTime() + UNDO_WINDOW_MS + 60_000),
    }).find((r) => r.kind === 'applicationOutcome' && r.recipients.some((p) => p.userId === mads.oid))!;
    const card = JSON.stringify(
      reminderCard(outcome.kind, outcome.data as Record<string, unknown>, {
        locale: 'da',
        tabUrl: 'https://teams.microsoft.com/l/entity/x',
        timeZone: 'Europe/Copenhagen',
        ref: { cardId: 'c1', outboxId: 'o1', reminderId: 'r1', programmeId: await programmeId() },
      }),
    );
    expect(card).toContain('Tak for din ansøgning, Mads.');
    expect(card).not.toContain(NOTE);
  }, 120_000);

  it('the leader selects Line and proposes an adjusted agreement; a bad term is marked on its field', async () => {
    await withTab(env, { ...asTab(leader), expectedErrors: /400/ }, async (hosted) => {
      const { tab } = hosted;
      await waitForBoard(tab, 'leader');
      await tab.getByRole('tab', { name: /^2\./ }).click();
      await tab
        .getByTestId(`application-${line.oid}`)
        .getByRole('button', { name: 'Tag stilling til ansøgningen fra Line Friis' })
        .click();
      const decide = tab.getByRole('dialog');
      await decide
        .getByRole('textbox', { name: /Begrundelse/ })
        .fill('Line taler med alle hold og har en stærk motivation.');
      await decide.getByRole('button', { name: 'Udvælg', exact: true }).click();
      await decide.waitFor({ state: 'detached' });

      await tab.getByRole('tab', { name: /^3\./ }).click();
      await tab.locator('button', { hasText: 'Tilpas og foreslå aftalen' }).click();
      const propose = tab.getByRole('dialog');
      const hours = propose.getByLabel('Timer om måneden');
      const months = propose.getByLabel('Periode (måneder)');
      const tasks = propose.getByLabel('Opgaver');
      await expect(hours.inputValue()).resolves.toBe('4');
      await expect(tasks.inputValue()).resolves.toContain('Tag imod spørgsmål fra kollegerne');
      await propose.getByText('Mellem 6 og 18 måneder', { exact: false }).waitFor();

      await months.fill('40');
      await propose.getByRole('button', { name: 'Foreslå aftalen', exact: true }).click();
      const message =
        '"Periode (måneder)" skal være mellem 6 og 18 – det er programmets grænser for en aftale.';
      await propose.getByTestId('save-error').getByText(message).waitFor();
      await expect(months.getAttribute('aria-invalid')).resolves.toBe('true');
      await expect(months.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
      await shot(hosted, '08-agreement-bad-term');
      expect((await stored()).ambassadorships[0]!.agreement.versions).toEqual([]);

      await months.fill('9');
      await hours.fill('5');
      await tasks.fill('Tag imod spørgsmål fra nattevagten\nGiv temaer videre til lederne');
      await shot(hosted, '09-agreement-adjusted');
      await propose.getByRole('button', { name: 'Foreslå aftalen', exact: true }).click();
      await propose.waitFor({ state: 'detached' });
      await tab.getByText('Aftalen er foreslået til Line Friis', { exact: false }).waitFor();
    });
    const [amb] = (await stored()).ambassadorships;
    expect(amb!.agreement.versions).toEqual([
      expect.objectContaining({
        hoursPerMonth: 5,
        responsibilities: ['Tag imod spørgsmål fra nattevagten', 'Giv temaer videre til lederne'],
      }),
    ]);
  }, 120_000);

  it('Line’s agreement arrives prefilled with the adjusted values, and she accepts it', async () => {
    const hosted = await openInTeamsHost(env, asTab(line));
    try {
      const { tab } = hosted;
      await waitForBoard(tab);
      await tab.getByRole('tab', { name: /^3\./ }).click();
      const mine = tab.getByTestId('my-agreement');
      await mine.waitFor();
      await mine.getByText('Tag imod spørgsmål fra nattevagten', { exact: false }).waitFor();
      await mine.getByText('5 timer', { exact: false }).waitFor();
      await shot(hosted, '10-ambassador-agreement');
      await mine.getByRole('button', { name: /Accepter aftalen/ }).click();
      await mine.getByText('Du har accepteret version 1.').waitFor();
      expect(hosted.errors).toEqual([]);
    } finally {
      await hosted.close();
    }
    const [amb] = (await stored()).ambassadorships;
    expect(amb!.state).toBe('active');
    expect(amb!.agreement.ambassadorAcceptances.map((a) => a.version)).toEqual([1]);
  }, 60_000);
});
