import { LOCALES, REMINDER_KINDS, type Locale } from '@ambassadors/shared';
import type { CardJson } from '../../../bot/src/cards/card-template';
import { reminderCard } from '../../../bot/src/cards/reminder-cards';
import {
  errorCard,
  noticeCard,
  personalChatCard,
  statusCard,
  thanksCard,
} from '../../../bot/src/cards/system-cards';
import {
  collectPageErrors,
  keepOffline,
  launchChromium,
  type LaunchedChromium,
} from '../../support/chromium';
import { FORMATTING_TAGS, renderCardMarkdown } from '../../support/card-markdown-oracle';
import { SAMPLE_DATA } from './card-catalogue';
import { renderCards } from '../../support/adaptive-card-render';

/**
 * Text people write — leaders' notes, programme names, task titles, key messages, posting texts,
 * motivations, display names — reaches every kind of card. Written as markdown, none of it may
 * format or link: a `[Open](javascript:…)` in a key message must read as those characters.
 */
const HOSTILE = [
  '[Click here](javascript:alert(1))',
  '**bold** __strong__ *it* _it_ ~~gone~~ `code`',
  '1. first',
  '- bullet',
  '# Heading',
  '> quoted',
  'see https://evil.example/x or <https://evil.example/y>',
  '\\[pre-escaped\\](https://evil.example/z)',
].join('\n');
const HOSTILE_LINE = '[Login](https://evil.example/phish) **now**';

const TAB = 'https://ambassadors.example.test/tab/';
const ref = { cardId: 'ob-1', outboxId: 'ob-1', reminderId: 'r-1', programmeId: 'p-1' };

/** Every string a person could have written, in every reminder's data, replaced by hostile text. */
function hostileData(kind: string): Record<string, unknown> {
  const sample = { ...(SAMPLE_DATA as unknown as Record<string, Record<string, unknown>>)[kind] };
  for (const field of ['title', 'moduleTitle', 'ambassadorName', 'personName', 'keyMessage']) {
    if (field in sample)
      sample[field] = field.endsWith('Name') || field.endsWith('itle') ? HOSTILE_LINE : HOSTILE;
  }
  return {
    ...sample,
    role: HOSTILE,
    responsibilities: [HOSTILE, HOSTILE_LINE],
    description: HOSTILE,
    keyMessage: HOSTILE,
    themes: [HOSTILE_LINE, HOSTILE],
    agenda: ['progress', HOSTILE_LINE],
    ambassadorName: HOSTILE_LINE,
    title: HOSTILE_LINE,
    moduleTitle: HOSTILE_LINE,
  };
}

function hostileCards(): Array<{ name: string; card: CardJson }> {
  const out: Array<{ name: string; card: CardJson }> = [];
  for (const locale of LOCALES as readonly Locale[]) {
    for (const kind of REMINDER_KINDS) {
      out.push({
        name: `reminder:${kind} (${locale})`,
        card: reminderCard(kind, hostileData(kind), {
          locale,
          tabUrl: TAB,
          timeZone: 'Europe/Copenhagen',
          ref,
        }),
      });
    }
    const facts = {
      role: HOSTILE,
      term: HOSTILE_LINE,
      daysLeft: HOSTILE_LINE,
      nextMeeting: HOSTILE,
      openTraining: HOSTILE,
    };
    out.push({ name: `status (${locale})`, card: statusCard(locale, TAB, facts, true) });
    out.push({
      name: `thanks (${locale})`,
      card: thanksCard(locale, TAB, [{ label: HOSTILE_LINE, value: HOSTILE }], HOSTILE_LINE, false),
    });
    out.push({ name: `notice (${locale})`, card: noticeCard(locale, TAB, HOSTILE) });
    out.push({ name: `error (${locale})`, card: errorCard(locale, TAB, HOSTILE) });
    out.push({ name: `personal chat (${locale})`, card: personalChatCard(locale, TAB) });
  }
  return out;
}

/** Every text a client runs through markdown: TextBlock text, FactSet titles and values. */
function markdownTexts(card: unknown): string[] {
  const out: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const n = node as Record<string, unknown>;
      if (n.type === 'TextBlock' && typeof n.text === 'string') out.push(n.text);
      if (n.type === 'FactSet' && Array.isArray(n.facts)) {
        for (const fact of n.facts as Array<{ title?: unknown; value?: unknown }>) {
          if (typeof fact.title === 'string') out.push(fact.title);
          if (typeof fact.value === 'string') out.push(fact.value);
        }
      }
      Object.values(n).forEach(walk);
    }
  };
  walk(card);
  return out;
}

/** Every URL an action opens. */
function actionUrls(card: unknown): string[] {
  const out: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const n = node as Record<string, unknown>;
      if (n.type === 'Action.OpenUrl' && typeof n.url === 'string') out.push(n.url);
      Object.values(n).forEach(walk);
    }
  };
  walk(card);
  return out;
}

describe('text people wrote, in every kind of card', () => {
  const cards = hostileCards();

  it('the hostile text would format and link if it went in raw (the check can fail)', () => {
    expect(renderCardMarkdown(HOSTILE)).toMatch(/<a href="javascript:/);
    expect(renderCardMarkdown(HOSTILE_LINE)).toMatch(FORMATTING_TAGS);
  });

  it.each(cards.map((c) => [c.name, c.card] as const))(
    '%s: no markdown link or format survives in any text field',
    (_name, card) => {
      const texts = markdownTexts(card);
      expect(texts.length).toBeGreaterThan(0);
      for (const text of texts) {
        expect({ text, html: renderCardMarkdown(text) }).toEqual({
          text,
          html: expect.not.stringMatching(FORMATTING_TAGS),
        });
      }
    },
  );

  it('the people’s words are still there to read', () => {
    const rendered = cards
      .filter((c) => c.name.startsWith('reminder:meeting') || c.name.startsWith('status'))
      .flatMap((c) => markdownTexts(c.card).map(renderCardMarkdown))
      .join('\n');
    expect(rendered).toContain('[Click here](javascript:alert(1))');
    expect(rendered).toContain('**bold**');
  });

  it('links on buttons are the server’s own addresses, or a person’s link only if it is a real https address', () => {
    const urls = cards.flatMap((c) => actionUrls(c.card));
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls)
      expect(url).toMatch(
        /^https:\/\/(ambassadors\.example\.test\/tab\/|learn\.example\.test\/|teams\.example\.test\/)/,
      );
    const planted = reminderCard(
      'trainingModule',
      { ...hostileData('trainingModule'), resourceUrl: 'javascript:alert(1)//https://' },
      { locale: 'en', tabUrl: TAB, timeZone: 'Europe/Copenhagen', ref },
    );
    expect(actionUrls(planted)).toEqual([]);
    const withCredentials = reminderCard(
      'meeting',
      { ...hostileData('meeting'), joinUrl: 'https://user:pw@evil.example/' },
      { locale: 'en', tabUrl: TAB, timeZone: 'Europe/Copenhagen', ref },
    );
    expect(actionUrls(withCredentials)).toEqual([TAB]);
  });

  describe('rendered by the adaptivecards renderer with a markdown processor, in Chromium', () => {
    let chromium: LaunchedChromium;
    let rendered: Array<{ name: string; formatted: string[]; anchors: number }>;
    let pageErrors: string[];

    beforeAll(async () => {
      chromium = await launchChromium();
      const context = await chromium.browser.newContext();
      await keepOffline(context);
      const page = await context.newPage();
      pageErrors = collectPageErrors(page);
      const control = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: HOSTILE }] };
      rendered = await renderCards(
        page,
        [
          { name: 'control', card: control as unknown },
          ...cards.map((c) => ({ name: c.name, card: c.card as unknown })),
        ],
        { markdown: true },
      );
    }, 60_000);

    afterAll(async () => {
      await chromium?.close();
    });

    it('the renderer does turn raw hostile text into a link (the check can fail)', () => {
      expect(rendered[0]!.name).toBe('control');
      expect(rendered[0]!.anchors).toBeGreaterThan(0);
    });

    it('no card has a link or formatting element made from people’s text', () => {
      const cardsRendered = rendered.slice(1);
      expect(cardsRendered).toHaveLength(cards.length);
      for (const r of cardsRendered)
        expect({ name: r.name, formatted: r.formatted }).toEqual({ name: r.name, formatted: [] });
      expect(pageErrors).toEqual([]);
    });
  });
});
