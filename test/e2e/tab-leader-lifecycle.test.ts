/**
 * The leaders' side of an ambassador's life cycle in the Teams-like host (SSO, real server,
 * real Chromium): ending a role early, planning the exit of a former ambassador and of one
 * whose term ends soon. Each journey checks the stored documents, not only the screen.
 */
import { DateTime } from 'luxon';
import { ambassadorshipSchema } from '@ambassadors/shared';
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

async function ambassadorship(env: SsoEnvironment, id: string) {
  const board = await env.server.store.loadBoard(
    { tenantId: TEST_TENANT_A, user: DEMO_PEOPLE.leader },
    env.programmeId,
  );
  return board?.ambassadorships.find((a) => a.id === id);
}

describeWithBrowser('the leaders’ ambassador life cycle in the tab', () => {
  let env: SsoEnvironment;

  beforeAll(async () => {
    env = await startSsoEnvironment();
  }, 180_000);

  afterAll(async () => {
    await env?.close();
  });

  it('withdraws an ambassador after a confirm dialog that says the role ends now', async () => {
    await withTab(env, { user: SSO_PEOPLE.leader, locale: 'en-gb' }, async (hosted) => {
      const { page, tab } = hosted;
      await waitForBoard(tab, 'leader');
      await tab.getByRole('tab', { name: /^3\./ }).click();
      const open = tab.getByRole('button', { name: 'Withdraw Aisha Khan as ambassador' });
      // keyboard: the row's action is a real button reached and pressed from the keyboard
      await open.focus();
      await page.keyboard.press('Enter');
      const dialog = tab.getByRole('dialog');
      await expect(dialog.getByTestId('withdraw-warning').innerText()).resolves.toMatch(
        /role as ambassador ends now.*planned exit follows/s,
      );
      const submit = dialog.getByRole('button', { name: 'End the role now' });
      expect(await submit.isDisabled()).toBe(true);
      await dialog.getByRole('textbox', { name: /Reason/ }).fill('Aisha has moved to another department.');
      expect(await seriousViolations(page)).toEqual([]);
      await screenshotTab(hosted, 'leader-withdraw-dialog');
      await submit.click();
      await dialog.waitFor({ state: 'detached' });
      // she leaves the current list and appears under the planned exit
      const former = tab.getByTestId('former-ambassadors');
      await former.getByText('Aisha Khan').waitFor();
      await former.getByText('Reason: Aisha has moved to another department.').waitFor();
      expect(await tab.getByRole('button', { name: 'Withdraw Aisha Khan as ambassador' }).count()).toBe(0);
    });
    const stored = await ambassadorship(env, 'amb-aisha');
    expect(stored?.state).toBe('withdrawn');
    expect(stored?.withdrawal?.reason).toBe('Aisha has moved to another department.');
  });

  it('plans the exit of a former ambassador (debrief, thanks, hand-over) with the ETag', async () => {
    await withTab(env, { user: SSO_PEOPLE.leader, locale: 'da-dk' }, async (hosted) => {
      const { page, tab } = hosted;
      await waitForBoard(tab, 'leader');
      await tab.getByRole('tab', { name: /^3\./ }).click();
      await tab.getByRole('button', { name: 'Rediger exit for Aisha Khan' }).click();
      const dialog = tab.getByRole('dialog');
      await dialog.getByLabel('Dato for afrunding').fill('2030-01-15');
      await dialog.getByRole('checkbox', { name: 'Der er sagt tak' }).check();
      await dialog
        .getByRole('textbox', { name: /Noter til overdragelse/ })
        .fill('Vidensbanken overtages af Jonas.');
      expect(await seriousViolations(page)).toEqual([]);
      await screenshotTab(hosted, 'leader-exit-dialog');
      await dialog.getByRole('button', { name: 'Gem exit' }).click();
      await dialog.waitFor({ state: 'detached' });
      const former = tab.getByTestId('former-ambassadors');
      await former.getByText('Vidensbanken overtages af Jonas.').waitFor();
      await screenshotTab(hosted, 'leader-former-ambassadors');
    });
    const stored = await ambassadorship(env, 'amb-aisha');
    expect(stored?.exit.debriefDate).toBe('2030-01-15');
    expect(stored?.exit.thankedAt).not.toBeNull();
    expect(stored?.exit.debriefHeldAt).toBeNull();
    expect(stored?.exit.handoverNotes).toBe('Vidensbanken overtages af Jonas.');
  });

  it('shows an upcoming exit (term ends within 30 days) with a link that plans it', async () => {
    await withTab(env, { user: SSO_PEOPLE.leader, locale: 'en-gb' }, async (hosted) => {
      const { tab } = hosted;
      await waitForBoard(tab, 'leader');
      await tab.getByRole('tab', { name: /^3\./ }).click();
      await screenshotTab(hosted, 'leader-upcoming-exit');
      // the "limit the period" watch-out offers the same plan next to the days left
      const watchOut = tab.getByTestId(`term-${DEMO_PEOPLE.endingAmbassador.userId}`);
      expect(await watchOut.getByRole('button', { name: 'Plan the exit for Lars Mikkelsen' }).count()).toBe(
        1,
      );
      const upcoming = tab.getByTestId('upcoming-exit-amb-lars');
      await expect(upcoming.innerText()).resolves.toMatch(/The term ends in \d+ days/);
      await upcoming.getByRole('button', { name: 'Plan the exit for Lars Mikkelsen' }).click();
      const dialog = tab.getByRole('dialog');
      await dialog.getByLabel('Debrief date').fill('2030-02-01');
      await dialog.getByRole('button', { name: 'Save the exit' }).click();
      await dialog.waitFor({ state: 'detached' });
      // Opening the plan again shows what was planned, rather than an empty form.
      await upcoming.getByRole('button', { name: 'Plan the exit for Lars Mikkelsen' }).click();
      // Written the English UI's way (day first), whatever the browser's locale.
      await expect(tab.getByRole('dialog').getByLabel('Debrief date').inputValue()).resolves.toBe(
        '01/02/2030',
      );
      await tab.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
    });
    const stored = await ambassadorship(env, 'amb-lars');
    expect(stored?.state).toBe('active');
    expect(stored?.exit.debriefDate).toBe('2030-02-01');
  });

  it('plans a meeting on the programme’s wall clock, with the zone named next to the field', async () => {
    await withTab(
      env,
      { user: SSO_PEOPLE.leader, locale: 'en-gb', timezoneId: 'America/New_York' },
      async (hosted) => {
        const { page, tab } = hosted;
        // the browser is far from the programme's zone, whatever zone the machine runs in
        expect(await tab.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(
          'America/New_York',
        );
        await waitForBoard(tab, 'leader');
        await tab.getByRole('tab', { name: /^5\./ }).click();
        await expect(tab.getByTestId('meetings-zone').innerText()).resolves.toContain('Europe/Copenhagen');
        await tab.locator('#step-panel').getByRole('button', { name: 'Plan a meeting' }).click();
        const dialog = tab.getByRole('dialog');
        await dialog.getByRole('radio', { name: 'Ambassador meeting' }).check();
        const start = dialog.getByLabel('Starts');
        await start.fill('2030-06-10T10:00');
        await dialog.getByText('In the programme’s time zone: Europe/Copenhagen (GMT+2)').waitFor();
        expect(await seriousViolations(page)).toEqual([]);
        await screenshotTab(hosted, 'leader-meeting-zone-dialog');
        await dialog.getByRole('button', { name: 'Plan meeting' }).click();
        await dialog.waitFor({ state: 'detached' });
        await tab.locator('#step-panel').getByText('10 Jun 2030, 10:00').waitFor();
      },
    );
    const board = await env.server.store.loadBoard(
      { tenantId: TEST_TENANT_A, user: DEMO_PEOPLE.leader },
      env.programmeId,
    );
    expect(board?.meetings.map((m) => m.scheduledAt)).toContain('2030-06-10T08:00:00.000Z');
  });

  it('invites a named employee to apply (name + user id outside the people picker) with a chat link', async () => {
    const peterId = '3f2504e0-4f89-11d3-9a0c-0305e82c3301';
    await withTab(env, { user: SSO_PEOPLE.leader, locale: 'en-gb' }, async (hosted) => {
      const { page, tab } = hosted;
      await waitForBoard(tab, 'leader');
      await tab.getByRole('tab', { name: /^2\./ }).click();
      await tab.locator('#step-panel').getByRole('button', { name: 'Edit step' }).click();
      const dialog = tab.getByRole('dialog');
      const editor = dialog.getByTestId('invitations-editor');
      // the test host declares no people picker, so the manual entry is the way in
      expect(await editor.getByRole('button', { name: 'Choose people in Teams' }).count()).toBe(0);
      await editor.getByRole('textbox', { name: 'Name' }).fill('Peter Holm');
      await editor.getByRole('textbox', { name: /^User id/ }).fill(peterId);
      await editor.getByRole('textbox', { name: 'Note (optional)' }).fill('Knows the night shift well');
      // keyboard: tab from the note to "Invite" and press it
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await editor.getByRole('textbox', { name: 'Note for Peter Holm' }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await screenshotTab(hosted, 'leader-invitations-editor');
      await dialog.getByRole('button', { name: 'Save' }).click();
      await dialog.waitFor({ state: 'detached' });
      const invitation = tab.getByTestId(`invitation-${peterId}`);
      await expect(invitation.innerText()).resolves.toContain('Peter Holm – Knows the night shift well');
      await screenshotTab(hosted, 'leader-invitations-list');
      await invitation.getByRole('button', { name: 'Chat with Peter Holm' }).click();
      const links = await page.waitForFunction(() => {
        const opened = (window as unknown as { teamsHost: { openedLinks: string[] } }).teamsHost.openedLinks;
        return opened.length > 0 ? opened.slice() : null;
      });
      const [link] = (await links.jsonValue()) as string[];
      const url = new URL(link!);
      expect(url.origin + url.pathname).toBe('https://teams.microsoft.com/l/chat/0/0');
      expect(url.searchParams.get('users')).toBe(`8:orgid:${peterId}`);
    });
    const board = await env.server.store.loadBoard(
      { tenantId: TEST_TENANT_A, user: DEMO_PEOPLE.leader },
      env.programmeId,
    );
    const invitations = board?.programme.steps.posting.invitations ?? [];
    expect(invitations.map((i) => [i.invitee.userId, i.invitee.displayName, i.note])).toContainEqual([
      peterId,
      'Peter Holm',
      'Knows the night shift well',
    ]);
    expect(invitations.find((i) => i.invitee.userId === peterId)?.invitedBy.userId).toBe(
      DEMO_PEOPLE.leader.userId,
    );
  });

  it('shows a term whose end date has passed as ended, with that date', async () => {
    const person = { userId: 'former-frida', displayName: 'Frida Former' };
    const ctx = { tenantId: TEST_TENANT_A, user: DEMO_PEOPLE.leader };
    await env.server.store.createDocument(
      ctx,
      ambassadorshipSchema.parse({
        id: 'amb-frida',
        tenantId: TEST_TENANT_A,
        programmeId: env.programmeId,
        type: 'ambassadorship',
        person,
        state: 'active',
        selection: {
          reason: 'Earlier round',
          applicationId: null,
          by: DEMO_PEOPLE.leader,
          at: '2024-12-20T09:00:00.000Z',
        },
        term: { start: '2025-01-01', end: '2025-06-30' },
        agreement: {},
        exit: {},
        activatedAt: '2025-01-01T09:00:00.000Z',
        createdAt: '2024-12-20T09:00:00.000Z',
        updatedAt: '2025-01-01T09:00:00.000Z',
      }),
    );
    await withTab(env, { user: SSO_PEOPLE.leader, locale: 'en-gb' }, async (hosted) => {
      const { tab } = hosted;
      await waitForBoard(tab, 'leader');
      await tab.getByRole('tab', { name: /^3\./ }).click();
      const former = tab.getByTestId('former-amb-frida');
      await expect(former.innerText()).resolves.toContain('Term ended 30 Jun 2025');
    });
  });

  it('runs step 4 as a course: a session and a module added, the module ticked, attendance recorded after the start, training complete', async () => {
    // The session started yesterday at 09:00 on the programme's wall clock, so attendance can be recorded.
    const yesterday = DateTime.now().setZone('Europe/Copenhagen').minus({ days: 1 }).toFormat('yyyy-MM-dd');
    const refusal = /status of 400/; // the session without a place or a link, refused on purpose
    await withTab(
      env,
      { user: SSO_PEOPLE.leader, locale: 'en-gb', expectedErrors: refusal },
      async (hosted) => {
        const { tab } = hosted;
        await waitForBoard(tab, 'leader');
        await tab.getByRole('tab', { name: /^4\./ }).click();
        const panel = tab.locator('#step-panel');
        await panel.getByRole('button', { name: 'Add session' }).click();
        let dialog = tab.getByRole('dialog');
        await dialog.getByRole('textbox', { name: /^Title/ }).fill('Kick-off');
        await dialog.getByLabel(/^Date/).fill(yesterday);
        await dialog.getByLabel(/^Time/).fill('09:00');
        // neither a place nor a link: the server names both fields, and nothing is saved
        await dialog.getByRole('button', { name: 'Save session' }).click();
        await dialog.getByText('fill in "Place" or "Link to join online"', { exact: false }).waitFor();
        await dialog.getByRole('textbox', { name: /^Place/ }).fill('Room 1, head office');
        await dialog.getByRole('button', { name: 'Save session' }).click();
        await dialog.waitFor({ state: 'detached' });
        await panel.getByText('Kick-off').waitFor();

        await panel.getByRole('button', { name: 'Edit step' }).click();
        dialog = tab.getByRole('dialog');
        await dialog.getByRole('button', { name: 'Add module' }).click();
        await dialog
          .getByRole('textbox', { name: /^Module/ })
          .last()
          .fill('Listening first');
        await dialog
          .getByRole('textbox', { name: /^Link to material/ })
          .last()
          .fill('https://example.com/listening');
        await dialog.getByRole('button', { name: 'Save' }).click();
        await dialog.waitFor({ state: 'detached' });
        await panel.getByText('Listening first').waitFor();
      },
    );

    await withTab(
      env,
      { user: SSO_PEOPLE.activeAmbassador, locale: 'en-gb', viewport: { width: 360, height: 800 } },
      async (hosted) => {
        const { tab } = hosted;
        await waitForBoard(tab, 'ambassador');
        await tab.getByRole('tab', { name: /^4\./ }).click();
        const panel = tab.locator('#step-panel');
        const tick = panel.getByRole('button', { name: /^Mark “.*” as done$/ });
        for (let open = await tick.count(); open > 0; open--) {
          const label = (await tick.first().getAttribute('aria-label'))!;
          await tick.first().click();
          await panel.getByRole('button', { name: label, exact: true }).waitFor({ state: 'detached' });
        }
        // every module ticked; the session waits for the leaders to record it
        await expect(panel.getByTestId('my-training-progress').innerText()).resolves.toContain(
          '5 of 6 required done',
        );
        const session = panel.locator('[data-testid^="training-session-"]');
        await expect(session.innerText()).resolves.toContain('Room 1, head office');
        await screenshotTab(hosted, 'ambassador-training-course-360');
      },
    );

    await withTab(env, { user: SSO_PEOPLE.leader, locale: 'en-gb' }, async (hosted) => {
      const { page, tab } = hosted;
      await waitForBoard(tab, 'leader');
      await tab.getByRole('tab', { name: /^4\./ }).click();
      const panel = tab.locator('#step-panel');
      const attendance = panel.getByTestId('session-attendance');
      // the box shows what the server stored: it turns checked once the answer is back
      await attendance.getByRole('checkbox', { name: /^Jonas Berg/ }).click();
      await attendance.getByRole('checkbox', { name: 'Jonas Berg', exact: true, checked: true }).waitFor();
      await panel.getByTestId('training-progress-amb-jonas').getByText('Training complete').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await screenshotTab(hosted, 'leader-training-course');
    });

    await withTab(env, { user: SSO_PEOPLE.activeAmbassador, locale: 'da-dk' }, async (hosted) => {
      const { tab } = hosted;
      await waitForBoard(tab, 'ambassador');
      await tab.getByRole('tab', { name: /^4\./ }).click();
      const panel = tab.locator('#step-panel');
      await panel.getByTestId('my-training-progress').getByText('Træningen er gennemført').waitFor();
      await panel.getByText('Deltog', { exact: true }).waitFor();
      await screenshotTab(hosted, 'ambassador-training-complete-da');
    });
    const stored = await ambassadorship(env, 'amb-jonas');
    expect(stored?.sessionAttendance.map((a) => [a.attended, a.recordedBy.userId])).toEqual([
      [true, DEMO_PEOPLE.leader.userId],
    ]);
  });
});
