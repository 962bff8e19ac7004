import fc from 'fast-check';
import { cardText, safeLinkUrl } from '../../../bot/src/cards/card-markdown';
import { FORMATTING_TAGS, renderCardMarkdown } from '../../support/card-markdown-oracle';

/** The one escaping helper every card builder uses for text people wrote. */
describe('cardText (Adaptive Card markdown escaping)', () => {
  const visible = (markdown: string) =>
    renderCardMarkdown(markdown)
      .replace(/<\/?p>/g, '\n')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&')
      .replace(/\n+/g, '\n')
      .trim();

  const plain = (text: string) => text.replace(/\r\n?/g, '\n').replace(/\n+/g, '\n').trim();

  it.each([
    '[Click here](javascript:alert(1))',
    '**bold** __strong__ *it* _it_ ~~gone~~ `code`',
    '1. first',
    '2) second',
    '- bullet',
    '* star',
    '+ plus',
    '# Heading',
    '> quoted',
    '---',
    'https://evil.example/x',
    '<https://evil.example/y>',
    '\\[pre-escaped\\](https://evil.example)',
  ])('%s neither formats nor links, and reads the same', (hostile) => {
    expect(renderCardMarkdown(hostile)).toMatch(FORMATTING_TAGS);
    const escaped = cardText(hostile);
    expect(renderCardMarkdown(escaped)).not.toMatch(FORMATTING_TAGS);
    expect(visible(escaped)).toBe(hostile);
  });

  it('law: for any text, the escaped form never formats or links and reads as the original', () => {
    const markdownish = fc.string({
      unit: fc.constantFrom(...'[]()*_~`#-+><1. \n\\:/ahtpsw'),
      maxLength: 40,
    });
    fc.assert(
      fc.property(fc.oneof(markdownish, fc.string()), (text) => {
        const escaped = cardText(text);
        expect(renderCardMarkdown(escaped)).not.toMatch(FORMATTING_TAGS);
        expect(visible(escaped)).toBe(plain(text));
      }),
      { numRuns: 500 },
    );
  });

  it('is idempotent on plain words and leaves non-ASCII text alone', () => {
    expect(cardText('Vi bygger fællesskabet sammen')).toBe('Vi bygger fællesskabet sammen');
    expect(cardText('Forandringens psykologi – modul 1')).toBe('Forandringens psykologi – modul 1');
  });

  it('safeLinkUrl keeps only real http(s) addresses without credentials', () => {
    expect(safeLinkUrl('https://learn.example.test/module-1')).toBe('https://learn.example.test/module-1');
    expect(safeLinkUrl('http://intranet.example.test/a b', { httpsOnly: false })).toBe(
      'http://intranet.example.test/a%20b',
    );
    for (const bad of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,x',
      'https://user:pw@evil.example/',
      'http://plain.example/',
      ' https://x.example/',
      'not a url',
      '',
    ]) {
      expect(safeLinkUrl(bad)).toBe('');
    }
  });
});
