import { DEMO_PEOPLE, DEMO_PROGRAMME_ID, LOCAL_TENANT_ID, type BoardData } from '@ambassadors/shared';
import { demoBoardWithId, seedBoard } from '../http/routes/api-fixture';
import { cardOf, startBotHarness, textsOf, user, type BotHarness, type TeamsUser } from './bot-harness';

const SECOND = 'second-programme';

/**
 * The bot across programmes: Jonas is an active ambassador in the demo programme and a candidate
 * with an agreement waiting in a second one; Sofie is an employee in both, with both postings open.
 */
describe('the bot for a person in two programmes', () => {
  let h: BotHarness;
  const jonas = user(DEMO_PEOPLE.activeAmbassador.userId, DEMO_PEOPLE.activeAmbassador.displayName);
  const sofie = user(DEMO_PEOPLE.employee.userId, DEMO_PEOPLE.employee.displayName);

  beforeAll(async () => {
    h = await startBotHarness();
    const base = demoBoardWithId(LOCAL_TENANT_ID, SECOND, new Date(), 'second-');
    // In the second programme Jonas stands where the demo's candidate stands.
    const json = JSON.stringify(base)
      .split(`"${DEMO_PEOPLE.activeAmbassador.userId}"`)
      .join('"someone-else"')
      .split(`"${DEMO_PEOPLE.candidateAmbassador.userId}"`)
      .join(`"${DEMO_PEOPLE.activeAmbassador.userId}"`);
    const second = JSON.parse(json) as BoardData;
    second.programme = { ...second.programme, name: 'Second programme' };
    await seedBoard(h.server.store, second);
  });
  afterAll(async () => {
    await h.close();
  });
  beforeEach(() => h.connector.reset());

  const lastCardTo = (who: TeamsUser) =>
    cardOf(
      h.connector
        .delivered()
        .filter((r) => r.conversationId === who.conversationId)
        .at(-1)!,
    );
  const choices = (card: any) =>
    (card.actions as any[]).filter((a) => a.type === 'Action.Execute' && a.verb === 'programme.choose');
  const choose = (who: TeamsUser, action: any) =>
    h.post(
      h.activity(who, {
        type: 'invoke',
        name: 'adaptiveCard/action',
        value: {
          action: { type: 'Action.Execute', verb: action.verb, data: action.data },
          trigger: 'manual',
        },
      }),
    );

  it('status offers both programmes, the one with the agreement waiting first; a click answers about it', async () => {
    await h.post(h.activity(jonas, { type: 'message', text: 'status' }));
    const card = lastCardTo(jonas);
    expect(textsOf(card).join(' ')).toContain('You are in several programmes');
    const buttons = choices(card);
    expect(buttons.map((b) => b.data.programmeId)).toEqual([SECOND, DEMO_PROGRAMME_ID]);
    expect(buttons[0].title).toBe('Second programme – your agreement is waiting');
    expect(buttons[0].style).toBe('positive');
    expect(buttons[1].title).toMatch(/check-in due$/);

    const second = await choose(jonas, buttons[0]);
    expect(second.status).toBe(200);
    const status = textsOf(second.body.value).join(' | ');
    expect(status).toContain('Your status');
    expect(status).toContain('Second programme');

    const demo = await choose(jonas, buttons[1]);
    expect(textsOf(demo.body.value).join(' | ')).not.toContain('Second programme');
  });

  it('feedback goes straight to the check-in card: only one programme has him active', async () => {
    await h.post(h.activity(jonas, { type: 'message', text: 'feedback' }));
    const card = lastCardTo(jonas);
    expect(choices(card)).toHaveLength(0);
    expect(JSON.stringify(card)).toContain('checkIn.submit');
    expect(JSON.stringify(card)).toContain(DEMO_PROGRAMME_ID);
  });

  it('apply, with two open postings, lets the employee pick; the posting card is the chosen one', async () => {
    await h.post(h.activity(sofie, { type: 'message', text: 'apply', locale: 'da-DK' }));
    const card = lastCardTo(sofie);
    expect(textsOf(card).join(' ')).toContain('Flere programmer søger ambassadører');
    const buttons = choices(card);
    expect(buttons.map((b) => b.data.programmeId).sort()).toEqual([DEMO_PROGRAMME_ID, SECOND].sort());
    expect(buttons.every((b) => b.title.endsWith('opslaget er åbent'))).toBe(true);
    const picked = buttons.find((b) => b.data.programmeId === SECOND);
    const answer = await choose(sofie, picked);
    const posting = JSON.stringify(answer.body.value);
    expect(posting).toContain('posting.apply');
    expect(posting).toContain(SECOND);
  });

  it('the Action.Submit fallback answers too, and an id outside the tenant finds no programme', async () => {
    const base = { verb: 'programme.choose', command: 'status' };
    await h.post(h.activity(jonas, { type: 'message', value: { ...base, programmeId: SECOND } }));
    expect(textsOf(lastCardTo(jonas)).join(' ')).toContain('Second programme');
    const unknown = await choose(jonas, {
      verb: 'programme.choose',
      data: { ...base, programmeId: 'elsewhere' },
    });
    expect(textsOf(unknown.body.value).join(' ')).toContain(
      'You are not part of an ambassador programme yet',
    );
  });

  it('help lists what fits in either programme', async () => {
    await h.post(h.activity(jonas, { type: 'message', text: 'help' }));
    const jonasHelp = textsOf(lastCardTo(jonas)).join(' ');
    expect(jonasHelp).toContain('feedback – send a check-in');
    await h.post(h.activity(sofie, { type: 'message', text: 'help' }));
    const sofieHelp = textsOf(lastCardTo(sofie)).join(' ');
    expect(sofieHelp).toContain('apply – apply for');
    expect(sofieHelp).not.toContain('feedback – send a check-in');
  });

  it('status in a group chat is not answered there, even from a choice card', async () => {
    const answer = await h.post(
      h.activity(jonas, {
        type: 'invoke',
        name: 'adaptiveCard/action',
        conversation: { id: 'group-1', conversationType: 'groupChat', tenantId: LOCAL_TENANT_ID },
        value: {
          action: {
            type: 'Action.Execute',
            verb: 'programme.choose',
            data: { verb: 'programme.choose', command: 'status', programmeId: SECOND },
          },
          trigger: 'manual',
        },
      }),
    );
    expect(textsOf(answer.body.value).join(' ')).not.toContain('Second programme');
  });
});
