import fc from 'fast-check';
import { DateTime } from 'luxon';
import {
  cadenceSchema,
  isPublicHoliday,
  localDateOf,
  meetingOccurrences,
  planRhythmMeetings,
  rhythmCalendarOf,
  rhythmMeetingDocument,
  rhythmWindow,
  cancelMeeting,
  deleteMeeting,
  nextMeetingStart,
  type Cadence,
  type Meeting,
  type Programme,
} from '@ambassadors/shared';
import { makeMeeting, makeProgramme } from './fixtures';

const CPH = 'Europe/Copenhagen';

/** Times that exist on every day in Copenhagen (02:00–02:59 vanishes on the spring-forward Sunday). */
const timeArb = fc
  .tuple(fc.integer({ min: 6, max: 20 }), fc.constantFrom(0, 15, 30, 45))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

const cadenceArb: fc.Arbitrary<Cadence> = fc.oneof(
  fc
    .record({
      kind: fc.constant('weekly' as const),
      intervalWeeks: fc.integer({ min: 1, max: 4 }),
      weekday: fc.integer({ min: 1, max: 7 }),
      time: timeArb,
    })
    .map((c) => cadenceSchema.parse(c)),
  fc
    .record({
      kind: fc.constant('monthly' as const),
      weekOfMonth: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const, -1 as const),
      weekday: fc.integer({ min: 1, max: 7 }),
      time: timeArb,
    })
    .map((c) => cadenceSchema.parse(c)),
);

const dayArb = fc
  .integer({ min: 0, max: 3 * 365 })
  .map((n) => DateTime.fromISO('2025-01-01', { zone: 'UTC' }).plus({ days: n }).toISODate()!);

interface World {
  programme: Programme;
  now: Date;
}

const worldArb: fc.Arbitrary<World> = fc
  .record({
    cadence: cadenceArb,
    start: dayArb,
    lengthDays: fc.option(fc.integer({ min: 30, max: 540 }), { nil: null }),
    nowOffsetDays: fc.integer({ min: -60, max: 200 }),
    nowMinute: fc.integer({ min: 0, max: 24 * 60 - 1 }),
    country: fc.constantFrom('DK', 'DE', 'GB'),
  })
  .map(({ cadence, start, lengthDays, nowOffsetDays, nowMinute, country }) => {
    const startDay = DateTime.fromISO(start, { zone: 'UTC' });
    const programme = makeProgramme({
      startDate: start,
      settings: { country },
      steps: { meetings: { cadence } },
    });
    const withEnd: Programme = {
      ...programme,
      endDate: lengthDays === null ? null : startDay.plus({ days: lengthDays }).toISODate()!,
    };
    const now = startDay
      .plus({ days: nowOffsetDays, minutes: nowMinute })
      .setZone(CPH, { keepLocalTime: true })
      .toJSDate();
    return { programme: withEnd, now };
  });

let counter = 0;
function apply(programme: Programme, meetings: Meeting[], now: Date): Meeting[] {
  const plan = planRhythmMeetings(programme, meetings, now);
  const removed = new Set(plan.remove);
  const created = plan.create.map((draft) =>
    rhythmMeetingDocument(programme, draft, {
      id: `gen-${(counter += 1)}`,
      keyMessageVersion: null,
      attendees: [],
      now,
    }),
  );
  return [...meetings.filter((m) => !removed.has(m.id)), ...created];
}

const RUNS = { numRuns: 60 };

describe('meetings generated from the rhythm (laws)', () => {
  it('law: every generated meeting is a rhythm occurrence, inside the programme period, never on a public holiday', () => {
    fc.assert(
      fc.property(worldArb, ({ programme, now }) => {
        const plan = planRhythmMeetings(programme, [], now);
        const window = rhythmWindow(programme, now);
        const cadence = programme.steps.meetings.cadence!;
        const rhythm = window
          ? meetingOccurrences(
              cadence,
              CPH,
              window.from,
              window.to,
              programme.startDate,
              rhythmCalendarOf(programme),
            ).map((d) => d.toISOString())
          : [];
        for (const draft of plan.create) {
          const day = localDateOf(new Date(draft.scheduledAt), CPH);
          expect(rhythm).toContain(draft.scheduledAt);
          expect(draft.occurrence).toBe(day);
          expect(isPublicHoliday(day, programme.settings.country)).toBe(false);
          expect(day >= programme.startDate).toBe(true);
          if (programme.endDate) expect(day <= programme.endDate).toBe(true);
          expect(new Date(draft.scheduledAt).getTime()).toBeGreaterThanOrEqual(now.getTime());
        }
        expect(plan.create.length).toBe(rhythm.length);
      }),
      RUNS,
    );
  });

  it('law: the wall-clock time is the rhythm’s, on both sides of every daylight-saving change', () => {
    fc.assert(
      fc.property(worldArb, ({ programme, now }) => {
        const cadence = programme.steps.meetings.cadence!;
        for (const draft of planRhythmMeetings(programme, [], now).create)
          expect(DateTime.fromISO(draft.scheduledAt, { zone: CPH }).toFormat('HH:mm')).toBe(cadence.time);
      }),
      RUNS,
    );
  });

  it('law: generating again creates nothing and removes nothing, and no rhythm day has two meetings', () => {
    fc.assert(
      fc.property(worldArb, ({ programme, now }) => {
        const once = apply(programme, [], now);
        const again = planRhythmMeetings(programme, once, now);
        expect(again).toEqual({ create: [], remove: [] });
        const days = once.map((m) => m.occurrence);
        expect(new Set(days).size).toBe(days.length);
      }),
      RUNS,
    );
  });

  it('law: moved, cancelled and deleted meetings are never brought back, and are not removed', () => {
    fc.assert(
      fc.property(
        worldArb,
        fc.array(fc.constantFrom('keep', 'move', 'cancel', 'delete'), { minLength: 60, maxLength: 60 }),
        fc.integer({ min: 1, max: 20 }),
        ({ programme, now }, fates, shiftDays) => {
          const generated = apply(programme, [], now);
          let next = programme;
          const later = new Date(now.getTime() + 60_000);
          const touched: Meeting[] = [];
          generated.forEach((meeting, i) => {
            const fate = fates[i % fates.length];
            if (fate === 'move') {
              const moved = DateTime.fromISO(meeting.scheduledAt).plus({ days: shiftDays }).toISO()!;
              touched.push({ ...meeting, scheduledAt: moved, updatedAt: later.toISOString() });
            } else if (fate === 'cancel') touched.push(cancelMeeting(meeting, later));
            else if (fate === 'delete') next = deleteMeeting(next, meeting, later) ?? next;
            else touched.push(meeting);
          });
          const plan = planRhythmMeetings(next, touched, later);
          expect(plan.create).toEqual([]);
          expect(plan.remove).toEqual([]);
        },
      ),
      RUNS,
    );
  });

  it('law: a changed rhythm replaces only the untouched meetings of the old one', () => {
    fc.assert(
      fc.property(worldArb, cadenceArb, ({ programme, now }, other) => {
        const generated = apply(programme, [], now);
        const cancelled = generated[0] ? [cancelMeeting(generated[0], now)] : [];
        const meetings = [...cancelled, ...generated.slice(1)];
        const changed: Programme = {
          ...programme,
          steps: { ...programme.steps, meetings: { ...programme.steps.meetings, cadence: other } },
        };
        const plan = planRhythmMeetings(changed, meetings, now);
        expect(plan.remove).not.toContain(cancelled[0]?.id);
        const after = apply(changed, meetings, now);
        expect(planRhythmMeetings(changed, after, now)).toEqual({ create: [], remove: [] });
      }),
      RUNS,
    );
  });
});

describe('meetings generated from the rhythm (examples)', () => {
  const monthlyTue = cadenceSchema.parse({ kind: 'monthly', weekOfMonth: 1, weekday: 2, time: '10:00' });
  const weeklySun = cadenceSchema.parse({ kind: 'weekly', intervalWeeks: 1, weekday: 7, time: '10:00' });

  it('keeps 10:00 in Copenhagen on the last Sundays of March and October (offset +1 → +2 → +1)', () => {
    const programme = makeProgramme({ startDate: '2026-03-01', steps: { meetings: { cadence: weeklySun } } });
    const plan = planRhythmMeetings(
      { ...programme, endDate: '2026-11-30' },
      [],
      new Date('2026-03-01T00:00:00Z'),
    );
    const byDay = new Map(plan.create.map((d) => [d.occurrence, d.scheduledAt]));
    expect(byDay.get('2026-03-22')).toBe('2026-03-22T09:00:00.000Z');
    expect(byDay.get('2026-03-29')).toBe('2026-03-29T08:00:00.000Z');
    expect(byDay.get('2026-10-18')).toBe('2026-10-18T08:00:00.000Z');
    expect(byDay.get('2026-10-25')).toBe('2026-10-25T09:00:00.000Z');
  });

  it('moves a meeting off a Danish public holiday to the next working day (Easter Monday → Tuesday)', () => {
    const weeklyMon = cadenceSchema.parse({ kind: 'weekly', intervalWeeks: 1, weekday: 1, time: '10:00' });
    const programme = makeProgramme({ startDate: '2026-03-30', steps: { meetings: { cadence: weeklyMon } } });
    const plan = planRhythmMeetings(
      { ...programme, endDate: '2026-04-20' },
      [],
      new Date('2026-03-30T00:00:00Z'),
    );
    expect(plan.create.map((d) => d.occurrence)).toEqual([
      '2026-03-30',
      '2026-04-07',
      '2026-04-13',
      '2026-04-20',
    ]);
  });

  it('a monthly rhythm plans the monthly alignment meetings, at most a year ahead', () => {
    const programme = makeProgramme({
      startDate: '2026-01-01',
      steps: { meetings: { cadence: monthlyTue } },
    });
    const plan = planRhythmMeetings(programme, [], new Date('2026-01-01T00:00:00Z'));
    expect(plan.create).toHaveLength(12);
    expect(new Set(plan.create.map((d) => d.kind))).toEqual(new Set(['alignment']));
    expect(plan.create[0]!.occurrence).toBe('2026-01-06');
    expect(plan.create.at(-1)!.occurrence).toBe('2026-12-01');
  });

  it('a meeting planned by hand on a rhythm day stands for that day', () => {
    const programme = makeProgramme({
      startDate: '2026-01-01',
      steps: { meetings: { cadence: monthlyTue } },
    });
    const byHand = makeMeeting({ id: 'm-hand', scheduledAt: '2026-02-03T13:00:00.000Z' });
    const plan = planRhythmMeetings(programme, [byHand], new Date('2026-01-01T00:00:00Z'));
    expect(plan.create.map((d) => d.occurrence)).not.toContain('2026-02-03');
    expect(plan.create).toHaveLength(11);
  });

  it('without a rhythm there is nothing to create', () => {
    expect(planRhythmMeetings(makeProgramme(), [], new Date('2026-01-01T00:00:00Z'))).toEqual({
      create: [],
      remove: [],
    });
  });

  it('the next meeting skips a cancelled rhythm meeting instead of announcing its day', () => {
    const programme = makeProgramme({
      startDate: '2026-01-01',
      steps: { meetings: { cadence: monthlyTue } },
    });
    const now = new Date('2026-01-01T00:00:00Z');
    const meetings = apply(programme, [], now);
    const first = meetings.find((m) => m.occurrence === '2026-01-06')!;
    const rest = meetings.filter((m) => m !== first);
    expect(nextMeetingStart({ programme, meetings }, now)?.toISOString()).toBe('2026-01-06T09:00:00.000Z');
    expect(
      nextMeetingStart({ programme, meetings: [cancelMeeting(first, now), ...rest] }, now)?.toISOString(),
    ).toBe('2026-02-03T09:00:00.000Z');
    expect(nextMeetingStart({ programme, meetings: [] }, now)?.toISOString()).toBe(
      '2026-01-06T09:00:00.000Z',
    );
  });
});
