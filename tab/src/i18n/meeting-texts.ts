import type { Translator as I18n } from './translator';
import da from './locales/meeting.da.json';
import en from './locales/meeting.en.json';

/**
 * The meeting side panel's and stage's texts travel with their own lazy chunks, not with the
 * first view: a board in a channel never needs them, and the first view has a size budget. They
 * join the one translation namespace, so the keys read the same as every other text.
 */
export function addMeetingTexts(i18n: I18n): void {
  if (i18n.hasResourceBundle('en', 'translation') && i18n.exists('meetingPanel.title', { lng: 'en' })) return;
  i18n.addResourceBundle('da', 'translation', da, true, false);
  i18n.addResourceBundle('en', 'translation', en, true, false);
}
