/**
 * The programme inside a Teams meeting, in the Teams-like host with a meeting in the context
 * (meeting id, chat id) and the meeting calls answered: the tab is configured for a programme in
 * the meeting, the leader binds the Teams meeting to a meeting record in the 320 px side panel,
 * takes notes, ticks attendance, adds an action item and shares to the stage; two participants'
 * stages show a note an ambassador writes in her side panel within 2 s.
 *
 * The journeys share one server and run in order, like one meeting.
 */
import type { Frame, Page } from 'playwright-core';
import { meetingSchema } from '@ambassadors/shared';
import { DEMO_PEOPLE, TEST_TENANT_A } from './helpers/constants';
import { describeWithBrowser } from '../support/chromium';
import { seriousViolations } from './helpers/axe';
import {
  SSO_PEOPLE,
  openInTeamsHost,
  screenshotTab,
  startSsoEnvironment,
  withTab,
  type HostedTab,
  type SsoEnvironment,
} from './helpers/tab-harness';

const MEETING = { id: 'MCMxOTptZWV0aW5nX2UyZUB0aHJlYWQudjI=', chatId: '19:meeting_e2e@thread.v2' };
const SIDE_PANEL = { width: 320, height: 900 };

interface TeamsHostApi {
  teamsHost: {
    isValid(): boolean;
    hasSaveHandler(): boolean;
    save(): void;
    savedSettings: { entityId: string; contentUrl: string }[];
    sharedToStage: string[];
  };
}

/** The tab's page neither scrolls nor overflows sideways. */
async function expectNoSidewaysScroll(tab: Frame): Promise<void> {
  const widths = await tab.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.client);
}

async function sharedToStage(page: Page): Promise<string> {
  const handle = await page.waitForFunction(
    () => (window as unknown as TeamsHostApi).teamsHost.sharedToStage[0] ?? null,
  );
  return (await handle.jsonValue()) as string;
}

describeWithBrowser('the programme in a Teams meeting: side panel and stage', () => {
  let env: SsoEnvironment;
  let contentUrl = '';
  let stagePath = '';

  beforeAll(async () => {
    env = await startSsoEnvironment();
  }, 180_000);

  afterAll(async () => {
    await env?.close();
  });

  it('configures the tab for a programme in a meeting', async () => {
    await withTab(
      env,
      {
        user: SSO_PEOPLE.leader,
        locale: 'en-gb',
        frameContext: 'settings',
        tab: '/tab/config',
        meeting: MEETING,
      },
      async ({ page, tab }) => {
        await tab.getByTestId('config-page').waitFor();
        await tab.getByRole('heading', { name: 'Which programme should this meeting show?' }).waitFor();
        await tab.getByRole('radio', { name: 'Ambassadører for arbejdsfællesskabet' }).check();
        await page.waitForFunction(() => {
          const host = (window as unknown as TeamsHostApi).teamsHost;
          return host.isValid() && host.hasSaveHandler();
        });
        await page.evaluate(() => (window as unknown as TeamsHostApi).teamsHost.save());
        const saved = await page.waitForFunction(
          () => (window as unknown as TeamsHostApi).teamsHost.savedSettings[0] ?? null,
        );
        const settings = (await saved.jsonValue()) as { entityId: string; contentUrl: string };
        expect(settings.entityId).toBe(env.programmeId);
        contentUrl = settings.contentUrl;
        expect(contentUrl).toBe(`${env.server.baseUrl}/tab/?programmeId=${env.programmeId}`);
      },
    );
  });

  it('lets the leader run the meeting from the 320 px side panel and share it to the stage', async () => {
    const tabPath = new URL(contentUrl).pathname + new URL(contentUrl).search;
    await withTab(
      env,
      {
        user: SSO_PEOPLE.leader,
        locale: 'en-gb',
        frameContext: 'sidePanel',
        tab: tabPath,
        meeting: MEETING,
        viewport: SIDE_PANEL,
      },
      async (hosted) => {
        const { page, tab } = hosted;
        await tab.getByTestId('meeting-panel').waitFor({ timeout: 20_000 });
        await tab.getByTestId('panel-binding').waitFor();
        await tab.getByRole('button', { name: 'Start a meeting record now' }).click();
        await tab.getByTestId('panel-record').waitFor();

        // notes under the card's agenda, at 320 px without a sideways scroll
        const progress = tab.getByTestId('panel-heading-progress');
        await progress
          .getByRole('textbox', { name: 'Your note on Progress' })
          .fill('Seven colleagues joined the breakfast talks about working together across the shifts');
        await progress.getByRole('button', { name: 'Add note: Progress' }).click();
        await progress.getByText('Seven colleagues joined the breakfast talks').waitFor();
        await progress.getByRole('button', { name: 'Show on stage: Progress' }).click();
        await progress.getByRole('button', { name: 'Show on stage: Progress', pressed: true }).waitFor();
        await expectNoSidewaysScroll(tab);

        // attendance: the leader says "I'm here" and ticks an ambassador
        const attendance = tab.getByTestId('panel-attendance');
        await attendance.getByRole('button', { name: "I'm here" }).click();
        await attendance.getByRole('button', { name: "You're marked present", pressed: true }).waitFor();
        const ambassador = attendance.getByRole('checkbox', { name: SSO_PEOPLE.activeAmbassador.name });
        await ambassador.click(); // the tick shows once the server has it
        await attendance
          .getByRole('checkbox', { name: SSO_PEOPLE.activeAmbassador.name, checked: true })
          .waitFor();

        // an action item with an owner and a due date
        const actions = tab.getByTestId('panel-actions');
        await actions
          .getByRole('textbox', { name: 'What is to be done' })
          .fill('Put up the poster in the canteen');
        await actions
          .getByRole('combobox', { name: 'Owner' })
          .selectOption({ label: SSO_PEOPLE.activeAmbassador.name });
        await actions.getByLabel('Due date').fill('2027-01-15');
        await actions.getByRole('button', { name: 'Add action item' }).click();
        await actions.getByText(/Put up the poster in the canteen – .+, by 15 Jan 2027/).waitFor();
        await expectNoSidewaysScroll(tab);

        expect(await seriousViolations(page)).toEqual([]);
        await screenshotTab(hosted, 'meeting-side-panel-en');

        await tab.getByTestId('share-to-stage').click();
        await tab.getByText('The agenda and the notes are shown on the stage for everyone.').waitFor();
        const shared = await sharedToStage(page);
        expect(shared).toContain(`programmeId=${env.programmeId}`);
        expect(shared).toContain('stage=meeting');
        stagePath = new URL(shared).pathname + new URL(shared).search;
      },
    );
  });

  it('shows every participant’s stage a note written in a side panel within 2 s', async () => {
    const stages: HostedTab[] = [];
    let panel: HostedTab | null = null;
    try {
      for (const [user, theme] of [
        [SSO_PEOPLE.leader, 'default'],
        [SSO_PEOPLE.candidateAmbassador, 'dark'],
      ] as const) {
        const stage = await openInTeamsHost(env, {
          user,
          theme,
          locale: 'da-dk',
          frameContext: 'meetingStage',
          tab: stagePath,
          meeting: MEETING,
          viewport: { width: 1280, height: 800 },
        });
        stages.push(stage);
        await stage.tab.getByTestId('meeting-stage').waitFor({ timeout: 20_000 });
        await stage.tab.getByText('Seven colleagues joined the breakfast talks').waitFor();
        await stage.tab.getByTestId('stage-focus').getByText('Nu drøfter vi: Fremdrift').waitFor();
      }
      panel = await openInTeamsHost(env, {
        user: SSO_PEOPLE.activeAmbassador,
        locale: 'da-dk',
        frameContext: 'sidePanel',
        tab: new URL(contentUrl).pathname + new URL(contentUrl).search,
        // an attendee without presenter rights: the host says sharing is not possible
        meeting: { ...MEETING, canShareToStage: false },
        viewport: SIDE_PANEL,
      });
      await panel.tab.getByTestId('panel-record').waitFor({ timeout: 20_000 });
      await panel.tab.locator('[data-stage-sharing="false"]').waitFor();
      expect(await panel.tab.getByTestId('share-to-stage').count()).toBe(0);
      // the stages are connected to the board's events before the change is made
      for (const stage of stages) await stage.tab.getByTestId('stage-heading-successes').waitFor();
      const successes = panel.tab.getByTestId('panel-heading-successes');
      await successes.getByRole('textbox', { name: 'Din note om Succeser' }).fill('Kantinen tog plakaten op');
      await successes.getByRole('button', { name: 'Tilføj note: Succeser' }).click();
      await successes.getByText('Kantinen tog plakaten op').waitFor();
      for (const stage of stages)
        await stage.tab
          .getByTestId('stage-heading-successes')
          .getByText('Kantinen tog plakaten op')
          .waitFor({ timeout: 2_000 });
      await expectNoSidewaysScroll(panel.tab);

      await screenshotTab(stages[0]!, 'meeting-stage-da');
      await screenshotTab(stages[1]!, 'meeting-stage-da-dark');
      for (const stage of stages) expect(await seriousViolations(stage.page)).toEqual([]);
      await screenshotTab(panel, 'meeting-side-panel-da-ambassador');
      for (const hosted of [...stages, panel]) expect(hosted.errors).toEqual([]);
    } finally {
      for (const hosted of [...stages, ...(panel ? [panel] : [])]) await hosted.close();
    }
  });

  it('an ambassador scores the alignment round from the side panel; the stage shows the round, never the figure from fewer than 5', async () => {
    const ctx = { tenantId: TEST_TENANT_A, user: DEMO_PEOPLE.leader };
    // an alignment meeting planned for now (started five minutes ago), in another Teams meeting
    const at = new Date(Date.now() - 5 * 60_000).toISOString();
    await env.server.store.createDocument(
      ctx,
      meetingSchema.parse({
        id: 'panel-alignment',
        tenantId: TEST_TENANT_A,
        programmeId: env.programmeId,
        type: 'meeting',
        kind: 'alignment',
        scheduledAt: at,
        notes: {},
        createdAt: at,
        updatedAt: at,
      }),
    );
    const alignmentMeeting = {
      id: 'MCMxOTptZWV0aW5nX2FsaWdubWVudEB0aHJlYWQudjI=',
      chatId: '19:meeting_align@thread.v2',
    };
    const tabPath = new URL(contentUrl).pathname + new URL(contentUrl).search;
    const panelAs = (user: typeof SSO_PEOPLE.leader) => ({
      user,
      locale: 'en-gb',
      frameContext: 'sidePanel' as const,
      tab: tabPath,
      meeting: alignmentMeeting,
      viewport: SIDE_PANEL,
    });
    await withTab(env, panelAs(SSO_PEOPLE.leader), async ({ tab }) => {
      await tab.getByTestId('panel-binding').waitFor({ timeout: 20_000 });
      await tab.getByRole('button', { name: /^Use the meeting of / }).click();
      const round = tab.locator('[data-testid="alignment-round"][data-meeting-id="panel-alignment"]');
      await round.waitFor();
      expect(await round.getByRole('radiogroup').count()).toBe(0); // leaders do not score
    });
    await withTab(env, panelAs(SSO_PEOPLE.activeAmbassador), async ({ page, tab }) => {
      const round = tab.locator('[data-testid="alignment-round"][data-meeting-id="panel-alignment"]');
      await round.waitFor({ timeout: 20_000 });
      await round.getByRole('radiogroup').getByRole('radio', { name: '4' }).check();
      await round.getByRole('button', { name: 'Give score' }).click();
      await round.getByText('You have scored: 4').waitFor();
      await expect(round.innerText()).resolves.toMatch(/Shown from 5 people \(1 so far\)/);
      await expect(round.innerText()).resolves.not.toMatch(/Average/);
      await expectNoSidewaysScroll(tab);
      expect(await seriousViolations(page)).toEqual([]);
    });
    const stage = await openInTeamsHost(env, {
      user: SSO_PEOPLE.leader,
      locale: 'en-gb',
      frameContext: 'meetingStage',
      tab: `/tab/?programmeId=${env.programmeId}&stage=meeting&meetingId=panel-alignment`,
      meeting: alignmentMeeting,
    });
    try {
      // the stage shows the round read-only: the count so far, no figure, nothing to press
      const round = stage.tab.locator('[data-testid="alignment-round"][data-meeting-id="panel-alignment"]');
      await round.waitFor({ timeout: 20_000 });
      await expect(round.innerText()).resolves.toMatch(/Shown from 5 people \(1 so far\)/);
      expect(await round.getByRole('radiogroup').count()).toBe(0);
      expect(await round.getByRole('button').count()).toBe(0);
      expect(stage.errors).toEqual([]);
    } finally {
      await stage.close();
    }
  });
});
