import { workshopSummary, type Locale, type OutgoingMessage, type Programme } from '@ambassadors/shared';
import { cardText } from './card-markdown';
import { cardShell, expandCard, headingBlock, openUrlAction, textBlock } from './card-template';

const TEXTS = {
  da: {
    title: 'Ledelsesworkshoppen er afsluttet',
    intro: 'Det her kom ind i programmet «{name}»:',
    nothing: 'Workshoppen gemte ingen resultater i programmet.',
    open: 'Åbn programmet',
    summary: 'Opsummering af ledelsesworkshoppen',
  },
  en: {
    title: 'The management workshop has finished',
    intro: 'This went into the programme “{name}”:',
    nothing: 'The workshop saved no outcomes into the programme.',
    open: 'Open the programme',
    summary: 'Summary of the management workshop',
  },
} as const;

const TEMPLATE = cardShell(
  [
    headingBlock('${t.title}'),
    textBlock('${intro}'),
    {
      type: 'FactSet',
      $when: '${count(lines) > 0}',
      facts: [{ $data: '${lines}', title: '${title}', value: '${text}' }],
    },
    textBlock('${t.nothing}', { $when: '${count(lines) == 0}', isSubtle: true }),
  ],
  [openUrlAction('${t.open}', '${tabUrl}')],
);

/**
 * The card the bot posts into the meeting chat when a workshop finishes: what was captured per
 * step and question (the same lines the tab shows and offers to copy), in the programme's
 * language, and a link to the programme. Texts the leaders wrote are bound as card text, never
 * as markdown or template syntax.
 */
export function workshopSummaryCard(programme: Programme, tabUrl: string): OutgoingMessage {
  const locale: Locale = programme.locale;
  const t = TEXTS[locale];
  const lines = workshopSummary(programme, locale).map((line) => ({
    title: cardText(line.title),
    text: cardText(line.text),
  }));
  const card = expandCard(TEMPLATE, {
    t,
    intro: t.intro.replace('{name}', cardText(programme.name)),
    lines,
    tabUrl,
  });
  return { card, summary: t.summary };
}
