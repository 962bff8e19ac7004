import { createTranslator } from '../../tab/src/i18n/translator';

const da = {
  board: { title: 'Tavlen', days_one: '{{count}} dag', days_other: '{{count}} dage', only: 'Kun dansk' },
  hello: 'Hej {{name}}',
};
const en = {
  board: {
    title: 'The board',
    days_one: '{{count}} day',
    days_other: '{{count}} days',
    english: 'English only',
  },
  hello: 'Hello {{name}}',
};

describe('the tab’s translator', () => {
  it('reads nested keys in the language, falls back to English, then to the default or the key', () => {
    const { t } = createTranslator('da', { da, en });
    expect(t('board.title')).toBe('Tavlen');
    expect(t('board.english')).toBe('English only');
    expect(t('board.missing', { defaultValue: 'no {{what}}', what: 'text' })).toBe('no text');
    expect(t('board.missing')).toBe('board.missing');
    expect(t('board.title', { lng: 'en' })).toBe('The board');
    // A key that names a group of texts is not a text.
    expect(t('board')).toBe('board');
  });

  it('chooses the plural by count with the language’s rules, and fills placeholders', () => {
    const { t } = createTranslator('en', { da, en });
    expect(t('board.days', { count: 1 })).toBe('1 day');
    expect(t('board.days', { count: 0 })).toBe('0 days');
    expect(t('board.days', { count: 12 })).toBe('12 days');
    expect(createTranslator('da', { da }).t('board.days', { count: 1 })).toBe('1 dag');
    expect(t('hello', { name: 'Mette' })).toBe('Hello Mette');
    // A placeholder nobody filled stays visible rather than vanishing from the sentence.
    expect(t('hello')).toBe('Hello {{name}}');
  });

  it('adds a lazy chunk’s texts without overwriting, and says what it has', () => {
    const i18n = createTranslator('da', { da });
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(false);
    expect(i18n.exists('meeting.title', { lng: 'en' })).toBe(false);
    i18n.addResourceBundle('en', 'translation', { meeting: { title: 'Meeting' } }, true, false);
    i18n.addResourceBundle('da', 'translation', {
      board: { title: 'Ikke denne' },
      meeting: { title: 'Møde' },
    });
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(true);
    expect(i18n.exists('meeting.title', { lng: 'en' })).toBe(true);
    expect(i18n.t('meeting.title')).toBe('Møde');
    expect(i18n.t('board.title')).toBe('Tavlen');
    expect(i18n.language).toBe('da');
  });

  it('keeps its own copy: changing the texts given later changes nothing', () => {
    const given = { board: { title: 'Tavlen' } };
    const { t } = createTranslator('da', { da: given });
    given.board.title = 'Ændret';
    expect(t('board.title')).toBe('Tavlen');
  });
});
