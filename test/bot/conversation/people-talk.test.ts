import fc from 'fast-check';
import { DEMO_PEOPLE } from '@ambassadors/shared';
import { keepLeadingNumbersLiteral } from '../../../bot/src/cards/card-template';
import { noticeCard, thanksCard } from '../../../bot/src/cards/system-cards';
import { commandsFor, isSmallTalk, parseCommand } from '../../../bot/src/conversation/commands';
import { cardOf, startBotHarness, textsOf, user, type BotHarness } from './bot-harness';

describe('the bot as people talk to it', () => {
  let h: BotHarness;
  const jonas = user(DEMO_PEOPLE.activeAmbassador.userId, DEMO_PEOPLE.activeAmbassador.displayName);
  const sofie = user(DEMO_PEOPLE.employee.userId, DEMO_PEOPLE.employee.displayName);

  beforeAll(async () => {
    h = await startBotHarness();
  });
  afterAll(async () => {
    await h.close();
  });
  beforeEach(() => h.connector.reset());

  const lastTexts = () => textsOf(cardOf(h.connector.delivered().at(-1)!)).join(' | ');

  it.each([
    ['hello', 'en-US', 'What I can do'],
    ['Hi!', 'en-US', 'What I can do'],
    ['thanks', 'en-US', 'What I can do'],
    ['hej', 'da-DK', 'Det kan jeg'],
    ['Godmorgen', 'da-DK', 'Det kan jeg'],
    ['god morgen', 'da-DK', 'Det kan jeg'],
    ['tak', 'da-DK', 'Det kan jeg'],
    ['Mange tak!', 'da-DK', 'Det kan jeg'],
  ])('answers "%s" with the help card, not "I did not get that"', async (said, locale, heading) => {
    await h.post(h.activity(jonas, { type: 'message', text: said, locale }));
    expect(lastTexts()).toContain(heading);
    expect(lastTexts()).not.toMatch(/did not quite get|forstod jeg ikke/);
  });

  it('keeps requests that merely start like a greeting apart from small talk', () => {
    expect(isSmallTalk('hej, hvornår er næste møde?')).toBe(false);
    expect(parseCommand('tak for det')).toBe('help');
    expect(parseCommand('status')).toBe('status');
  });

  it.each([
    ['da-DK', 'Hej! Jeg er ambassadør-botten'],
    ['en-US', 'Hi! I am the ambassadors bot'],
  ])(
    'welcomes once, in the user’s language (%s), when both install events arrive together',
    async (locale, title) => {
      const newcomer = user(`new-${locale}`, 'Newcomer');
      await Promise.all([
        h.post({
          ...h.activity(newcomer, {
            type: 'conversationUpdate',
            membersAdded: [{ id: '28:ambassadors-bot' }],
          }),
          locale: undefined,
        }),
        h.post(h.activity(newcomer, { type: 'installationUpdate', action: 'add', locale })),
      ]);
      const greetings = h.connector.delivered().map((d) => textsOf(cardOf(d)).join(' '));
      expect(greetings).toHaveLength(1);
      expect(greetings[0]).toContain(title);
    },
  );

  it('offers an active ambassador no apply, and answers "apply" with where they stand', async () => {
    await h.post(h.activity(jonas, { type: 'message', text: 'help' }));
    expect(lastTexts()).toContain('feedback – send a check-in');
    expect(lastTexts()).not.toContain('apply – apply');
    await h.post(h.activity(jonas, { type: 'message', text: 'apply' }));
    expect(lastTexts()).toContain('You are already an ambassador');
    expect(JSON.stringify(cardOf(h.connector.delivered().at(-1)!))).not.toContain('posting.apply');
  });

  it('offers an employee apply (the posting is open) but not feedback', async () => {
    await h.post(h.activity(sofie, { type: 'message', text: 'hjælp', locale: 'da-DK' }));
    expect(lastTexts()).toContain('søg – søg det åbne ambassadøropslag');
    expect(lastTexts()).not.toContain('feedback –');
    await h.post(h.activity(sofie, { type: 'message', text: 'feedback', locale: 'da-DK' }));
    expect(lastTexts()).toContain('Kun aktive ambassadører kan sende et check-in.');
  });

  it('lists the commands that fit: no apply for ambassadors or with a closed posting', () => {
    expect(commandsFor({ inProgramme: true, ambassador: 'active', postingOpen: true })).toEqual([
      'help',
      'status',
      'feedback',
      'pause',
      'resume',
    ]);
    expect(commandsFor({ inProgramme: true, ambassador: 'candidate', postingOpen: true })).not.toContain(
      'apply',
    );
    expect(commandsFor({ inProgramme: true, ambassador: null, postingOpen: false })).not.toContain('apply');
    expect(commandsFor({ inProgramme: false, ambassador: null, postingOpen: false })).not.toContain(
      'feedback',
    );
  });

  it('a person in several programmes: feedback where they are active, apply where a posting is open to them', () => {
    const both = commandsFor({ inProgramme: true, ambassador: 'active', postingOpen: true, mayApply: true });
    expect(both).toEqual(expect.arrayContaining(['feedback', 'apply']));
    expect(
      commandsFor({ inProgramme: true, ambassador: null, postingOpen: true, mayApply: false }),
    ).not.toContain('apply');
  });

  it('shows when something was recorded in the person’s language and the programme’s zone, never as UTC ISO', () => {
    const da = JSON.stringify(thanksCard('da', 'https://x', [], '2026-12-01T07:28:44.129Z', false));
    expect(da).not.toContain('2026-12-01T');
    expect(da).toContain('1. december 2026');
    expect(da).toContain('08.28');
    const en = JSON.stringify(thanksCard('en', 'https://x', [], '2026-12-01T07:28:44.129Z', false));
    expect(en).toContain('1 December 2026');
    expect(en).toContain('08:28');
  });

  it('never lets a Danish text that starts with a date become a numbered list', () => {
    const card = noticeCard('da', 'https://x', '3. august 2026 begynder din periode.\n12. maj slutter den.');
    // What the person reads is the text; what the renderer gets has no list marker at a line start.
    const shown = textsOf(card)
      .join('\n')
      .replace(/\u00a0/g, ' ');
    expect(shown).toContain('3. august 2026 begynder');
    expect(shown).toContain('12. maj slutter');
    const raw: string[] = [];
    JSON.stringify(
      card,
      (key, value) => (key === 'text' && typeof value === 'string' && raw.push(value), value),
    );
    expect(raw.join('\n')).toContain('august 2026 begynder');
    for (const text of raw) expect(text).not.toMatch(/^\s*\d+[.)] /m);
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string(),
            fc.nat().map((n) => `${n}. `),
          ),
          { maxLength: 6 },
        ),
        (parts) => {
          const input = parts.join('');
          const output = keepLeadingNumbersLiteral(input);
          expect(output).not.toMatch(/^\s*\d+[.)] /m);
          expect(output.replace(/\u00a0/g, ' ')).toBe(input.replace(/\u00a0/g, ' '));
        },
      ),
    );
  });
});
