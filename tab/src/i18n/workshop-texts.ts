import type { Translator as I18n } from './translator';
import da from './locales/workshop.da.json';
import en from './locales/workshop.en.json';

/**
 * The management workshop's texts travel with its own lazy chunk, like the meeting surfaces':
 * the board only needs the button that opens it (`workshop.open`), and the first view has a size
 * budget. They join the one translation namespace, so the keys read like every other text.
 */
export function addWorkshopTexts(i18n: I18n): void {
  if (i18n.exists('workshop.agenda', { lng: 'en' }) || i18n.exists('workshop.agenda', { lng: 'da' })) return;
  i18n.addResourceBundle('da', 'translation', da, true, false);
  i18n.addResourceBundle('en', 'translation', en, true, false);
}
