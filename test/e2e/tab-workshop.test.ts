/**
 * The card's management workshop in the Teams-like host: a leader walks a fresh programme through
 * the whole agenda in the facilitator view, a second browser shows the stage variant, both show
 * the same item in focus, and the programme's five steps and the answers are on the board after.
 */
import { describeWithBrowser } from '../support/chromium';
import { api } from '../support/start-test-server';
import { seriousViolations } from './helpers/axe';
import {
  SSO_PEOPLE,
  openInTeamsHost,
  screenshotTab,
  startSsoEnvironment,
  waitForBoard,
  type HostedTab,
  type SsoEnvironment,
} from './helpers/tab-harness';

describeWithBrowser('the management workshop (facilitator and stage)', () => {
  let env: SsoEnvironment;
  let programmeId: string;
  const opened: HostedTab[] = [];

  const asLeader = async (pathname: string, init: { method?: string; body?: unknown } = {}) =>
    api(env.server.baseUrl, pathname, {
      ...init,
      headers: { authorization: `Bearer ${await env.tokenFor(SSO_PEOPLE.leader)}` },
    });

  beforeAll(async () => {
    env = await startSsoEnvironment();
    const created = await asLeader('/api/v1/programmes', {
      method: 'POST',
      body: { name: 'Workshop walk-through', locale: 'en' },
    });
    expect(created.status).toBe(201);
    programmeId = created.body.id;
  }, 180_000);
  afterAll(async () => {
    for (const hosted of opened) await hosted.close();
    await env?.close();
  });

  it('a leader walks the whole workshop: the five steps and the answers end up on the board; the stage follows', async () => {
    const facilitator = await openInTeamsHost(env, {
      user: SSO_PEOPLE.leader,
      locale: 'en-gb',
      tab: `/tab/workshop?programme=${programmeId}`,
    });
    opened.push(facilitator);
    const tab = facilitator.tab;
    await tab.getByTestId('workshop').waitFor({ timeout: 20_000 });
    await tab.getByRole('button', { name: 'Prepare the workshop' }).click();
    await tab.getByTestId('agenda-purpose').waitFor();
    await expect(tab.getByText('180 of 180 minutes').isVisible()).resolves.toBe(true);

    // A time box edited by keyboard: the others rebalance, still 180.
    const purposeMinutes = tab.getByRole('spinbutton', { name: 'Minutes for Purpose' });
    await purposeMinutes.fill('25');
    await purposeMinutes.press('Enter');
    await tab
      .getByTestId('agenda-taskPlan')
      .getByRole('spinbutton')
      .and(tab.locator('[value="15"]'))
      .waitFor();
    await expect(tab.getByText('180 of 180 minutes').isVisible()).resolves.toBe(true);

    // The stage in Danish and Teams' dark theme: the same workshop, read-only.
    const stage = await openInTeamsHost(env, {
      user: SSO_PEOPLE.leader,
      locale: 'da-dk',
      theme: 'dark',
      tab: `/tab/workshop?programme=${programmeId}&variant=stage`,
    });
    opened.push(stage);
    await stage.tab.locator('[data-testid="workshop"][data-variant="stage"]').waitFor({ timeout: 20_000 });
    await expect(stage.tab.getByRole('button', { name: 'Start' }).count()).resolves.toBe(0);

    await tab.getByRole('button', { name: 'Start' }).click();
    // The timer runs on both screens (read from the shared record and the server's clock).
    for (const frame of [tab, stage.tab])
      await frame.waitForFunction(
        () => {
          const text = document.querySelector('[data-testid="workshop-timer"]')?.textContent ?? '';
          return /^2[0-4]:\d\d$/.test(text);
        },
        undefined,
        { timeout: 10_000 },
      );

    const next = async (focus: string) => {
      await tab.getByRole('button', { name: 'Next item' }).click();
      await tab.locator(`[data-testid="workshop-focus"][data-focus="${focus}"]`).waitFor();
    };
    const save = async () => {
      await tab.getByRole('button', { name: 'Save to the programme' }).click();
    };

    await next('taskPlan');
    // The stage shows the same item in focus without a reload.
    await stage.tab
      .locator('[data-testid="workshop-focus"][data-focus="taskPlan"]')
      .waitFor({ timeout: 5000 });
    const capture = tab.getByTestId('workshop-capture');
    await capture.getByRole('textbox', { name: 'New task' }).fill('Open the monthly dialogue meeting');
    await capture.getByRole('spinbutton', { name: 'Hours a month' }).fill('3');
    await save();
    await capture.getByText('Open the monthly dialogue meeting (3 h a month)').waitFor();
    await screenshotTab(facilitator, 'workshop-facilitator');

    await next('posting');
    await capture.getByRole('textbox', { name: 'Title' }).fill('Workplace-community ambassador');
    await capture.getByRole('textbox', { name: 'Responsibilities' }).fill('Push the dialogues\nBreak habits');
    await capture.getByRole('textbox', { name: 'Expectations' }).fill('Three hours a month');
    await save();
    await tab.getByTestId('agenda-posting').getByText('captured').waitFor();

    await next('agreement');
    await capture.getByRole('textbox', { name: 'Role' }).fill('Keeps the focus on the workplace community');
    await capture.getByRole('textbox', { name: 'Themes the ambassadors pass on' }).fill('Workload');
    await save();
    await tab.getByTestId('agenda-agreement').getByText('captured').waitFor();

    await next('training');
    await capture.getByRole('textbox', { name: 'New training module' }).fill('The psychology of change');
    await save();
    await capture.getByText('The psychology of change').waitFor();

    await next('meetings');
    await capture.getByRole('combobox', { name: 'Weekday' }).selectOption('3');
    await save();
    await tab.getByTestId('agenda-meetings').getByText('captured').waitFor();

    for (const focus of ['limitPeriod', 'alignMessages', 'feedback']) await next(focus);
    const answers: Record<string, string> = {
      selectAmbassadors: 'Those colleagues others already turn to',
      passOnInformation: 'Yes, as themes, never names',
      scopeOfRole: 'After twelve months',
    };
    for (const [focus, answer] of Object.entries(answers)) {
      await next(focus);
      const first = capture.getByRole('textbox').first();
      await first.fill(answer);
      await capture.getByRole('button', { name: 'Save the answer' }).first().click();
      await capture.getByText(answer).waitFor();
    }
    await stage.tab
      .locator('[data-testid="workshop-focus"][data-focus="scopeOfRole"]')
      .waitFor({ timeout: 5000 });
    await stage.tab
      .getByTestId('workshop-summary')
      .getByText('After twelve months')
      .waitFor({ timeout: 5000 });
    await screenshotTab(stage, 'workshop-stage');

    expect(await seriousViolations(facilitator.page)).toEqual([]);
    expect(await seriousViolations(stage.page)).toEqual([]);

    await tab.getByTestId('workshop-finish').click();
    await tab.getByTestId('workshop-summary-outcome').waitFor();
    await expect(tab.getByRole('textbox', { name: 'Summary to copy' }).inputValue()).resolves.toContain(
      'Open the monthly dialogue meeting',
    );

    // The programme holds it all: the five steps and the answers, as the board shows them.
    const board = (await asLeader(`/api/v1/programmes/${programmeId}/board`)).body;
    expect(board.taskPlan.tasks.map((t: { title: string }) => t.title)).toEqual([
      'Open the monthly dialogue meeting',
    ]);
    expect(board.posting.posting.title).toBe('Workplace-community ambassador');
    expect(board.posting.posting.publishedAt).toBeNull();
    expect(board.agreementTemplate.role).toBe('Keeps the focus on the workplace community');
    expect(board.trainingModules.map((m: { title: string }) => m.title)).toEqual([
      'The psychology of change',
    ]);
    expect(board.meetingPlan.cadence).toMatchObject({ kind: 'monthly', weekday: 3 });
    for (const [key, answer] of Object.entries(answers))
      expect(board.managementAnswers[key].map((a: { text: string }) => a.text)).toEqual([answer]);

    const leaderBoard = await openInTeamsHost(env, {
      user: SSO_PEOPLE.leader,
      locale: 'en-gb',
      tab: `/tab/?programmeId=${programmeId}`,
    });
    opened.push(leaderBoard);
    await waitForBoard(leaderBoard.tab, 'leader');
    await leaderBoard.tab.getByText('After twelve months').waitFor({ timeout: 10_000 });
    await leaderBoard.tab.getByTestId('open-workshop').waitFor();
    expect(facilitator.errors).toEqual([]);
    expect(stage.errors).toEqual([]);
  }, 180_000);
});
