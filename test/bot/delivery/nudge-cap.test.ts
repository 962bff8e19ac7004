import {
  DAY_MS,
  fixedClock,
  isCappedKind,
  isWithinWorkingHours,
  postingSchema,
  proposeAgreementVersion,
  trainingModuleSchema,
  type BoardData,
  type OutboxRecord,
  type ProgrammeStore,
} from '@ambassadors/shared';
import { outboxRecordsFor } from '../../../bot/src/delivery/outbox-records';
import { ReminderScheduler } from '../../../bot/src/delivery/reminder-scheduler';
import {
  ANNA,
  BO,
  CARL,
  EMPLOYEE,
  LEADER,
  TENANT,
  TERMS,
  makeActive,
  makeBoard,
  makeProgramme,
} from '../../shared/fixtures';
import { logger, startDeliveryHarness, waitFor, type DeliveryHarness } from './delivery-harness';

const d = (iso: string) => new Date(iso);
const HOUR = 3_600_000;

/**
 * Anna is active with two modules open and a new agreement version waiting; the posting is open
 * and Carl is invited before publication, the employee a week after it, each with a note.
 */
function boardAt(now: Date): BoardData {
  const modules = [
    trainingModuleSchema.parse({ id: 'm1', title: 'Intro', dueWithinDays: 14 }),
    trainingModuleSchema.parse({ id: 'm2', title: 'Dialogue', dueWithinDays: 16 }),
  ];
  const invitations = [
    { invitee: CARL, note: 'You would be *great*', invitedBy: LEADER, invitedAt: '2026-02-01T10:00:00.000Z' },
    { invitee: EMPLOYEE, note: 'Think about it', invitedBy: LEADER, invitedAt: '2026-02-10T13:00:00.000Z' },
  ].filter((inv) => new Date(inv.invitedAt).getTime() <= now.getTime());
  const programme = makeProgramme({
    steps: {
      training: { modules },
      posting: {
        posting: postingSchema.parse({
          title: 'Ambassador',
          responsibilities: [],
          expectations: [],
          hoursPerMonth: 3,
          termMonths: 12,
          applicationDeadline: '2026-03-13',
          publishedAt: '2026-02-03T09:00:00.000Z',
        }),
        invitations,
      },
    },
  });
  const anna = makeActive(programme, ANNA, d('2026-02-02T10:00:00Z'));
  const bo = makeActive(programme, BO, d('2026-02-02T10:30:00Z'));
  const v2 = proposeAgreementVersion(
    anna,
    { ...TERMS, hoursPerMonth: 4 },
    anna.term,
    LEADER,
    d('2026-02-13T10:00:00Z'),
  );
  return makeBoard(programme, { ambassadorships: [now >= d('2026-02-13T10:00:00Z') ? v2 : anna, bo] });
}

/** The scheduler's view of the programme store: one programme, always due when asked. */
function programmeStoreAt(clock: { now(): Date }): ProgrammeStore {
  const store: Partial<ProgrammeStore> = {
    findProgrammesDue: async () => [
      { tenantId: TENANT, programmeId: 'prog-1', nextCheckAt: clock.now().toISOString() },
    ],
    loadBoard: async () => boardAt(clock.now()) as never,
    setNextCheck: async () => undefined,
  };
  return store as ProgrammeStore;
}

describe('nudge cap on what is actually sent: scheduler → outbox → dispatcher over simulated weeks', () => {
  let h: DeliveryHarness;
  const clock = fixedClock('2026-02-02T00:00:00.000Z');
  let outbox: OutboxRecord[] = [];

  beforeAll(async () => {
    h = await startDeliveryHarness();
    await h.install(TENANT, ['anna', 'bo', 'carl', 'leader-1', EMPLOYEE.userId]);
    const scheduler = new ReminderScheduler({
      programmeStore: programmeStoreAt(clock),
      deliveryStore: h.store,
      clock,
      logger,
    });
    // A second instance planning the same ticks: the cap and the ids must not let it add anything.
    const twin = new ReminderScheduler({
      programmeStore: programmeStoreAt(clock),
      deliveryStore: h.store,
      clock,
      logger,
    });
    // Leases count in simulated time (kept under setTimeout's 24.8-day limit: the send timeout derives from it).
    h.dispatcher({ clock, leaseMs: 20 * DAY_MS }).start();
    for (let t = clock.now().getTime(); t < d('2026-03-09T00:00:00Z').getTime(); t += 3 * HOUR) {
      clock.set(new Date(t));
      await Promise.all([scheduler.tick(), twin.tick()]);
      // Let the dispatcher send (or defer) everything due at this simulated instant.
      await waitFor(
        async () =>
          (await h.store.listOutbox(TENANT, 'prog-1')).every((r) =>
            r.status === 'sending'
              ? false
              : !(r.status === 'queued' || r.status === 'deferred') ||
                new Date(r.nextAttemptAt).getTime() > t,
          ),
        20_000,
        'the dispatcher to settle',
      );
    }
    outbox = await h.store.listOutbox(TENANT, 'prog-1');
  }, 300_000);

  afterAll(async () => {
    await h?.close();
  });

  it('delivers at most one capped card per person per nudgeIntervalDays, all inside working hours', () => {
    const programme = boardAt(clock.now()).programme;
    const delivered = outbox.filter((r) => r.status === 'delivered' && isCappedKind(r.kind));
    expect(delivered.length).toBeGreaterThan(5);
    expect(h.connector.delivered().length).toBe(outbox.filter((r) => r.status === 'delivered').length);
    const byUser = new Map<string, number[]>();
    for (const r of delivered) {
      const at = new Date(r.lastAttemptAt!);
      expect(isWithinWorkingHours(at, programme.settings.workingHours, programme.timeZone, 'DK')).toBe(true);
      byUser.set(r.recipient.userId, [...(byUser.get(r.recipient.userId) ?? []), at.getTime()]);
    }
    for (const [, times] of byUser) {
      times.sort((a, b) => a - b);
      for (let i = 1; i < times.length; i += 1)
        expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(7 * DAY_MS);
    }
    // Anna had an agreement nudge and two modules' nudges in one week: one card, the rest listed on it.
    const anna = delivered.filter((r) => r.recipient.userId === 'anna');
    expect(anna.length).toBeLessThanOrEqual(5);
    expect(anna.some((r) => Array.isArray(r.payload.merged) && r.payload.merged.length > 0)).toBe(true);
  });

  it('tells every invitee once, also one invited after publication, with the leader’s note', () => {
    const postings = outbox.filter((r) => r.kind === 'postingAnnouncement');
    expect(postings.map((r) => [r.recipient.userId, r.status]).sort()).toEqual([
      ['carl', 'delivered'],
      [EMPLOYEE.userId, 'delivered'],
    ]);
    const late = postings.find((r) => r.recipient.userId === EMPLOYEE.userId)!;
    expect(late.lastAttemptAt! >= '2026-02-10T13:00:00.000Z').toBe(true);
    const card = h.connector.delivered().find((a) => a.conversationId === `a:conv-${EMPLOYEE.userId}`)!;
    expect(JSON.stringify(card.body)).toContain('Think about it');
  });

  it('holds a card on a public holiday of the programme’s country until the next working day', async () => {
    clock.set('2026-12-25T10:00:00.000Z'); // Christmas Day, a Friday, 11:00 in Copenhagen
    const programme = boardAt(clock.now()).programme;
    const [record] = outboxRecordsFor(
      {
        id: 'prog-1:alignmentMeeting:alignment:2027-01-04',
        kind: 'alignmentMeeting',
        tenantId: TENANT,
        programmeId: 'prog-1',
        dueAt: clock.now().toISOString(),
        recipients: [{ userId: 'leader-1', displayName: 'Lene Leder' }],
        subject: { type: 'programme', id: 'prog-1' },
        locale: 'da',
        data: { dueDate: '2027-01-04', activeAmbassadors: 2, keyMessage: null },
      },
      programme,
      clock.now(),
    );
    expect(record!.sendWindow).toMatchObject({ country: 'DK' });
    await h.store.enqueue([record!]);
    await waitFor(
      async () => (await h.store.getOutbox(TENANT, record!.id))?.status === 'deferred',
      20_000,
      'the holiday deferral',
    );
    expect(await h.store.getOutbox(TENANT, record!.id)).toMatchObject({
      reason: 'outside working hours',
      nextAttemptAt: '2026-12-28T08:00:00.000Z', // Boxing Day, the weekend, then Monday 09:00
    });
  });
});
