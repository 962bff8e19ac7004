import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { pickLocale, type Locale } from '@ambassadors/shared/i18n/locale';

/** The tab's texts in one language (the contents of `locales/<locale>.json`). */
export type Texts = Record<string, unknown>;

/**
 * The texts of one language, as a chunk of their own: a person downloads only their language
 * (about 11 KB gzip each). main.tsx asks for it as soon as it knows the host's locale, in
 * parallel with the board's requests, so it never waits behind them. Card texts (step names,
 * watch-outs, questions) are not in these files: they come from AMBASSADORS_CARD, so the Danish
 * wording is exactly the card's.
 */
export async function loadTexts(locale: Locale): Promise<Texts> {
  const module = locale === 'da' ? await import('./locales/da.json') : await import('./locales/en.json');
  return module.default as Texts;
}

/** An i18next instance for `locale` with the texts given (one language or both). */
export function createI18n(locale: Locale, texts: Partial<Record<Locale, Texts>>): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: Object.fromEntries(Object.entries(texts).map(([lng, translation]) => [lng, { translation }])),
    lng: locale,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    // The texts are already loaded: initialise synchronously so the first render is translated.
    initAsync: false,
  });
  return instance;
}

export function localeFromTag(tag: string): Locale {
  return pickLocale(tag);
}
