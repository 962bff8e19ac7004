import da from '../../tab/src/i18n/locales/meeting.da.json';
import en from '../../tab/src/i18n/locales/meeting.en.json';
import daTexts from '../../tab/src/i18n/locales/da.json';
import enTexts from '../../tab/src/i18n/locales/en.json';
import { createI18n } from '../../tab/src/i18n/i18n';
import { addMeetingTexts } from '../../tab/src/i18n/meeting-texts';
import { textKeys } from '../support/text-keys';

const BOTH = { da: daTexts, en: enTexts };

describe('the meeting surfaces’ texts (loaded with their own chunks)', () => {
  it('has the same keys in Danish and English, none empty', () => {
    expect(textKeys(da).sort()).toEqual(textKeys(en).sort());
    for (const file of [da, en])
      for (const key of textKeys(file)) {
        const text = key
          .split('.')
          .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], file);
        expect(typeof text === 'string' && text.trim().length > 0).toBe(true);
      }
  });

  it('joins the tab’s translations in both languages, once, without replacing any other text', () => {
    const i18n = createI18n('da', BOTH);
    const before = i18n.t('agenda.progress');
    expect(i18n.exists('meetingPanel.here')).toBe(false);
    addMeetingTexts(i18n);
    addMeetingTexts(i18n);
    expect(i18n.t('meetingPanel.here')).toBe('Jeg er her');
    expect(i18n.t('meetingPanel.here', { lng: 'en' })).toBe("I'm here");
    expect(i18n.t('meetingPanel.presentCount', { count: 2 })).toBe('2 personer meldt til stede');
    expect(i18n.t('agenda.progress')).toBe(before);
  });
});
