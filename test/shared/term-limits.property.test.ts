import fc from 'fast-check';
import { DateTime } from 'luxon';
import {
  DomainError,
  acceptAgreement,
  countedPeriod,
  endTermsDue,
  proposeAgreementVersion,
  selectAmbassador,
  withdraw,
  type Ambassadorship,
  type Programme,
  type Term,
  type UserRef,
} from '@ambassadors/shared';
import { ANNA, BO, LEADER, TERMS, makeProgramme } from './fixtures';

/**
 * The law of "limit the period", tried against any sequence of what leaders and ambassadors
 * can do over time: selections (with or without a term, also re-appointments after any break),
 * new agreement versions, acceptances, withdrawals and days passing (terms ending by
 * themselves). After every step, no person's consecutive terms — joined while the break is
 * shorter than `termGapMonths` — run longer than `termMonthsMax`, and no term was set to start
 * before the day it was set (a running term may keep its start).
 */
const TZ = 'Europe/Copenhagen';
const PEOPLE: UserRef[] = [ANNA, BO];
const START = DateTime.fromISO('2026-01-05T09:00:00Z');

type Op =
  | { kind: 'advance'; days: number }
  | { kind: 'select'; person: number; term: { offset: number; days: number } | null; agree: boolean }
  | { kind: 'propose'; person: number; offset: number; days: number }
  | { kind: 'accept'; person: number }
  | { kind: 'withdraw'; person: number };

const person = fc.integer({ min: 0, max: PEOPLE.length - 1 });
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('advance' as const), days: fc.integer({ min: 1, max: 400 }) }),
  fc.record({
    kind: fc.constant('select' as const),
    person,
    term: fc.option(
      fc.record({ offset: fc.integer({ min: -40, max: 120 }), days: fc.integer({ min: 20, max: 1200 }) }),
      { nil: null },
    ),
    // Often the agreement follows at once, so terms are served and later end as planned.
    agree: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('propose' as const),
    person,
    offset: fc.integer({ min: -60, max: 120 }),
    days: fc.integer({ min: 20, max: 1200 }),
  }),
  fc.record({ kind: fc.constant('accept' as const), person }),
  fc.record({ kind: fc.constant('withdraw' as const), person }),
);

const settings = fc
  .record({
    termMonthsMax: fc.integer({ min: 3, max: 36 }),
    termGapMonths: fc.integer({ min: 1, max: 24 }),
    defaultShare: fc.integer({ min: 1, max: 100 }),
  })
  .map(({ termMonthsMax, termGapMonths, defaultShare }) => ({
    termMonthsMax,
    termGapMonths,
    termMonthsDefault: Math.max(1, Math.round((termMonthsMax * defaultShare) / 100)),
  }));

/** An oracle written apart from the rules: luxon dates, chains joined while the break is short. */
function longestChainOk(periods: Term[], gapMonths: number, maxMonths: number): boolean {
  const sorted = [...periods].sort((a, b) => a.start.localeCompare(b.start));
  let chain: { start: string; end: string } | null = null;
  const chains: { start: string; end: string }[] = [];
  for (const p of sorted) {
    const fresh = chain
      ? DateTime.fromISO(chain.end).plus({ days: 1 }).plus({ months: gapMonths }).toISODate()!
      : null;
    if (chain && fresh && p.start < fresh) {
      if (p.end > chain.end) chain.end = p.end;
    } else {
      chain = { ...p };
      chains.push(chain);
    }
  }
  return chains.every(
    (c) => c.end <= DateTime.fromISO(c.start).plus({ months: maxMonths }).minus({ days: 1 }).toISODate()!,
  );
}

const day = (now: Date) => DateTime.fromJSDate(now, { zone: TZ }).toISODate()!;
const shift = (iso: string, days: number) => DateTime.fromISO(iso).plus({ days }).toISODate()!;

function run(programme: Programme, ops: Op[]): void {
  let now = START.toJSDate();
  let ambs: Ambassadorship[] = [];
  let counter = 0;
  const open = (p: number) =>
    ambs.find(
      (a) => a.person.userId === PEOPLE[p]!.userId && (a.state === 'candidate' || a.state === 'active'),
    );
  const replace = (next: Ambassadorship) => {
    ambs = ambs.map((a) => (a.id === next.id ? next : a));
  };
  for (const o of ops) {
    // The scheduler's tick and every read: terms that are over end on their end date.
    for (const ended of endTermsDue({ programme, ambassadorships: ambs }, now)) replace(ended);
    const today = day(now);
    try {
      if (o.kind === 'advance') {
        now = new Date(now.getTime() + o.days * 86_400_000);
      } else if (o.kind === 'select') {
        const term = o.term
          ? { start: shift(today, o.term.offset), end: shift(today, o.term.offset + o.term.days) }
          : null;
        const { ambassadorship } = selectAmbassador({
          programme,
          person: PEOPLE[o.person]!,
          reason: 'Chosen',
          term,
          by: LEADER,
          now,
          id: `amb-${++counter}`,
          ambassadorships: ambs,
        });
        expect(ambassadorship.term.start >= today).toBe(true);
        ambs = [...ambs, ambassadorship];
        if (o.agree) {
          const v1 = proposeAgreementVersion(
            ambassadorship,
            TERMS,
            ambassadorship.term,
            LEADER,
            now,
            programme.settings,
            { timeZone: TZ, ambassadorships: ambs },
          );
          const signed = acceptAgreement(v1, 'ambassador', 1, v1.person, now, TZ);
          replace(acceptAgreement(signed, 'leader', 1, LEADER, now, TZ));
        }
      } else {
        const amb = open(o.person);
        if (!amb) continue;
        if (o.kind === 'propose') {
          const start = shift(today, o.offset);
          const next = proposeAgreementVersion(
            amb,
            TERMS,
            { start, end: shift(start, o.days) },
            LEADER,
            now,
            programme.settings,
            { timeZone: TZ, ambassadorships: ambs },
          );
          const version = next.agreement.versions[next.agreement.versions.length - 1]!;
          const running = amb.state === 'active' && version.term.start === amb.term.start;
          expect(running || version.term.start >= today).toBe(true);
          replace(next);
        } else if (o.kind === 'accept') {
          const version = amb.agreement.versions.length;
          if (version === 0) continue;
          const signed = acceptAgreement(amb, 'ambassador', version, amb.person, now, TZ);
          const both = acceptAgreement(signed, 'leader', version, LEADER, now, TZ);
          if (both.term.start !== amb.term.start || both.state !== amb.state) {
            // The term in force changed: it starts no earlier than the acceptance day.
            const keptRunning = amb.state === 'active' && both.term.start === amb.term.start;
            expect(keptRunning || both.term.start >= today).toBe(true);
          }
          replace(both);
        } else {
          replace(withdraw(amb, 'Leaves', LEADER, now));
        }
      }
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
    }
    for (const p of PEOPLE) {
      const periods = ambs
        .filter((a) => a.person.userId === p.userId)
        .map((a) => countedPeriod(a, TZ))
        .filter((t): t is Term => t !== null);
      expect(
        longestChainOk(periods, programme.settings.termGapMonths, programme.settings.termMonthsMax),
      ).toBe(true);
      // One open ambassadorship per person at a time.
      const openOnes = ambs.filter(
        (a) => a.person.userId === p.userId && (a.state === 'candidate' || a.state === 'active'),
      );
      expect(openOnes.length).toBeLessThanOrEqual(1);
    }
  }
}

describe('limit the period (property)', () => {
  it('no sequence of selections, versions, acceptances, withdrawals and time chains terms past the maximum or into the past', () => {
    fc.assert(
      fc.property(settings, fc.array(op, { minLength: 1, maxLength: 40 }), (s, ops) => {
        run(makeProgramme({ startDate: '2026-01-01', settings: s }), ops);
      }),
      { numRuns: 400 },
    );
  });
});
