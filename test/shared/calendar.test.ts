import {
  DomainError,
  addDays,
  addMonths,
  atLocalTime,
  daysBetween,
  isoWeekdayOf,
  isValidIsoDate,
  localDateOf,
  localMonthOf,
  parseInput,
  startOfLocalDay,
} from '@ambassadors/shared';
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
});
