import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { pickLocale, type Locale } from '@ambassadors/shared/i18n/locale';
import da from './locales/da.json';
import en from './locales/en.json';

/**
 * Danish and English, both bundled: ~4 KB gzip each, cheaper than a second round trip before
 * the first render. Card texts (step names, watch-outs, questions) are not in these files:
 * they come from AMBASSADORS_CARD, so the Danish wording is exactly the card's.
 */
export function createI18n(locale: Locale): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: { da: { translation: da }, en: { translation: en } },
    lng: locale,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    // Resources are bundled: initialise synchronously so the first render is translated.
    initAsync: false,
  });
  return instance;
}

export function localeFromTag(tag: string): Locale {
  return pickLocale(tag);
}
