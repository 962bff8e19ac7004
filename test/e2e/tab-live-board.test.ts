/**
 * A board that updates itself: two people in two browsers. The ambassador accepts her agreement;
 * the leader's open board shows it within two seconds while the leader has a dialog open with
 * typed text, which stays as typed.
 */
import { describeWithBrowser } from '../support/chromium';
import {
  SSO_PEOPLE,
  openInTeamsHost,
  screenshotTab,
  startSsoEnvironment,
  waitForBoard,
  type HostedTab,
  type SsoEnvironment,
} from './helpers/tab-harness';

describeWithBrowser('the board updates itself (two browsers)', () => {
  let env: SsoEnvironment;
  const opened: HostedTab[] = [];

  beforeAll(async () => {
    env = await startSsoEnvironment();
  }, 180_000);
  afterAll(async () => {
    for (const hosted of opened) await hosted.close();
    await env?.close();
  });

  it('the ambassador accepts; the leader’s board changes within 2 s and the open dialog keeps its text', async () => {
    const leader = await openInTeamsHost(env, { user: SSO_PEOPLE.leader, locale: 'en-gb' });
    opened.push(leader);
    const aisha = await openInTeamsHost(env, {
      user: SSO_PEOPLE.candidateAmbassador,
      locale: 'en-gb',
      subEntityId: `${env.programmeId}/agreement`,
    });
    opened.push(aisha);

    await waitForBoard(leader.tab, 'leader');
    await leader.tab.getByRole('tab', { name: /^3\./ }).click();
    // CSS, not roles: behind a modal dialog the board is hidden from the accessibility tree.
    const aishaRow = leader.tab.locator('#step-panel li', { hasText: 'Aisha Khan' }).first();
    await expect(aishaRow.innerText()).resolves.toContain('Waiting for: the ambassador');

    await leader.tab.locator('#step-panel').getByRole('button', { name: 'Edit step' }).click();
    const dialog = leader.tab.getByRole('dialog');
    const field = dialog.getByRole('textbox', { name: 'Notes' });
    const typed = 'Draft typed while the board changes';
    await field.fill(typed);
    await expect(field.inputValue()).resolves.toBe(typed);

    await waitForBoard(aisha.tab, 'ambassador');
    const mine = aisha.tab.getByTestId('my-agreement');
    await mine.getByRole('button', { name: /Accept agreement/ }).click();
    await mine.getByText('You have accepted version 1.').waitFor();

    // The acceptance is stored: the leader's board must show it within two seconds, unreloaded.
    await leader.tab.waitForFunction(
      () => {
        const rows = [...document.querySelectorAll('#step-panel li')] as HTMLElement[];
        const row = rows.find((li) => li.innerText.includes('Aisha Khan'));
        return !!row && !row.innerText.includes('the ambassador');
      },
      undefined,
      { timeout: 2000 },
    );
    await screenshotTab(leader, 'live-board-leader-dialog-open');
    await expect(dialog.isVisible()).resolves.toBe(true);
    await expect(field.inputValue()).resolves.toBe(typed);
    expect(leader.errors).toEqual([]);
    expect(aisha.errors).toEqual([]);
  });
});
