import { AMBASSADORS_CARD } from '@ambassadors/shared';
import da from '../../tab/src/i18n/locales/da.json';
import en from '../../tab/src/i18n/locales/en.json';
import { createI18n, localeFromTag } from '../../tab/src/i18n/i18n';
import { textKeys } from '../support/text-keys';

const BOTH = { da, en };

describe('the tab’s texts', () => {
  it('has the same keys in Danish and English, none empty', () => {
    expect(textKeys(da).sort()).toEqual(textKeys(en).sort());
    for (const file of [da, en]) {
      for (const key of textKeys(file)) {
        const text = key
          .split('.')
          .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], file);
        expect(typeof text === 'string' && text.trim().length > 0).toBe(true);
      }
    }
  });

  it('uses the card’s own Danish heading for the five steps and the watch-outs', () => {
    expect(da.board.stepsHeading).toBe('Implementering af Ambassadører i 5 trin');
    expect(da.watchOuts.heading).toBe('Vær opmærksom på');
    expect(da.questions.heading).toBe('Spørgsmål I kan drøfte internt i ledelsesteamet');
    // step names are never translated here: they come from the card data, exactly as printed
    expect(JSON.stringify(da)).not.toContain(AMBASSADORS_CARD.steps[2].title.da);
  });

  it('picks Danish or English from a Teams or browser locale', () => {
    expect(localeFromTag('da-dk')).toBe('da');
    expect(localeFromTag('en-GB')).toBe('en');
    expect(localeFromTag('nb-NO')).toBe('da');
    const i18n = createI18n('en', BOTH);
    expect(i18n.t('watchOuts.daysLeft', { count: 1 })).toBe('1 day left');
    expect(i18n.t('watchOuts.daysLeft', { count: 12 })).toBe('12 days left');
    expect(createI18n('da', BOTH).t('step.progress', { done: 2, total: 3 })).toBe('2 af 3');
  });

  it('says "1 time" in Danish for one hour in total, and "timer" for more', () => {
    const t = createI18n('da', BOTH).t;
    expect(t('taskPlan.total', { count: 1, expected: 4 })).toBe('I alt 1 time om måneden (forventet: 4)');
    expect(t('taskPlan.total', { count: 6, expected: 4 })).toBe('I alt 6 timer om måneden (forventet: 4)');
    expect(createI18n('en', BOTH).t('taskPlan.total', { count: 1, expected: 4 })).toBe(
      'In total 1 hour a month (expected: 4)',
    );
  });

  it('calls the key message "Nøglebudskab" and a check-in a check-in, never "status", in Danish', () => {
    const texts = textKeys(da).map((key) => ({
      key,
      text: String(
        key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], da),
      ),
    }));
    expect(
      texts.filter(({ text }) => /(^|[^ø])\bbudskab\b/i.test(text) && !/nøglebudskab/i.test(text)),
    ).toEqual([]);
    expect(
      texts.filter(
        ({ key, text }) => /^(checkIn|feedback|watchOuts|keyMessage)\./.test(key) && /status/i.test(text),
      ),
    ).toEqual([]);
    expect(da.keyMessage.title).toBe('Nøglebudskab');
    expect(da.agenda.keyMessage).toBe('Nøglebudskab');
    expect(da.watchOuts.keyMessage).toBe('Nøglebudskab');
  });
});
