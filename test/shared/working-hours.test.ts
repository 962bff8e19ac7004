import { DEFAULT_SETTINGS, isWithinWorkingHours, nextWorkingInstant } from '@ambassadors/shared';

describe('working hours', () => {
  const wh = DEFAULT_SETTINGS.workingHours; // 09:00–16:00, Monday–Friday
  const cph = 'Europe/Copenhagen';

  it('checks local weekday and time, start inclusive and end exclusive', () => {
    expect(isWithinWorkingHours(new Date('2026-03-02T08:00:00Z'), wh, cph)).toBe(true); // Mon 09:00 CET
    expect(isWithinWorkingHours(new Date('2026-03-02T07:59:59Z'), wh, cph)).toBe(false);
    expect(isWithinWorkingHours(new Date('2026-03-02T15:00:00Z'), wh, cph)).toBe(false); // 16:00
    expect(isWithinWorkingHours(new Date('2026-03-07T10:00:00Z'), wh, cph)).toBe(false); // Saturday
    expect(isWithinWorkingHours(new Date('2026-03-02T14:00:00Z'), wh, 'America/New_York')).toBe(true); // 09:00 EST
  });

  it('moves to the next working start, across weekends and DST', () => {
    const inside = new Date('2026-03-03T10:00:00Z');
    expect(nextWorkingInstant(inside, wh, cph)).toEqual(inside);
    expect(nextWorkingInstant(new Date('2026-03-03T05:00:00Z'), wh, cph)).toEqual(
      new Date('2026-03-03T08:00:00Z'),
    );
    // Friday 27 March 17:00 → Monday 30 March 09:00, which is CEST (+2) after the weekend's switch.
    expect(nextWorkingInstant(new Date('2026-03-27T16:00:00Z'), wh, cph)).toEqual(
      new Date('2026-03-30T07:00:00Z'),
    );
    expect(
      nextWorkingInstant(new Date('2026-03-07T12:00:00Z'), { start: '10:00', end: '12:00', days: [3] }, cph),
    ).toEqual(new Date('2026-03-11T09:00:00Z'));
  });

  it('treats the public holidays of the programme’s country as closed days', () => {
    // Thursday 1 January 2026, 10:00 in Copenhagen: a holiday, so not within working hours.
    expect(isWithinWorkingHours(new Date('2026-01-01T09:00:00Z'), wh, cph, 'DK')).toBe(false);
    expect(isWithinWorkingHours(new Date('2026-01-01T09:00:00Z'), wh, cph)).toBe(true); // no country: weekdays only
    expect(nextWorkingInstant(new Date('2026-01-01T09:00:00Z'), wh, cph, 'DK')).toEqual(
      new Date('2026-01-02T08:00:00Z'),
    );
    // Wednesday 23 December 17:00 → 24th is a working day in Denmark (an observance) …
    expect(nextWorkingInstant(new Date('2026-12-23T16:00:00Z'), wh, cph, 'DK')).toEqual(
      new Date('2026-12-24T08:00:00Z'),
    );
    // … Thursday 24th 17:00 → Christmas Day and Boxing Day, then the weekend: Monday 28th.
    expect(nextWorkingInstant(new Date('2026-12-24T16:00:00Z'), wh, cph, 'DK')).toEqual(
      new Date('2026-12-28T08:00:00Z'),
    );
    // Maundy Thursday to Easter Monday: five closed days in a row.
    expect(nextWorkingInstant(new Date('2026-04-01T15:30:00Z'), wh, cph, 'DK')).toEqual(
      new Date('2026-04-07T07:00:00Z'),
    );
  });
});
