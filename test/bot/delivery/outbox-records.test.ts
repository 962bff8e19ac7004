import { planNudges, type NudgeCard, type OutboxRecord, type Reminder } from '@ambassadors/shared';
import { mergedItemsOf, nudgeOutboxRecord, sentNudgesOf } from '../../../bot/src/delivery/outbox-records';
import { makeProgramme } from '../../shared/fixtures';

const programme = makeProgramme();
const reminder = (
  id: string,
  kind: Reminder['kind'],
  dueAt: string,
  data: Record<string, unknown>,
): Reminder =>
  ({
    id,
    kind,
    tenantId: 'tenant-1',
    programmeId: 'prog-1',
    dueAt,
    recipients: [{ userId: 'anna', displayName: 'Anna' }],
    subject: { type: 'ambassadorship', id: 'amb-anna' },
    locale: 'da',
    data,
  }) as Reminder;
const lead = reminder(
  'prog-1:agreementAcceptance:amb-anna:v1.ambassador.3',
  'agreementAcceptance',
  '2026-02-01T08:00:00.000Z',
  {
    ambassadorshipId: 'amb-anna',
    ambassadorName: 'Anna',
    version: 1,
    side: 'ambassador',
    nudge: 3,
  },
);
const training = reminder(
  'prog-1:trainingModule:amb-anna:m1.1',
  'trainingModule',
  '2026-02-03T08:00:00.000Z',
  {
    ambassadorshipId: 'amb-anna',
    moduleId: 'm1',
    moduleTitle: 'Intro',
    resourceUrl: null,
    dueDate: '2026-02-02',
    overdue: true,
  },
);
const card: NudgeCard = {
  recipient: { userId: 'anna', displayName: 'Anna' },
  lead,
  merged: [training],
  covers: [lead.id, training.id],
};

describe('outbox records of capped cards', () => {
  const now = new Date('2026-02-09T09:00:00.000Z');
  const record = nudgeOutboxRecord(card, programme, now);

  it('is one record for the lead, listing and covering the held-back reminders, worth sending from now', () => {
    expect(record).toMatchObject({
      reminderId: lead.id,
      recipient: { userId: 'anna' },
      nextAttemptAt: now.toISOString(),
      expiresAt: '2026-02-12T09:00:00.000Z', // three days from now, not from the lead's old due time
      sendWindow: { timeZone: 'Europe/Copenhagen', country: 'DK' },
    });
    expect(mergedItemsOf(record).map((m) => m.reminderId)).toEqual([training.id]);
    expect(record.payload.covers).toEqual([lead.id, training.id]);
  });

  it('tells the cap when each card left, which still wait, and which never counted', () => {
    const as = (patch: Partial<OutboxRecord>): OutboxRecord => ({ ...record, ...patch });
    const sent = sentNudgesOf([
      as({ status: 'delivered', lastAttemptAt: '2026-02-09T09:00:05.000Z' }),
      as({ id: 'b', status: 'deferred', nextAttemptAt: '2026-02-10T08:00:00.000Z' }),
      as({ id: 'c', status: 'failed', lastAttemptAt: null, reason: 'expired before it could be sent' }),
      as({ id: 'd', status: 'unknown', lastAttemptAt: '2026-02-01T10:00:00.000Z' }),
      as({ id: 'e', kind: 'meeting', status: 'delivered', lastAttemptAt: '2026-02-09T10:00:00.000Z' }),
    ]);
    expect(sent.map((s) => [s.at, s.pending])).toEqual([
      ['2026-02-09T09:00:05.000Z', false],
      ['2026-02-10T08:00:00.000Z', true],
      [null, false],
      ['2026-02-01T10:00:00.000Z', false], // may have arrived: counts
    ]);
    expect(sent[0]!.covers).toEqual([lead.id, lead.id, training.id]);
    // Fed back to the cap: what a card covered is never sent again.
    const plan = planNudges({
      reminders: [lead, training],
      sent: sentNudgesOf([as({ status: 'delivered', lastAttemptAt: '2026-02-09T09:00:05.000Z' })]),
      now: new Date('2026-02-20T09:00:00.000Z'),
      settings: programme.settings,
      timeZone: programme.timeZone,
    });
    expect(plan.cards).toEqual([]);
  });
});
