import {
  DEFAULT_SETTINGS,
  daysLeft,
  defaultTerm,
  termEndInstant,
  termHasEnded,
  validateTerm,
} from '@ambassadors/shared';
import { thrown } from './fixtures';

describe('term', () => {
  it('defaults to termMonthsDefault months, both ends inclusive', () => {
    expect(defaultTerm('2026-01-01', DEFAULT_SETTINGS)).toEqual({ start: '2026-01-01', end: '2026-12-31' });
    expect(defaultTerm('2026-03-15', { termMonthsDefault: 6 })).toEqual({
      start: '2026-03-15',
      end: '2026-09-14',
    });
  });

  it('handles month ends and leap years', () => {
    // 31 Jan + 1 month clamps to the end of February (28th in 2026, 29th in 2028), minus the inclusive day.
    expect(defaultTerm('2026-01-31', { termMonthsDefault: 1 }).end).toBe('2026-02-27');
    expect(defaultTerm('2028-01-31', { termMonthsDefault: 1 }).end).toBe('2028-02-28');
    expect(defaultTerm('2028-02-29', { termMonthsDefault: 12 }).end).toBe('2029-02-27');
    expect(defaultTerm('2027-03-01', { termMonthsDefault: 12 }).end).toBe('2028-02-29');
  });

  it('rejects invalid terms with TERM_INVALID', () => {
    expect(
      thrown(() => validateTerm({ start: '2026-05-01', end: '2026-05-01' }, DEFAULT_SETTINGS)).code,
    ).toBe('TERM_INVALID');
    expect(
      thrown(() => validateTerm({ start: '2026-05-01', end: '2026-04-01' }, DEFAULT_SETTINGS)).code,
    ).toBe('TERM_INVALID');
    expect(
      thrown(() => validateTerm({ start: '2026-02-30', end: '2026-04-01' }, DEFAULT_SETTINGS)).code,
    ).toBe('TERM_INVALID');
    expect(thrown(() => defaultTerm('not-a-date', DEFAULT_SETTINGS)).code).toBe('TERM_INVALID');
  });

  it('rejects terms longer than termMonthsMax with TERM_TOO_LONG and maxMonths', () => {
    expect(validateTerm({ start: '2026-01-01', end: '2027-06-30' }, { termMonthsMax: 18 })).toEqual({
      start: '2026-01-01',
      end: '2027-06-30',
    });
    const error = thrown(() =>
      validateTerm({ start: '2026-01-01', end: '2027-07-01' }, { termMonthsMax: 18 }),
    );
    expect(error).toEqual({ code: 'TERM_TOO_LONG', params: { maxMonths: 18 } });
  });

  it('counts days left in the programme zone, including today', () => {
    const term = { start: '2026-01-01', end: '2026-03-31' };
    const tz = 'Europe/Copenhagen';
    // 22:30 UTC on 30 March is already 31 March in Copenhagen (CEST, +2).
    expect(daysLeft(term, new Date('2026-03-30T21:30:00Z'), tz)).toBe(2);
    expect(daysLeft(term, new Date('2026-03-30T22:30:00Z'), tz)).toBe(1);
    expect(daysLeft(term, new Date('2026-03-31T22:30:00Z'), tz)).toBe(0);
    expect(daysLeft(term, new Date('2026-03-30T22:30:00Z'), 'America/New_York')).toBe(2);
    expect(daysLeft(term, new Date('2026-01-01T12:00:00Z'), tz)).toBe(90);
  });

  it('ends at local midnight after the last day', () => {
    const term = { start: '2026-01-01', end: '2026-10-24' };
    expect(termEndInstant(term, 'Europe/Copenhagen').toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(termEndInstant(term, 'America/New_York').toISOString()).toBe('2026-10-25T04:00:00.000Z');
    expect(termHasEnded(term, new Date('2026-10-24T21:59:59Z'), 'Europe/Copenhagen')).toBe(false);
    expect(termHasEnded(term, new Date('2026-10-24T22:00:00Z'), 'Europe/Copenhagen')).toBe(true);
  });
});
