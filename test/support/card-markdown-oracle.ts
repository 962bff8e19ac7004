/**
 * A test oracle for what a Teams client makes of a TextBlock's text: the Adaptive Card markdown
 * subset (bold, italic, strike-through, links, bulleted and numbered lists; headings, quotes and
 * autolinks too, since some clients render them) with CommonMark's backslash escapes. It renders
 * to HTML so tests can ask "did anything format or link?".
 *
 * Self-contained on purpose (no imports, no helpers outside the function): the browser suite
 * installs `renderCardMarkdown.toString()` as the adaptivecards renderer's markdown processor.
 */
export function renderCardMarkdown(source: string): string {
  const PUNCTUATION = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';
  // Escaped punctuation becomes a private-use character no markdown rule matches, restored at the end.
  const hide = (ch: string) => String.fromCharCode(0xe000 + ch.charCodeAt(0));
  const html = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const restore = (s: string) =>
    s.replace(/[\ue000-\ue07f]/g, (c) => html(String.fromCharCode(c.charCodeAt(0) - 0xe000)));
  const inline = (text: string): string => {
    let s = text.replace(/\\(.)/g, (whole, ch: string) => (PUNCTUATION.includes(ch) ? hide(ch) : whole));
    const autolinks: string[] = [];
    s = s.replace(/<((?:https?|mailto|javascript):[^<>\s]*)>/gi, (_w, url: string) => {
      autolinks.push(url);
      return `\ue100${autolinks.length - 1}\ue100`;
    });
    s = html(s);
    s = s.replace(/\[([^\]]*)\]\(([^)\s]*)\)/g, '<a href="$2">$1</a>');
    s = s.replace(/\ue100(\d+)\ue100/g, (_w, i: string) => `<a href="${autolinks[Number(i)]}">link</a>`);
    s = s.replace(/(^|[\s(])((?:https?:\/\/|www\.)[^\s<]+)/g, '$1<a href="$2">$2</a>');
    s = s.replace(/\*\*(?=\S)([\s\S]*?\S)\*\*/g, '<strong>$1</strong>');
    s = s.replace(/__(?=\S)([\s\S]*?\S)__/g, '<strong>$1</strong>');
    s = s.replace(/\*(?=\S)([^*]*?\S)\*/g, '<em>$1</em>');
    s = s.replace(/(^|\W)_(?=\S)([^_]*?\S)_(?=\W|$)/g, '$1<em>$2</em>');
    s = s.replace(/~~(?=\S)([\s\S]*?\S)~~/g, '<del>$1</del>');
    s = s.replace(/`([^`]+)`/g, '<code>$1</code>');
    return restore(s);
  };
  return source
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => {
      const heading = /^ {0,3}(#{1,6})(?:\s+|$)(.*)$/.exec(line);
      if (heading) return `<h${heading[1]!.length}>${inline(heading[2]!)}</h${heading[1]!.length}>`;
      const quote = /^ {0,3}>\s?(.*)$/.exec(line);
      if (quote) return `<blockquote>${inline(quote[1]!)}</blockquote>`;
      const bullet = /^ {0,3}[-+*]\s+(.*)$/.exec(line);
      if (bullet) return `<ul><li>${inline(bullet[1]!)}</li></ul>`;
      const numbered = /^ {0,3}\d{1,9}[.)]\s+(.*)$/.exec(line);
      if (numbered) return `<ol><li>${inline(numbered[1]!)}</li></ol>`;
      if (/^ {0,3}(?:[-=*_]\s*){3,}$/.test(line)) return '<hr>';
      return `<p>${inline(line)}</p>`;
    })
    .join('');
}

/** The HTML elements that mean text was formatted or linked. */
export const FORMATTING_TAGS = /<(a|strong|em|del|code|h[1-6]|ul|ol|li|blockquote|hr)\b/i;
