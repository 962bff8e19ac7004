import type { Locale } from '@ambassadors/shared/i18n/locale';

/** The tab's texts in one language (the contents of `locales/<locale>.json`). */
export type Texts = Record<string, unknown>;

/**
 * The texts of one language, as a chunk of their own: a person downloads only their language
 * (about 11 KB gzip each). main.tsx asks for it as soon as it knows the host's locale, in
 * parallel with the board's requests, so it never waits behind them. Card texts (step names,
 * watch-outs, questions) are not in these files: they come from AMBASSADORS_CARD, so the Danish
 * wording is exactly the card's.
 *
 * A file of its own, apart from the translator: the entry chunk imports it and stays as small as
 * it can, so the board's requests leave early.
 */
export async function loadTexts(locale: Locale): Promise<Texts> {
  const module = locale === 'da' ? await import('./locales/da.json') : await import('./locales/en.json');
  return module.default as Texts;
}
