import fc from 'fast-check';
import {
  DAY_MS,
  HOUR_MS,
  NUDGE_EXEMPT_KINDS,
  NUDGE_PRIORITY,
  REMINDER_KINDS,
  addDays,
  cadenceSchema,
  isWithinWorkingHours,
  planNudges,
  planReminders,
  postingSchema,
  proposeAgreementVersion,
  trainingModuleSchema,
  type BoardData,
  type UserRef,
} from '@ambassadors/shared';
import {
  ANNA,
  BO,
  CARL,
  LEADER,
  TERMS,
  makeActive,
  makeBoard,
  makeCandidate,
  makeCheckIn,
  makeMeeting,
  makeProgramme,
} from './fixtures';
import { everyStep, simulateNudges, type SimulatedSend } from './nudge-sim';

const d = (iso: string) => new Date(iso);
const modules = [
  trainingModuleSchema.parse({ id: 'm1', title: 'Intro', dueWithinDays: 14 }),
  trainingModuleSchema.parse({ id: 'm2', title: 'Dialogue', dueWithinDays: 16 }),
];

/** Anna is active with two training modules open, and a new agreement version waits for her. */
function busyBoard(): BoardData {
  const programme = makeProgramme({ steps: { training: { modules } } });
  const anna = makeActive(programme, ANNA, d('2026-02-02T10:00:00Z'));
  const v2 = proposeAgreementVersion(
    anna,
    { ...TERMS, hoursPerMonth: 4 },
    anna.term,
    LEADER,
    d('2026-02-13T10:00:00Z'),
  );
  return makeBoard(programme, { ambassadorships: [v2] });
}

function assertCap(sends: SimulatedSend[], board: BoardData) {
  const { settings, timeZone } = board.programme;
  const intervalMs = settings.nudgeIntervalDays * DAY_MS;
  const byUser = new Map<string, number[]>();
  for (const s of sends) {
    expect(isWithinWorkingHours(s.sentAt, settings.workingHours, timeZone, settings.country)).toBe(true);
    expect(isWithinWorkingHours(s.createdAt, settings.workingHours, timeZone, settings.country)).toBe(true);
    byUser.set(s.userId, [...(byUser.get(s.userId) ?? []), s.sentAt.getTime()]);
  }
  for (const times of byUser.values()) {
    times.sort((a, b) => a - b);
    for (let i = 1; i < times.length; i += 1)
      expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(intervalMs);
  }
}

describe('nudge cap', () => {
  it('ranks every capped reminder kind, and exempts only the reminders before a meeting or a training session', () => {
    expect([...NUDGE_EXEMPT_KINDS]).toEqual(['meeting', 'trainingSession']);
    expect([...NUDGE_PRIORITY].sort()).toEqual(
      REMINDER_KINDS.filter((k) => !NUDGE_EXEMPT_KINDS.has(k)).sort(),
    );
    // Deadlines before encouragements.
    const rank = (k: (typeof NUDGE_PRIORITY)[number]) => NUDGE_PRIORITY.indexOf(k);
    expect(rank('agreementAcceptance')).toBeLessThan(rank('checkInRequest'));
    expect(rank('trainingModule')).toBeLessThan(rank('leaderDigest'));
    expect(rank('termEnding7')).toBeLessThan(rank('termEnding30'));
  });

  it('sends one card a week where the plan had an agreement nudge and two training nudges in 7 days', () => {
    const board = busyBoard();
    const week = planReminders(board, { from: d('2026-02-13T00:00:00Z'), to: d('2026-02-20T00:00:00Z') });
    const forAnna = week.filter((r) => r.recipients.some((p) => p.userId === 'anna'));
    expect(new Set(forAnna.map((r) => r.kind))).toEqual(new Set(['agreementAcceptance', 'trainingModule']));
    expect(forAnna.length).toBeGreaterThanOrEqual(3);

    const sends = simulateNudges(board, everyStep(d('2026-02-02T00:00:00Z'), 35, 2 * HOUR_MS));
    assertCap(sends, board);
    const anna = sends.filter((s) => s.userId === 'anna');
    expect(anna.map((s) => s.sentAt.toISOString())).toEqual([
      '2026-02-13T08:00:00.000Z', // 09:00 local: the first module is due on Monday
      '2026-02-20T08:00:00.000Z', // a week later, not before
      '2026-02-27T08:00:00.000Z',
      '2026-03-06T08:00:00.000Z',
    ]);
    expect(anna[0]!.card.lead.id).toBe('prog-1:trainingModule:amb-anna:m1.0');
    // Held back is merged, not lost: the modules' reminders of that week are listed on the next card.
    const second = anna[1]!.card;
    // The agreement leads (deadlines before encouragements, agreements before training), as its
    // newest nudge; its first request of 13 February, held back, is covered by it.
    expect(second.lead.id).toBe('prog-1:agreementAcceptance:amb-anna:v2.ambassador.1');
    expect(second.covers).toContain('prog-1:agreementAcceptance:amb-anna:v2.ambassador.0');
    expect(second.merged.map((r) => r.id)).toEqual([
      'prog-1:trainingModule:amb-anna:m2.1',
      'prog-1:trainingModule:amb-anna:m1.1',
    ]);
    expect(second.covers).toEqual(
      expect.arrayContaining([
        'prog-1:trainingModule:amb-anna:m1.1',
        'prog-1:trainingModule:amb-anna:m2.0',
        'prog-1:trainingModule:amb-anna:m2.1',
      ]),
    );
    // Nothing is covered twice.
    const covered = anna.flatMap((s) => s.card.covers);
    expect(new Set(covered).size).toBe(covered.length);
  });

  it('counts from when a card actually left, not when it was queued', () => {
    const board = busyBoard();
    // The first card waits two days in the queue (a paused tenant, retries): the next one is a week after that.
    const sends = simulateNudges(board, everyStep(d('2026-02-13T00:00:00Z'), 21, 2 * HOUR_MS), (i) =>
      i === 0 ? 2 * DAY_MS : 0,
    );
    assertCap(sends, board);
    expect(sends.filter((s) => s.userId === 'anna').map((s) => s.sentAt.toISOString())).toEqual([
      '2026-02-16T08:00:00.000Z', // queued Friday 13th 09:00, held two days: Sunday, so Monday 09:00
      '2026-02-23T08:00:00.000Z', // a week after it left (not after it was queued: that was the 20th)
      '2026-03-02T08:00:00.000Z',
    ]);
  });

  it('waits for working hours and skips public holidays', () => {
    const programme = makeProgramme({ startDate: '2026-12-01', now: d('2026-12-01T08:00:00Z') });
    const bo = makeCandidate(programme, BO, d('2026-12-01T09:00:00Z'));
    // Proposed on Christmas Eve at 17:00 local: the first card waits for Monday 28 December 09:00.
    const proposed = proposeAgreementVersion(
      bo,
      TERMS,
      { start: '2027-01-04', end: '2027-12-31' },
      LEADER,
      d('2026-12-24T16:00:00Z'),
    );
    const board = makeBoard(programme, { ambassadorships: [proposed] });
    const sends = simulateNudges(board, everyStep(d('2026-12-24T00:00:00Z'), 10, HOUR_MS));
    assertCap(sends, board);
    expect(sends.filter((s) => s.userId === 'bo').map((s) => s.sentAt.toISOString())).toEqual([
      '2026-12-28T08:00:00.000Z',
    ]);
    // Proposing was the leaders' acceptance: nothing waits for them.
    expect(sends.filter((s) => s.userId === 'leader-1')).toEqual([]);
  });

  it('counts "your term ends in N days" from the day the card actually goes', () => {
    const programme = makeProgramme();
    const anna = makeActive(programme, ANNA, d('2026-01-05T12:00:00Z'), {
      term: { start: '2026-01-05', end: '2026-04-27' },
    });
    const board = makeBoard(programme, { ambassadorships: [anna] });
    // 30 days before the end is Saturday 28 March: the card goes on Monday, 28 days before.
    const sends = simulateNudges(board, everyStep(d('2026-03-27T00:00:00Z'), 5, 2 * HOUR_MS));
    const [card] = sends.filter((s) => s.userId === 'anna');
    expect(card?.sentAt.toISOString()).toBe('2026-03-30T08:00:00.000Z');
    expect(card?.card.lead).toMatchObject({ kind: 'termEnding30', data: { daysLeft: 28 } });
  });

  it('lets reminders before a meeting through: they are exempt and do not count', () => {
    const programme = makeProgramme({
      steps: {
        meetings: {
          cadence: cadenceSchema.parse({ kind: 'weekly', intervalWeeks: 1, weekday: 3, time: '10:00' }),
        },
      },
    });
    const board = makeBoard(programme, {
      ambassadorships: [makeActive(programme, ANNA, d('2026-02-02T10:00:00Z'))],
    });
    const now = d('2026-02-10T09:30:00Z');
    const reminders = planReminders(board, { from: d('2026-02-09T00:00:00Z'), to: now });
    const plan = planNudges({
      reminders,
      sent: [{ userId: 'anna', covers: [], at: '2026-02-09T09:00:00.000Z', pending: false }],
      now,
      settings: programme.settings,
      timeZone: programme.timeZone,
    });
    expect(plan.exempt.map((r) => r.id)).toEqual(['prog-1:meeting:cadence:2026-02-11']);
    expect(plan.cards).toEqual([]);
  });

  it('law: for any programme and clock, nobody gets two nudges within nudgeIntervalDays, none outside working hours', () => {
    const zones = ['Europe/Copenhagen', 'America/New_York', 'Asia/Tokyo', 'Pacific/Auckland'];
    const people: UserRef[] = [ANNA, BO, CARL];
    fc.assert(
      fc.property(
        fc.record({
          zone: fc.constantFrom(...zones),
          country: fc.constantFrom('DK', 'DE', 'US', 'JP', 'NZ'),
          interval: fc.integer({ min: 1, max: 30 }),
          startHour: fc.integer({ min: 6, max: 12 }),
          length: fc.integer({ min: 1, max: 9 }),
          days: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
          startOffset: fc.integer({ min: 0, max: 365 }),
          activations: fc.array(fc.record({ at: fc.integer({ min: 0, max: 40 }), active: fc.boolean() }), {
            minLength: 1,
            maxLength: 3,
          }),
          dueWithin: fc.array(fc.integer({ min: 1, max: 30 }), { maxLength: 3 }),
          invitedAfter: fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 2 }),
          heldMeetings: fc.array(fc.integer({ min: 0, max: 55 }), { maxLength: 4 }),
          checkIns: fc.array(fc.integer({ min: 0, max: 55 }), { maxLength: 6 }),
          gaps: fc.array(fc.integer({ min: 10, max: 72 * 60 }), { minLength: 20, maxLength: 90 }),
          delays: fc.array(fc.integer({ min: 0, max: 48 * 60 }), { minLength: 1, maxLength: 10 }),
        }),
        (g) => {
          const start = addDays('2026-01-01', g.startOffset);
          const hh = (h: number) => `${String(h).padStart(2, '0')}:00`;
          const programme = makeProgramme({
            timeZone: g.zone,
            startDate: start,
            now: d(`${start}T00:00:00Z`),
            settings: {
              nudgeIntervalDays: g.interval,
              country: g.country,
              workingHours: {
                start: hh(g.startHour),
                end: hh(Math.min(23, g.startHour + g.length)),
                days: g.days,
              },
            },
            steps: {
              training: {
                modules: g.dueWithin.map((n, i) =>
                  trainingModuleSchema.parse({ id: `m${i}`, title: `M${i}`, dueWithinDays: n }),
                ),
              },
              meetings: {
                cadence: cadenceSchema.parse({ kind: 'weekly', intervalWeeks: 1, weekday: 4, time: '10:00' }),
              },
              posting: {
                posting: postingSchema.parse({
                  title: 'Ambassador',
                  responsibilities: [],
                  expectations: [],
                  hoursPerMonth: 3,
                  termMonths: 12,
                  applicationDeadline: addDays(start, 30),
                  publishedAt: `${start}T09:00:00.000Z`,
                }),
                invitations: g.invitedAfter.map((n, i) => ({
                  invitee: { userId: `emp-${i}`, displayName: `Employee ${i}` },
                  note: 'Think about it',
                  invitedBy: LEADER,
                  invitedAt: new Date(d(`${start}T09:00:00Z`).getTime() + n * DAY_MS).toISOString(),
                })),
              },
            },
          });
          const ambassadorships = g.activations.map((a, i) => {
            const at = new Date(d(`${start}T09:00:00Z`).getTime() + a.at * DAY_MS);
            const person = people[i]!;
            if (a.active) return makeActive(programme, person, at);
            const c = makeCandidate(programme, person, at);
            return proposeAgreementVersion(c, TERMS, c.term, LEADER, at, programme.settings);
          });
          const meetings = g.heldMeetings.map((n, i) =>
            makeMeeting({
              id: `h${i}`,
              scheduledAt: new Date(d(`${start}T10:00:00Z`).getTime() + n * DAY_MS).toISOString(),
              held: true,
            }),
          );
          const checkIns = g.checkIns.map((n, i) =>
            makeCheckIn({
              authorKey: `author-${i % ambassadorships.length}`,
              submittedAt: new Date(d(`${start}T11:00:00Z`).getTime() + n * DAY_MS).toISOString(),
            }),
          );
          const board = makeBoard(programme, { ambassadorships, meetings, checkIns });
          const ticks: Date[] = [];
          let t = d(`${start}T00:00:00Z`).getTime();
          for (const gap of g.gaps) ticks.push(new Date((t += gap * 60_000)));
          const sends = simulateNudges(board, ticks, (i) => (g.delays[i % g.delays.length] ?? 0) * 60_000);
          assertCap(sends, board);
          // Each planned reminder reaches a person on at most one card.
          const seen = new Set<string>();
          for (const s of sends)
            for (const id of s.card.covers) {
              expect(seen.has(`${s.userId}|${id}`)).toBe(false);
              seen.add(`${s.userId}|${id}`);
            }
        },
      ),
      { numRuns: 40 },
    );
  });
});
