/**
 * "What now" in the Teams-like host (SSO, real server, real Chromium): the next actions a
 * leader, an ambassador and an employee see at the top of the board, on the demo programme and
 * on a fresh one, each a link that opens its step; the health lines beside the steps; and the
 * step an ambassador whose agreement is pending opens on.
 */
import {
  AMBASSADOR_ACTION_KINDS,
  LEADER_ACTION_KINDS,
  newProgramme,
  selectAmbassador,
} from '@ambassadors/shared';
import type { Frame } from 'playwright-core';
import { DEMO_PEOPLE, TEST_TENANT_A } from './helpers/constants';
import { describeWithBrowser } from '../support/chromium';
import { seriousViolations } from './helpers/axe';
import {
  screenshotTab,
  SSO_PEOPLE,
  startSsoEnvironment,
  waitForBoard,
  withTab,
  type SsoEnvironment,
} from './helpers/tab-harness';

const FRESH_ID = 'fresh-programme';

/** The kinds of the listed actions, as the component marks them. */
async function listedKinds(tab: Frame): Promise<string[]> {
  await tab.getByTestId('next-actions').waitFor();
  return tab
    .locator('[data-testid="next-actions"] li[data-kind]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-kind') ?? ''));
}

async function panelStep(tab: Frame): Promise<string | null> {
  return tab.locator('#step-panel').getAttribute('data-step');
}

describeWithBrowser('what now, for each role, in the tab', () => {
  let env: SsoEnvironment;
  const fresh = { subEntityId: JSON.stringify({ programmeId: FRESH_ID }) };

  beforeAll(async () => {
    env = await startSsoEnvironment();
    // A fresh programme: created today by the leader, with one person selected directly.
    const now = new Date();
    const ctx = { tenantId: TEST_TENANT_A, user: DEMO_PEOPLE.leader };
    const programme = await env.server.store.createProgramme(
      ctx,
      newProgramme({
        id: FRESH_ID,
        tenantId: TEST_TENANT_A,
        name: 'Fresh programme',
        locale: 'en',
        owner: DEMO_PEOPLE.leader,
        now,
        timeZone: 'Europe/Copenhagen',
        startDate: now.toISOString().slice(0, 10),
      }),
    );
    const { ambassadorship } = selectAmbassador({
      programme,
      person: DEMO_PEOPLE.candidateAmbassador,
      reason: 'Colleagues already go to Aisha with ideas',
      term: null,
      by: DEMO_PEOPLE.leader,
      now,
      id: 'fresh-amb-aisha',
    });
    await env.server.store.createDocument(ctx, ambassadorship);
  }, 180_000);

  afterAll(async () => {
    await env?.close();
  });

  it('shows the leader the demo’s next actions, each opening its step, with a health line on every step', async () => {
    await withTab(env, { user: SSO_PEOPLE.leader, locale: 'en-gb' }, async (hosted) => {
      const { page, tab } = hosted;
      await waitForBoard(tab, 'leader');
      const kinds = await listedKinds(tab);
      expect(kinds.length).toBeGreaterThan(0);
      expect(kinds.every((k) => (LEADER_ACTION_KINDS as readonly string[]).includes(k))).toBe(true);
      const exit = tab.getByRole('button', {
        name: /^Lars Mikkelsen's term ends in \d+ days → plan the exit/,
      });
      await exit.waitFor();
      for (const step of ['taskPlan', 'posting', 'agreement', 'training', 'meetings'])
        expect(await tab.getByTestId(`health-${step}`).getAttribute('data-health')).toMatch(
          /^(onTrack|needsAttention|notStarted)$/,
        );
      await expect(tab.getByTestId('health-limitPeriod').innerText()).resolves.toMatch(
        /Needs attention: 1 exit to plan/,
      );
      expect(await seriousViolations(page)).toEqual([]);
      await screenshotTab(hosted, 'next-actions-leader-demo');
      await exit.click();
      await tab.locator('#step-panel[data-step="agreement"]').waitFor();
    });
  });

  it('speaks Danish to a Danish leader', async () => {
    await withTab(env, { user: SSO_PEOPLE.leader, locale: 'da-dk' }, async (hosted) => {
      const { tab } = hosted;
      await waitForBoard(tab, 'leader');
      await tab.getByRole('heading', { name: 'Det næste' }).waitFor();
      await tab.getByRole('button', { name: /^Perioden for Lars Mikkelsen slutter om \d+ dage/ }).waitFor();
    });
  });

  it('opens the demo’s pending ambassador on her agreement, with her own words for each step', async () => {
    await withTab(env, { user: SSO_PEOPLE.candidateAmbassador, locale: 'en-gb' }, async (hosted) => {
      const { page, tab } = hosted;
      await waitForBoard(tab, 'ambassador');
      expect(await panelStep(tab)).toBe('agreement');
      const kinds = await listedKinds(tab);
      expect(kinds[0]).toBe('acceptMyAgreement');
      expect(kinds.every((k) => (AMBASSADOR_ACTION_KINDS as readonly string[]).includes(k))).toBe(true);
      await tab.getByRole('button', { name: /^Read your ambassador agreement \(version 1\)/ }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await screenshotTab(hosted, 'next-actions-ambassador-demo');
      await tab.getByRole('tab', { name: /^4\./ }).click();
      const panel = tab.locator('#step-panel[data-step="training"]');
      await panel.waitFor();
      const text = await panel.innerText();
      expect(text).toContain('Your training: the sessions and modules that equip you for the role');
      expect(text).not.toContain('Design a real training programme');
    });
  });

  it('shows the active demo ambassador the next training module, a link into step 4', async () => {
    await withTab(env, { user: SSO_PEOPLE.activeAmbassador, locale: 'en-gb' }, async (hosted) => {
      const { tab } = hosted;
      await waitForBoard(tab, 'ambassador');
      const kinds = await listedKinds(tab);
      expect(kinds).toContain('completeTrainingModule');
      expect(kinds).toContain('attendMeeting');
      await tab.getByRole('tab', { name: /^1\./ }).click();
      await tab.getByRole('button', { name: /^Next training module:/ }).click();
      await tab.locator('#step-panel[data-step="training"]').waitFor();
      await screenshotTab(hosted, 'next-actions-active-ambassador-demo');
    });
  });

  it('offers the demo’s employee the posting and its deadline, and nothing of the leaders’', async () => {
    await withTab(env, { user: SSO_PEOPLE.employee, locale: 'en-gb' }, async (hosted) => {
      const { page, tab } = hosted;
      await waitForBoard(tab, 'employee');
      expect(await listedKinds(tab)).toEqual(['applyToPosting']);
      const item = tab.locator('[data-testid="next-actions"] li[data-kind="applyToPosting"]');
      await expect(item.innerText()).resolves.toMatch(/Become an ambassador: apply for .*by \d+ \w+/s);
      expect(await tab.getByTestId('health-limitPeriod').count()).toBe(0);
      expect(await tab.getByText('Design a real training programme').count()).toBe(0);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshotTab(hosted, 'next-actions-employee-demo');
      await tab.getByRole('button', { name: /^Become an ambassador: apply for/ }).click();
      await tab.locator('#step-panel[data-step="posting"]').waitFor();
    });
  });

  it('walks the leader of a fresh programme through the card’s planning, from step 1', async () => {
    await withTab(env, { user: SSO_PEOPLE.leader, locale: 'en-gb', ...fresh }, async (hosted) => {
      const { tab } = hosted;
      await waitForBoard(tab, 'leader');
      await tab.getByRole('heading', { name: 'Fresh programme' }).waitFor();
      expect(await listedKinds(tab)).toEqual([
        'writeTaskPlan',
        'draftPosting',
        'draftAgreementTemplate',
        'addTrainingModules',
        'setMeetingCadence',
      ]);
      await screenshotTab(hosted, 'next-actions-leader-fresh');
      await tab.getByRole('tab', { name: /^5\./ }).click();
      await tab.getByRole('button', { name: /^Plan the concrete tasks/ }).click();
      await tab.locator('#step-panel[data-step="taskPlan"]').waitFor();
    });
  });

  it('opens the fresh programme’s candidate on the agreement that is on its way', async () => {
    await withTab(
      env,
      { user: SSO_PEOPLE.candidateAmbassador, locale: 'en-gb', ...fresh },
      async (hosted) => {
        const { tab } = hosted;
        await waitForBoard(tab, 'ambassador');
        await tab.getByRole('heading', { name: 'Fresh programme' }).waitFor();
        expect(await listedKinds(tab)).toEqual(['awaitAgreement']);
        expect(await panelStep(tab)).toBe('agreement');
        await screenshotTab(hosted, 'next-actions-ambassador-fresh');
      },
    );
  });

  it('tells the fresh programme’s employee that nothing waits for them yet', async () => {
    await withTab(env, { user: SSO_PEOPLE.employee, locale: 'en-gb', ...fresh }, async (hosted) => {
      const { tab } = hosted;
      await waitForBoard(tab, 'employee');
      await tab.getByRole('heading', { name: 'Fresh programme' }).waitFor();
      await expect(tab.getByTestId('next-actions-empty').innerText()).resolves.toMatch(
        /Nothing is waiting for you right now/,
      );
      expect(await listedKinds(tab)).toEqual([]);
      await screenshotTab(hosted, 'next-actions-employee-fresh');
    });
  });
});
