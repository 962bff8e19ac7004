import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { pickLocale, type Locale } from '@ambassadors/shared/i18n/locale';
import type { Texts } from './load-texts';

export type { Texts };

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
