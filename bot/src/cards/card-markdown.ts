/**
 * Text people wrote (programme names, posting and task titles, key messages, roles,
 * responsibilities, leaders' notes, display names…) goes into Adaptive Card TextBlocks and
 * FactSets, which Teams runs through markdown. Unescaped, a key message such as
 * `[Open the plan](javascript:…)` or `[Sign in](https://phish.example)` would become a link that
 * looks like the app's own, and `**`, `1. `, `- `, `#` would restyle the card. Every card builder
 * passes such text through `cardText`, so it reads as typed and can neither format nor link.
 *
 * The escapes are CommonMark's backslash escapes, which Teams' renderers honour. Renderers that
 * ignore a backslash show it, but still find no markup: every opening character of a construct is
 * escaped, so `](`, `**`, `<http` and `://` never appear together unescaped.
 */

/** Inline markup anywhere in a line: emphasis, links, autolinks, code, tables, template braces. */
const INLINE = /[\\`*_~[\]()<>|{}!]/g;
/** Block markup at the start of a line: headings, quotes, bullets, setext/rule lines. */
const LINE_START = /^([ \t]*)([#>+\-=])/gm;
/** Numbered lists: `1. ` or `1) ` at the start of a line. */
const NUMBERED = /^([ \t]*\d+)([.)])/gm;

export function cardText(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      .replace(INLINE, '\\$&')
      .replace(LINE_START, '$1\\$2')
      .replace(NUMBERED, '$1\\$2')
      // Bare addresses: clients that autolink look for `scheme://` and `www.`.
      .replace(/:\/\//g, '\\://')
      .replace(/\bwww\./gi, (www) => `${www.slice(0, 3)}\\.`)
  );
}

/** `cardText` over a list (responsibilities, themes, agenda lines). */
export function cardTexts(values: readonly string[]): string[] {
  return values.map(cardText);
}

/**
 * A link a person entered (a training resource, a meeting's join link) for an `Action.OpenUrl`
 * button: kept only if it parses as an http(s) address without credentials, and re-serialised so
 * what the button opens is exactly what was checked; '' (no button) otherwise. The card's own
 * links (the tab) are built by the server from its own address and never pass through here.
 */
export function safeLinkUrl(value: unknown, options: { httpsOnly?: boolean } = {}): string {
  if (typeof value !== 'string' || value !== value.trim() || value === '') return '';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return '';
  }
  const allowed = options.httpsOnly === false ? ['https:', 'http:'] : ['https:'];
  if (!allowed.includes(url.protocol) || url.username || url.password || !url.hostname) return '';
  return url.href;
}
