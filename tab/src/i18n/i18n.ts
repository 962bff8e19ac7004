import { pickLocale, type Locale } from '@ambassadors/shared/i18n/locale';
import type { Texts } from './load-texts';
import { createTranslator, type Translator } from './translator';

export type { Texts };
export type { TFunction, Translator as I18n } from './translator';

/** The translator for `locale` with the texts given (one language or both). */
export function createI18n(locale: Locale, texts: Partial<Record<Locale, Texts>>): Translator {
  return createTranslator(locale, texts);
}

export function localeFromTag(tag: string): Locale {
  return pickLocale(tag);
}
