import fc from 'fast-check';
import { AMBASSADORS_CARD } from '@ambassadors/shared';
import { compoundBreaks } from '../../tab/src/app/format';

describe('breaking long Danish compounds in narrow cards', () => {
  it('offers a break where the card’s long step names join their parts', () => {
    const titles = AMBASSADORS_CARD.steps.map((s) => compoundBreaks(s.title.da));
    expect(titles).toContain('Forventnings\u00adafstemning');
    expect(titles.join(' ')).toContain('Ambassadør\u00adopslag');
  });

  it('only ever adds soft hyphens: the text reads the same', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('ambassadør', 'Forventnings', 'arbejds', ''), (rest, part) => {
        const text = `${part}${rest}`;
        expect(compoundBreaks(text).replace(/\u00ad/g, '')).toBe(text);
      }),
    );
  });
});
