import {
  DomainError,
  addDays,
  addMonths,
  atLocalTime,
  daysBetween,
  isoWeekdayOf,
  isPublicHoliday,
  isValidIsoDate,
  isWorkingDay,
  localDateOf,
  localMonthOf,
  parseInput,
  startOfLocalDay,
  workingDayOnOrAfter,
  workingDayOnOrBefore,
} from '@ambassadors/shared';
import fc from 'fast-check';
import { z } from 'zod';
import { thrown } from './fixtures';

describe('calendar helpers', () => {
  it('adds days and months on calendar dates, clamping month ends and knowing leap years', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(daysBetween('2028-02-01', '2028-03-01')).toBe(29);
    expect(daysBetween('2026-03-01', '2026-02-01')).toBe(-28);
  });

  it('knows weekdays and real dates', () => {
    expect(isoWeekdayOf('2026-03-29')).toBe(7);
    expect(isoWeekdayOf('2026-03-30')).toBe(1);
    expect(isValidIsoDate('2028-02-29')).toBe(true);
    expect(isValidIsoDate('2026-02-29')).toBe(false);
    expect(isValidIsoDate('2026-2-1')).toBe(false);
  });

  it('converts between local days and instants in a zone', () => {
    expect(atLocalTime('2026-03-29', '09:00', 'Europe/Copenhagen').toISOString()).toBe(
      '2026-03-29T07:00:00.000Z',
    );
    expect(atLocalTime('2026-03-28', '09:00', 'Europe/Copenhagen').toISOString()).toBe(
      '2026-03-28T08:00:00.000Z',
    );
    expect(startOfLocalDay('2026-11-01', 'America/New_York').toISOString()).toBe('2026-11-01T04:00:00.000Z');
    expect(localDateOf(new Date('2026-03-31T23:30:00Z'), 'Europe/Copenhagen')).toBe('2026-04-01');
    expect(localMonthOf(new Date('2026-03-31T23:30:00Z'), 'Europe/Copenhagen')).toBe('2026-04');
    expect(localDateOf(new Date('2026-03-31T23:30:00Z'), 'America/New_York')).toBe('2026-03-31');
  });

  it('turns invalid input into VALIDATION_FAILED with the fields named', () => {
    const schema = z.object({ name: z.string().min(1), age: z.number() });
    expect(parseInput(schema, { name: 'Anna', age: 3 })).toEqual({ name: 'Anna', age: 3 });
    const error = thrown(() => parseInput(schema, { name: '' }));
    expect(error.code).toBe('VALIDATION_FAILED');
    // the paths stay machine-readable; the message names the fields in words, never as paths
    let domainError: unknown;
    try {
      parseInput(schema, { name: '' });
    } catch (caught) {
      domainError = caught;
    }
    expect(domainError).toBeInstanceOf(DomainError);
    expect((domainError as DomainError).fieldsIn('en').map((f) => f.path)).toEqual(['name', 'age']);
    expect((domainError as DomainError).messageIn('en')).toMatch(
      /: must be filled in; A field: must be filled in$/,
    );
  });

  it('knows the public holidays of the programme’s country from date-holidays, not a list of its own', () => {
    // Denmark: New Year, Maundy Thursday, Good Friday, Easter Monday, Ascension, Whit Monday, Christmas.
    for (const day of ['2026-01-01', '2026-04-02', '2026-04-03', '2026-04-06', '2026-05-14', '2026-05-25'])
      expect(isPublicHoliday(day, 'DK')).toBe(true);
    expect(isPublicHoliday('2027-03-29', 'DK')).toBe(true); // Easter Monday moves every year
    // Store Bededag was abolished from 2024; observances (Constitution Day, Christmas Eve) are working days.
    expect(isPublicHoliday('2023-05-05', 'DK')).toBe(true);
    expect(isPublicHoliday('2024-04-26', 'DK')).toBe(false);
    expect(isPublicHoliday('2026-06-05', 'DK')).toBe(false);
    expect(isPublicHoliday('2026-12-24', 'DK')).toBe(false);
    expect(isPublicHoliday('2026-03-03', 'DK')).toBe(false);
    // Another country, another calendar: German Unity Day is not Danish.
    expect(isPublicHoliday('2026-10-03', 'DE')).toBe(true);
    expect(isPublicHoliday('2026-10-03', 'DK')).toBe(false);
    expect(thrown(() => isPublicHoliday('2026-01-01', 'XX')).code).toBe('VALIDATION_FAILED');
  });

  it('moves a day off to the next (or previous) working day: weekends and holidays', () => {
    const weekdays = [1, 2, 3, 4, 5];
    expect(isWorkingDay('2026-03-03', weekdays, 'DK')).toBe(true);
    expect(isWorkingDay('2026-03-07', weekdays, 'DK')).toBe(false); // Saturday
    expect(workingDayOnOrAfter('2026-01-01', weekdays, 'DK')).toBe('2026-01-02'); // Thursday holiday → Friday
    expect(workingDayOnOrAfter('2026-03-07', weekdays, 'DK')).toBe('2026-03-09'); // Saturday → Monday
    expect(workingDayOnOrAfter('2026-04-02', weekdays, 'DK')).toBe('2026-04-07'); // Easter → Tuesday
    expect(workingDayOnOrAfter('2026-12-25', weekdays, 'DK')).toBe('2026-12-28');
    expect(workingDayOnOrAfter('2026-03-03', weekdays, 'DK')).toBe('2026-03-03');
    expect(workingDayOnOrBefore('2026-04-06', weekdays, 'DK')).toBe('2026-04-01');
    expect(workingDayOnOrBefore('2026-03-08', weekdays, 'DK')).toBe('2026-03-06');
    expect(workingDayOnOrAfter('2026-03-03', [6], 'DK')).toBe('2026-03-07'); // a Saturday team
  });

  it('law: a working day on or after any day is a working day, at most three weeks later, and the first one', () => {
    const countries = ['DK', 'DE', 'US', 'GB', 'SE', 'NO'];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 365 * 6 }),
        fc.constantFrom(...countries),
        fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
        (offset, country, days) => {
          const day = addDays('2025-01-01', offset);
          const after = workingDayOnOrAfter(day, days, country);
          const before = workingDayOnOrBefore(day, days, country);
          expect(isWorkingDay(after, days, country)).toBe(true);
          expect(isWorkingDay(before, days, country)).toBe(true);
          expect(daysBetween(day, after)).toBeGreaterThanOrEqual(0);
          // A one-day-a-week team loses two weeks in a row at Christmas and New Year.
          expect(daysBetween(day, after)).toBeLessThanOrEqual(21);
          expect(daysBetween(before, day)).toBeGreaterThanOrEqual(0);
          for (let d = day; d < after; d = addDays(d, 1)) expect(isWorkingDay(d, days, country)).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });
});
