import da from '../../tab/src/i18n/locales/workshop.da.json';
import en from '../../tab/src/i18n/locales/workshop.en.json';
import daTexts from '../../tab/src/i18n/locales/da.json';
import enTexts from '../../tab/src/i18n/locales/en.json';
import { createI18n } from '../../tab/src/i18n/i18n';
import { addWorkshopTexts } from '../../tab/src/i18n/workshop-texts';
import { textKeys } from '../support/text-keys';

describe('the management workshop’s texts (loaded with its own chunk)', () => {
  it('has the same keys in Danish and English, none empty, and none also in the first view’s files', () => {
    expect(textKeys(da).sort()).toEqual(textKeys(en).sort());
    const firstView = new Set([...textKeys(daTexts), ...textKeys(enTexts)]);
    for (const file of [da, en])
      for (const key of textKeys(file)) {
        const text = key
          .split('.')
          .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], file);
        expect({ key, filled: typeof text === 'string' && text.trim().length > 0 }).toEqual({
          key,
          filled: true,
        });
        expect({ key, twice: firstView.has(key) }).toEqual({ key, twice: false });
      }
  });

  it('joins the tab’s translations in both languages, keeping the board’s button text', () => {
    const i18n = createI18n('da', { da: daTexts, en: enTexts });
    const button = i18n.t('workshop.open');
    expect(i18n.exists('workshop.agenda')).toBe(false);
    addWorkshopTexts(i18n);
    addWorkshopTexts(i18n);
    expect(i18n.t('workshop.agenda')).not.toBe('workshop.agenda');
    expect(i18n.t('workshop.agenda', { lng: 'en' })).toBe('Agenda');
    expect(i18n.t('workshop.open')).toBe(button);
  });
});
