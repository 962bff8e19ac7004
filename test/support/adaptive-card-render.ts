import path from 'node:path';
import type { Page } from 'playwright-core';
import { renderCardMarkdown } from './card-markdown-oracle';

const ADAPTIVECARDS_JS = path.join(
  path.dirname(require.resolve('adaptivecards/package.json')),
  'dist',
  'adaptivecards.min.js',
);

/** One card as the Adaptive Cards renderer saw it. */
export interface RenderedCard {
  name: string;
  /** What `parse` reported (unknown elements, duplicate or missing input ids …). */
  parseEvents: string[];
  /** What `validateProperties` reported. */
  validationEvents: string[];
  /** The rendered card's visible text. */
  text: string;
  /** Inputs and text areas rendered. */
  inputs: number;
  /** Lists (`ol`, `ul`) rendered: markdown read into a text that should have stayed text. */
  lists: number;
  /** Links rendered. */
  anchors: number;
  /** Every formatting element rendered (links, emphasis, headings, lists, quotes …), as HTML. */
  formatted: string[];
}

/**
 * Renders cards with the official `adaptivecards` renderer in a Chromium page, one after the
 * other in the same host element. With `markdown`, the renderer gets a markdown processor
 * (card-markdown-oracle) as Teams has one, so text the card leaves unescaped shows as formatting.
 */
export async function renderCards(
  page: Page,
  cards: ReadonlyArray<{ name: string; card: unknown }>,
  options: { markdown?: boolean } = {},
): Promise<RenderedCard[]> {
  await page.setContent('<!doctype html><html><body><div id="host"></div></body></html>');
  await page.addScriptTag({ path: ADAPTIVECARDS_JS });
  if (options.markdown)
    await page.addScriptTag({ content: `window.renderCardMarkdown = ${renderCardMarkdown.toString()};` });
  return page.evaluate(
    ({ list, markdown }) => {
      const w = window as unknown as { AdaptiveCards: any; renderCardMarkdown?: (s: string) => string };
      const AC = w.AdaptiveCards;
      if (markdown)
        AC.AdaptiveCard.onProcessMarkdown = (
          text: string,
          result: { didProcess: boolean; outputHtml: string },
        ) => {
          result.outputHtml = w.renderCardMarkdown!(text);
          result.didProcess = true;
        };
      return list.map(({ name, card }) => {
        const ctx = new AC.SerializationContext();
        const adaptive = new AC.AdaptiveCard();
        adaptive.parse(card, ctx);
        const parseEvents: string[] = [];
        for (let i = 0; i < ctx.eventCount; i++) parseEvents.push(ctx.getEventAt(i).message);
        const validation = adaptive.validateProperties();
        const host = document.getElementById('host')!;
        host.innerHTML = '';
        const element = adaptive.render() as HTMLElement | undefined;
        if (element) host.appendChild(element);
        return {
          name,
          parseEvents,
          validationEvents: validation.validationEvents.map((e: { message: string }) => e.message),
          text: host.innerText,
          inputs: host.querySelectorAll('input, textarea').length,
          lists: host.querySelectorAll('ol, ul').length,
          anchors: host.querySelectorAll('a').length,
          formatted: Array.from(
            host.querySelectorAll(
              'a, strong, em, del, code, h1, h2, h3, h4, h5, h6, ul, ol, li, blockquote, hr',
            ),
          ).map((e) => e.outerHTML),
        };
      });
    },
    { list: cards as Array<{ name: string; card: unknown }>, markdown: !!options.markdown },
  );
}
