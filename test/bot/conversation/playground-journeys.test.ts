import { DEMO_PEOPLE, LOCAL_TENANT_ID } from '@ambassadors/shared';
import { renderCards } from '../../support/adaptive-card-render';
import {
  collectPageErrors,
  describeWithBrowser,
  keepOffline,
  launchChromium,
  type LaunchedChromium,
} from '../../support/chromium';
import {
  cardOf,
  startPlayground,
  type AdaptiveCardJson,
  type PlaygroundSession,
} from '../../support/playground-session';
import { startTestServer, type TestServer } from '../../support/start-test-server';

const DEMO_PROGRAMME_ID = 'demo-arbejdsfaellesskab';
/** An ISO timestamp as a person should never read it on a card. */
const RAW_INSTANT = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/**
 * The README's local bot session, end to end: the app on its embedded store, the Microsoft 365
 * Agents Playground CLI started from the repository root (so it reads the repository's
 * `.m365agentsplayground.yml`), and the playground driven through its own HTTP API as its web
 * page drives it. Every card that comes back is rendered by the Adaptive Cards renderer in
 * Chromium, with a markdown processor, as Teams renders it.
 */
describeWithBrowser('the bot through the Agents Playground, as the README sets it up', () => {
  let server: TestServer;
  let chromium: LaunchedChromium;
  const received: Array<{ name: string; card: AdaptiveCardJson }> = [];
  const sessions: PlaygroundSession[] = [];

  beforeAll(async () => {
    server = await startTestServer({ env: { REMINDERS: 'off' } });
    chromium = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    for (const s of sessions) await s.close();
    await chromium?.close();
    await server?.close();
  });

  async function playgroundAs(userId?: string): Promise<PlaygroundSession> {
    const session = await startPlayground({
      botEndpoint: `${server.baseUrl}/api/messages`,
      ...(userId ? { as: userId } : {}),
    });
    sessions.push(session);
    return session;
  }

  const keep = (name: string, card: AdaptiveCardJson) => {
    received.push({ name, card });
    return card;
  };
  const textOf = (card: AdaptiveCardJson) => JSON.stringify(card.body);

  async function board() {
    const loaded = await server.store.loadBoard(
      { tenantId: LOCAL_TENANT_ID, user: DEMO_PEOPLE.leader },
      DEMO_PROGRAMME_ID,
    );
    if (!loaded) throw new Error('the demo programme is not in the local tenant');
    return loaded;
  }

  describe('as the repository configures the playground: Jonas, an active ambassador', () => {
    let jonas: PlaygroundSession;
    beforeAll(async () => {
      jonas = await playgroundAs();
    }, 60_000);

    it('is Jonas of the local tenant, so the bot knows him', () => {
      expect(jonas.user.aadObjectId).toBe(DEMO_PEOPLE.activeAmbassador.userId);
    });

    it('answers a greeting with the help card, once', async () => {
      const replies = await jonas.say('hello');
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(jonas.messages.slice(-replies.length)).toEqual(replies);
      expect(replies).toHaveLength(1);
      const help = keep('help (hello)', cardOf(replies[0]));
      expect(textOf(help)).toContain('status');
      expect(textOf(help)).toContain('feedback');
      // commands that fit an ambassador only: no "apply"
      expect(textOf(help)).not.toMatch(/\bapply\b/);
    });

    it('shows his real status: the demo programme, his term and the next meeting, in words', async () => {
      const [reply] = await jonas.say('status');
      const status = keep('status', cardOf(reply));
      expect(textOf(status)).toContain('Ambassadører for arbejdsfællesskabet');
      expect(textOf(status)).toMatch(/Term/);
      expect(textOf(status)).not.toMatch(RAW_INSTANT);
    });

    it('does not offer the apply card to an ambassador', async () => {
      const [reply] = await jonas.say('apply');
      const answer = keep('apply (ambassador)', cardOf(reply));
      expect(textOf(answer)).toContain('already an ambassador');
      expect(JSON.stringify(answer)).not.toContain('Input.Text');
    });

    it('takes a check-in through the feedback card and confirms it in his words and time zone, once', async () => {
      const before = (await board()).checkIns.length;
      const [reply] = await jonas.say('feedback');
      keep('feedback', cardOf(reply));
      const inputs = {
        alignment: '4',
        changeCourse: 'no',
        progress: 'Gode dialoger i kantinen',
        theme: 'Arbejdsmiljø',
      };
      const first = await jonas.execute(reply!, 'checkIn.submit', inputs);
      expect(first.status).toBe(200);
      expect(first.type).toBe('application/vnd.microsoft.card.adaptive');
      keep('feedback recorded', first.value);
      expect(textOf(first.value)).toContain('Thanks — recorded');
      expect(textOf(first.value)).not.toMatch(RAW_INSTANT);
      const second = await jonas.execute(reply!, 'checkIn.submit', inputs);
      expect(textOf(second.value)).toContain('already recorded');
      const after = await board();
      expect(after.checkIns).toHaveLength(before + 1);
      expect(after.checkIns.some((c) => c.situations[0]?.theme === 'Arbejdsmiljø')).toBe(true);
    });
  });

  describe('as the README says to be the employee: Sofie swapped in as currentUser', () => {
    let sofie: PlaygroundSession;
    beforeAll(async () => {
      sofie = await playgroundAs(DEMO_PEOPLE.employee.userId);
    }, 60_000);

    it('offers her the open posting and records her application from the card', async () => {
      expect(sofie.user.name).toBe(DEMO_PEOPLE.employee.displayName);
      const [reply] = await sofie.say('apply');
      const posting = keep('apply (employee)', cardOf(reply));
      expect(JSON.stringify(posting)).toContain('Input.Text');
      const tooShort = await sofie.execute(reply!, 'posting.apply', { motivation: 'Ja' });
      keep('apply too short', tooShort.value);
      // the minimum length, in words a person reads, and nothing saved
      expect(textOf(tooShort.value)).toMatch(/\d+ characters/);
      expect(
        (await board()).applications.some((a) => a.applicant.userId === DEMO_PEOPLE.employee.userId),
      ).toBe(false);
      const answer = await sofie.execute(reply!, 'posting.apply', {
        motivation: 'Jeg vil gerne hjælpe kolleger med at komme godt i gang med de nye arbejdsgange.',
      });
      expect(answer.status).toBe(200);
      keep('applied', answer.value);
      expect(textOf(answer.value)).not.toMatch(RAW_INSTANT);
      const applications = (await board()).applications.filter(
        (a) => a.applicant.userId === DEMO_PEOPLE.employee.userId,
      );
      expect(applications).toHaveLength(1);
    });
  });

  describe('as the leader: Mette swapped in', () => {
    it('shows the programme’s progress through the five steps', async () => {
      const mette = await playgroundAs(DEMO_PEOPLE.leader.userId);
      const [reply] = await mette.say('status');
      const status = keep('status (leader)', cardOf(reply));
      expect(textOf(status)).toContain('Ambassadører for arbejdsfællesskabet');
      expect(textOf(status)).not.toMatch(RAW_INSTANT);
    }, 60_000);
  });

  it('every card that came back renders in the Adaptive Cards renderer without an event, and reads as text', async () => {
    expect(received.length).toBeGreaterThanOrEqual(8);
    const context = await chromium.browser.newContext();
    await keepOffline(context);
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    const rendered = await renderCards(page, received, { markdown: true });
    for (const card of rendered) {
      expect({ name: card.name, parse: card.parseEvents, validate: card.validationEvents }).toEqual({
        name: card.name,
        parse: [],
        validate: [],
      });
      expect({ name: card.name, long: card.text.trim().length > 10 }).toEqual({
        name: card.name,
        long: true,
      });
      expect({ name: card.name, raw: RAW_INSTANT.test(card.text) }).toEqual({ name: card.name, raw: false });
      // a text that begins with a date ("3. august 2026") must not turn into a numbered list
      expect({ name: card.name, lists: card.lists }).toEqual({ name: card.name, lists: 0 });
    }
    expect(rendered.find((c) => c.name === 'feedback')!.inputs).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);
});
