/**
 * Step 5 in the Teams-like host (SSO, real server, real Chromium): the demo's monthly rhythm
 * creates the year's meetings, one is moved and one cancelled, and the key message agreed in the
 * held alignment meeting is published from its notes and shows as the programme's key message.
 * Each step checks the stored documents, not only the screen.
 */
import { DateTime } from 'luxon';
import { meetingSchema, type UserRef } from '@ambassadors/shared';
import { DEMO_PEOPLE, TEST_TENANT_A } from './helpers/constants';
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
import type { TestUser } from '../support/tokens';

const CPH = 'Europe/Copenhagen';
const AGREED = 'We help each other across the shifts.';

async function stored(env: SsoEnvironment) {
  return (await env.server.store.loadBoard(
    { tenantId: TEST_TENANT_A, user: DEMO_PEOPLE.leader },
    env.programmeId,
  ))!;
}

/** A meeting's start as the step shows it in British English, in the programme's zone. */
function shown(iso: string): string {
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: CPH }).format(
    new Date(iso),
  );
}

describeWithBrowser('meetings that follow the rhythm in the tab', () => {
  let env: SsoEnvironment;

  beforeAll(async () => {
    env = await startSsoEnvironment();
  }, 180_000);

  afterAll(async () => {
    await env?.close();
  });

  it('creates the year’s meetings, moves one, cancels one and publishes the agreed key message', async () => {
    await withTab(env, { user: SSO_PEOPLE.leader, locale: 'en-gb' }, async (hosted) => {
      const { page, tab } = hosted;
      await waitForBoard(tab, 'leader');
      await tab.getByRole('tab', { name: /^5\./ }).click();

      // the monthly rhythm (first Tuesday, 10:00) becomes the meetings up to the programme's end
      const create = tab.getByRole('button', { name: /^Create the rhythm's \d+ meetings?$/ });
      const count = Number(/(\d+)/.exec(await create.innerText())![1]);
      expect(count).toBeGreaterThan(3);
      await create.click();
      await create.waitFor({ state: 'detached' });
      const generated = (await stored(env)).meetings
        .filter((m) => m.occurrence !== null)
        .sort((a, b) => a.scheduledAt.localeCompare(b.scheduledAt));
      expect(generated).toHaveLength(count);
      for (const m of generated) {
        const local = DateTime.fromISO(m.scheduledAt, { zone: CPH });
        expect(local.toFormat('HH:mm')).toBe('10:00');
        expect(local.toISODate()).toBe(m.occurrence);
        expect(local.weekday).toBeLessThanOrEqual(5);
      }
      // dates in British English, never US month-first
      await tab.getByText(shown(generated[1]!.scheduledAt)).first().waitFor();
      expect(shown(generated[1]!.scheduledAt)).toMatch(/^\d{1,2} \w{3} \d{4}, 10:00$/);

      // move the second one to the Wednesday after, 14:00
      const toMove = generated[1]!;
      await tab
        .getByRole('button', { name: `Move or write notes: meeting ${shown(toMove.scheduledAt)}` })
        .click();
      const dialog = tab.getByRole('dialog');
      const newStart = DateTime.fromISO(toMove.scheduledAt, { zone: CPH })
        .plus({ days: 1 })
        .set({ hour: 14, minute: 0 });
      await dialog.getByLabel('Starts').fill(newStart.toFormat("yyyy-MM-dd'T'HH:mm"));
      // not started yet: "held" waits for the start
      expect(await dialog.getByRole('checkbox', { name: 'The meeting was held' }).isDisabled()).toBe(true);
      await dialog.getByText('You can mark the meeting held once it has started.').waitFor();
      await dialog.getByRole('button', { name: 'Save' }).click();
      await dialog.waitFor({ state: 'detached' });
      await tab.getByText(`Moved from`).first().waitFor();
      const moved = (await stored(env)).meetings.find((m) => m.id === toMove.id)!;
      expect(moved.scheduledAt).toBe(newStart.toUTC().toISO({ suppressMilliseconds: false }));
      expect(moved.occurrence).toBe(toMove.occurrence);

      // cancel the third one, after a second click that says what cancelling does
      const toCancel = generated[2]!;
      await tab.getByRole('button', { name: `Cancel meeting ${shown(toCancel.scheduledAt)}` }).click();
      await tab.getByText('Cancel this meeting? It stays on the list as cancelled').waitFor();
      await tab.getByRole('button', { name: 'Yes, cancel it' }).click();
      await tab.getByText('Cancelled', { exact: true }).first().waitFor();
      expect((await stored(env)).meetings.find((m) => m.id === toCancel.id)!.cancelledAt).not.toBeNull();
      // nothing left to create: moved and cancelled meetings are not created again
      expect(await tab.getByRole('button', { name: /^Create the rhythm's/ }).count()).toBe(0);

      // the held alignment meeting: write the agreed key message, then publish it in one step
      const held = (await stored(env)).meetings.find((m) => m.held && m.kind === 'alignment')!;
      await tab.getByRole('button', { name: `Edit notes: meeting ${shown(held.scheduledAt)}` }).click();
      const notes = tab.getByRole('dialog');
      await notes.getByRole('textbox', { name: 'Key message' }).fill(AGREED);
      await notes
        .getByTestId('meeting-attendance')
        .getByText(DEMO_PEOPLE.activeAmbassador.displayName)
        .click();
      await notes.getByRole('button', { name: 'Save' }).click();
      await notes.waitFor({ state: 'detached' });
      expect(await seriousViolations(page)).toEqual([]);
      await tab.getByRole('button', { name: 'Publish as key message' }).click();
      const watchOut = tab.getByTestId('watch-out-alignMessages');
      await watchOut.getByText(AGREED).waitFor();
      await tab.getByText(/Published as key message \(version \d+\)/).waitFor();
      await screenshotTab(hosted, 'leader-meetings-rhythm');
    });
    const after = await stored(env);
    expect(after.programme.keyMessages.at(-1)!.text).toBe(AGREED);
    const heldAfter = after.meetings.find((m) => m.held && m.kind === 'alignment')!;
    expect(heldAfter.publishedKeyMessageVersion).toBe(after.programme.keyMessages.at(-1)!.version);
    expect(heldAfter.attended.map((p) => p.userId)).toContain(DEMO_PEOPLE.activeAmbassador.userId);
  });

  it('an alignment round: 4 scores show no figure, the 5th shows it; a leader publishes the draft as the key message', async () => {
    const ctx = { tenantId: TEST_TENANT_A, user: DEMO_PEOPLE.leader };
    const board = await stored(env);
    const jonas = board.ambassadorships.find((a) => a.person.userId === DEMO_PEOPLE.activeAmbassador.userId)!;
    const extra: UserRef[] = [1, 2, 3].map((n) => ({
      userId: `round-amb-${n}`,
      displayName: `Round Ambassador ${n}`,
    }));
    for (const [i, person] of extra.entries()) {
      const { etag: _etag, ...doc } = { ...jonas, id: `round-extra-${i}`, person };
      await env.server.store.createDocument(ctx, doc);
    }
    // The meeting under way: started ten minutes ago, not yet marked held.
    const at = new Date(Date.now() - 10 * 60_000).toISOString();
    const meeting = await env.server.store.createDocument(
      ctx,
      meetingSchema.parse({
        id: 'round-now',
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
    const scoreAs = async (person: UserRef, score: number) => {
      const user: TestUser = { tenantId: TEST_TENANT_A, oid: person.userId, name: person.displayName };
      const response = await fetch(
        `${env.server.baseUrl}/api/v1/programmes/${env.programmeId}/meetings/${meeting.id}/alignment/score`,
        {
          method: 'PUT',
          headers: {
            authorization: `Bearer ${await env.tokenFor(user)}`,
            'content-type': 'application/json',
          },
          body: JSON.stringify({ score }),
        },
      );
      expect(response.status).toBe(200);
    };
    for (const person of extra) await scoreAs(person, 5);

    // The fourth person scores in the side-panel width: still no figure, only their own score.
    await withTab(
      env,
      { user: SSO_PEOPLE.activeAmbassador, locale: 'en-gb', viewport: { width: 320, height: 900 } },
      async (hosted) => {
        const { page, tab } = hosted;
        await waitForBoard(tab, 'ambassador');
        await tab.getByRole('tab', { name: /^5\./ }).click();
        const round = tab.locator(`[data-testid="alignment-round"][data-meeting-id="${meeting.id}"]`);
        await round.getByText('Shown from 5 people (3 so far)').waitFor();
        const scores = round.getByRole('radiogroup');
        await scores.getByRole('radio', { name: '3' }).check();
        await page.keyboard.press('ArrowRight'); // the radio group is keyboard usable: 3 → 4
        expect(await scores.getByRole('radio', { name: '4' }).isChecked()).toBe(true);
        await round.getByRole('button', { name: 'Give score' }).click();
        await round.getByRole('status').getByText('Your score 4 is saved.').waitFor();
        await round.getByText('You have scored: 4').waitFor();
        await round.getByText('Shown from 5 people (4 so far)').waitFor();
        expect(await round.getByTestId('alignment-aggregate').count()).toBe(0);
        const overflow = await round.evaluate((el) => {
          const box = el.getBoundingClientRect();
          const spill = [...el.querySelectorAll('*')].filter(
            (c) => c.getBoundingClientRect().right > box.right + 0.5,
          );
          return { width: box.width, scroll: el.scrollWidth - el.clientWidth, spill: spill.length };
        });
        expect(overflow.width).toBeLessThanOrEqual(320);
        expect(overflow).toMatchObject({ scroll: 0, spill: 0 });
        expect(await seriousViolations(page)).toEqual([]);
        await round.scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${SCREENSHOT_DIR}/alignment-round-320.png` });
      },
    );
    expect((await stored(env)).meetings.find((m) => m.id === meeting.id)!.alignmentRound.scores).toHaveLength(
      4,
    );

    await scoreAs(DEMO_PEOPLE.endingAmbassador, 3);
    const NEXT = 'We listen first, then we act together.';
    await withTab(env, { user: SSO_PEOPLE.leader, locale: 'en-gb' }, async (hosted) => {
      const { page, tab } = hosted;
      await waitForBoard(tab, 'leader');
      await tab.getByRole('tab', { name: /^5\./ }).click();
      const round = tab.locator(`[data-testid="alignment-round"][data-meeting-id="${meeting.id}"]`);
      await round.getByText('Average 4.4 from 5 people').waitFor();
      await round.getByRole('list', { name: 'How many gave each score' }).getByText('5: 3').waitFor();
      expect(await round.getByRole('radiogroup').count()).toBe(0); // leaders do not score
      await round.getByRole('textbox', { name: 'Draft of the next key message' }).fill(NEXT);
      await round.getByRole('button', { name: 'Save draft' }).click();
      await round.getByRole('status').getByText('The draft is saved.').waitFor();
      await round.getByRole('button', { name: 'Publish as the key message' }).click();
      await round
        .getByRole('status')
        .getByText(/The draft is now the key message \(version \d+\)\./)
        .waitFor();
      await tab.getByTestId('watch-out-alignMessages').getByText(NEXT).waitFor();
      await round.getByText(/Agreed and published as key message \(version \d+\)/).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await round.scrollIntoViewIfNeeded();
      await round.screenshot({ path: `${SCREENSHOT_DIR}/alignment-round-leader.png` });
    });
    const after = await stored(env);
    expect(after.programme.keyMessages.at(-1)!.text).toBe(NEXT);
    expect(after.meetings.find((m) => m.id === meeting.id)!.publishedKeyMessageVersion).toBe(
      after.programme.keyMessages.at(-1)!.version,
    );
  });
});
