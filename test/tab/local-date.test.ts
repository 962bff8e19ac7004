import fc from 'fast-check';
import { formatLocalDate, parseLocalDate, parseLocalTime } from '../../tab/src/app/local-date';

describe('dates as the app’s language writes them', () => {
  it('writes a day the Danish and the English way', () => {
    expect(formatLocalDate('2026-03-05', 'da')).toBe('05.03.2026');
    expect(formatLocalDate('2026-03-05', 'en')).toBe('05/03/2026');
  });

  it('law: what a field shows reads back as the same day, in both languages', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
        fc.constantFrom('da' as const, 'en' as const),
        (date, locale) => {
          const iso = date.toISOString().slice(0, 10);
          expect(parseLocalDate(formatLocalDate(iso, locale))).toBe(iso);
        },
      ),
    );
  });

  it('reads short and ISO forms, empties, and refuses days that do not exist', () => {
    expect(parseLocalDate('5.3.2026')).toBe('2026-03-05');
    expect(parseLocalDate('5-3-2026')).toBe('2026-03-05');
    expect(parseLocalDate('2026-03-05')).toBe('2026-03-05');
    expect(parseLocalDate('  ')).toBe('');
    expect(parseLocalDate('31.02.2026')).toBeNull();
    expect(parseLocalDate('03/05')).toBeNull();
  });

  it('reads times in 24 hours', () => {
    expect(parseLocalTime('9:00')).toBe('09:00');
    expect(parseLocalTime('14.30')).toBe('14:30');
    expect(parseLocalTime('24:00')).toBeNull();
    expect(parseLocalTime('')).toBe('');
  });
});
