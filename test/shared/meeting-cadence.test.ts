import { DateTime } from 'luxon';
import {
  cadenceSchema,
  meetingOccurrences,
  nextMeetingOccurrence,
  previousMeetingOccurrence,
} from '@ambassadors/shared';

const local = (d: Date, tz: string) =>
  DateTime.fromJSDate(d, { zone: tz }).toFormat("yyyy-MM-dd'T'HH:mm ccc");

describe('meeting cadence', () => {
  const cph = 'Europe/Copenhagen';

  it('expands "last Thursday of the month" at 10:00 local across both DST switches', () => {
    const cadence = cadenceSchema.parse({ kind: 'monthly', weekOfMonth: -1, weekday: 4, time: '10:00' });
    const got = meetingOccurrences(
      cadence,
      cph,
      new Date('2026-01-01T00:00:00Z'),
      new Date('2027-01-01T00:00:00Z'),
    );
    expect(got.map((d) => local(d, cph))).toEqual([
      '2026-01-29T10:00 Thu',
      '2026-02-26T10:00 Thu',
      '2026-03-26T10:00 Thu',
      '2026-04-30T10:00 Thu',
      '2026-05-28T10:00 Thu',
      '2026-06-25T10:00 Thu',
      '2026-07-30T10:00 Thu',
      '2026-08-27T10:00 Thu',
      '2026-09-24T10:00 Thu',
      '2026-10-29T10:00 Thu',
      '2026-11-26T10:00 Thu',
      '2026-12-31T10:00 Thu',
    ]);
    // UTC offset changes with DST, wall-clock time does not.
    expect(got[2]!.toISOString()).toBe('2026-03-26T09:00:00.000Z');
    expect(got[3]!.toISOString()).toBe('2026-04-30T08:00:00.000Z');
    expect(got[9]!.toISOString()).toBe('2026-10-29T09:00:00.000Z');
  });

  it('keeps weekly meetings at local time over the last Sundays of March and October', () => {
    const cadence = cadenceSchema.parse({ kind: 'weekly', intervalWeeks: 1, weekday: 7, time: '10:00' });
    const got = meetingOccurrences(
      cadence,
      cph,
      new Date('2026-03-20T00:00:00Z'),
      new Date('2026-04-06T00:00:00Z'),
    );
    expect(got.map((d) => d.toISOString())).toEqual([
      '2026-03-22T09:00:00.000Z',
      '2026-03-29T08:00:00.000Z',
      '2026-04-05T08:00:00.000Z',
    ]);
    const autumn = meetingOccurrences(
      cadence,
      cph,
      new Date('2026-10-20T00:00:00Z'),
      new Date('2026-11-02T00:00:00Z'),
    );
    expect(autumn.map((d) => d.toISOString())).toEqual([
      '2026-10-25T09:00:00.000Z',
      '2026-11-01T09:00:00.000Z',
    ]);
  });

  it('moves a wall-clock time inside the spring-forward gap forward by the gap', () => {
    const cadence = cadenceSchema.parse({ kind: 'weekly', intervalWeeks: 1, weekday: 7, time: '02:30' });
    const got = meetingOccurrences(
      cadence,
      cph,
      new Date('2026-03-28T00:00:00Z'),
      new Date('2026-03-30T00:00:00Z'),
    );
    expect(got.map((d) => local(d, cph))).toEqual(['2026-03-29T03:30 Sun']);
  });

  it('works in another zone (America/New_York switches on other dates)', () => {
    const ny = 'America/New_York';
    const cadence = cadenceSchema.parse({ kind: 'monthly', weekOfMonth: 2, weekday: 1, time: '09:30' });
    const got = meetingOccurrences(
      cadence,
      ny,
      new Date('2026-02-01T00:00:00Z'),
      new Date('2026-04-01T00:00:00Z'),
    );
    expect(got.map((d) => d.toISOString())).toEqual(['2026-02-09T14:30:00.000Z', '2026-03-09T13:30:00.000Z']);
    expect(got.map((d) => local(d, ny))).toEqual(['2026-02-09T09:30 Mon', '2026-03-09T09:30 Mon']);
  });

  it('keeps the phase of a two-weekly cadence whatever window is asked for', () => {
    const cadence = cadenceSchema.parse({ kind: 'weekly', intervalWeeks: 2, weekday: 3, time: '13:00' });
    const a = meetingOccurrences(
      cadence,
      cph,
      new Date('2026-01-01T00:00:00Z'),
      new Date('2026-03-01T00:00:00Z'),
      '2026-01-05',
    );
    const b = meetingOccurrences(
      cadence,
      cph,
      new Date('2026-01-20T00:00:00Z'),
      new Date('2026-03-01T00:00:00Z'),
      '2026-01-05',
    );
    expect(a.map((d) => local(d, cph).slice(0, 10))).toEqual([
      '2026-01-07',
      '2026-01-21',
      '2026-02-04',
      '2026-02-18',
    ]);
    expect(b).toEqual(a.slice(1));
  });

  it('returns [from, to) only, nothing before the anchor, and finds next and previous', () => {
    const cadence = cadenceSchema.parse({ kind: 'monthly', weekOfMonth: 1, weekday: 1, time: '10:00' });
    const first = new Date('2026-02-02T09:00:00Z');
    expect(meetingOccurrences(cadence, cph, first, new Date('2026-02-02T09:00:01Z'))).toEqual([first]);
    expect(meetingOccurrences(cadence, cph, new Date('2026-01-01T00:00:00Z'), first)).toEqual([
      new Date('2026-01-05T09:00:00Z'),
    ]);
    expect(meetingOccurrences(cadence, cph, new Date('2026-01-01T00:00:00Z'), first, '2026-01-10')).toEqual(
      [],
    );
    expect(nextMeetingOccurrence(cadence, cph, new Date('2026-02-02T09:00:01Z'))).toEqual(
      new Date('2026-03-02T09:00:00Z'),
    );
    expect(previousMeetingOccurrence(cadence, cph, first)).toEqual(new Date('2026-01-05T09:00:00Z'));
  });

  it('moves a meeting that falls on a public holiday of the programme’s country to the next working day', () => {
    const thursdays = cadenceSchema.parse({ kind: 'weekly', intervalWeeks: 1, weekday: 4, time: '10:00' });
    const calendar = { country: 'DK', workingDays: [1, 2, 3, 4, 5] };
    const around = (from: string, to: string, withCalendar = true) =>
      meetingOccurrences(
        thursdays,
        cph,
        new Date(from),
        new Date(to),
        undefined,
        withCalendar ? calendar : undefined,
      ).map((d) => local(d, cph));
    // Maundy Thursday, Good Friday, Easter Monday: the meeting is on Tuesday 7 April.
    expect(around('2026-03-30T00:00:00Z', '2026-04-12T00:00:00Z')).toEqual([
      '2026-04-07T10:00 Tue',
      '2026-04-09T10:00 Thu',
    ]);
    // Ascension Day → Friday; without a calendar, as the rule says.
    expect(around('2026-05-11T00:00:00Z', '2026-05-18T00:00:00Z')).toEqual(['2026-05-15T10:00 Fri']);
    expect(around('2026-05-11T00:00:00Z', '2026-05-18T00:00:00Z', false)).toEqual(['2026-05-14T10:00 Thu']);
    // A window that starts after the holiday still finds the meeting moved into it.
    expect(around('2026-04-06T00:00:00Z', '2026-04-08T00:00:00Z')).toEqual(['2026-04-07T10:00 Tue']);
    expect(
      local(
        nextMeetingOccurrence(thursdays, cph, new Date('2026-05-12T00:00:00Z'), undefined, 120, calendar)!,
        cph,
      ),
    ).toBe('2026-05-15T10:00 Fri');
  });
});
