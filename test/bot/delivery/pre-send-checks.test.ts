import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { closeProgramme, DEMO_PEOPLE, type OutboxRecord } from '@ambassadors/shared';
import { outboxRecordsFor } from '../../../bot/src/delivery/outbox-records';
import {
  CANCELLED_PROGRAMME_CLOSED,
  CANCELLED_PROGRAMME_GONE,
  preSendDecision,
  type PreSendDeps,
} from '../../../bot/src/delivery/pre-send-checks';
import { openEmbeddedDatabase, type EmbeddedDatabase } from '../../../bot/src/storage/embedded-sqlite';
import { SqliteDeliveryStore } from '../../../bot/src/storage/sqlite-delivery-store';
import { SqliteProgrammeStore } from '../../../bot/src/storage/sqlite-programme-store';
import { benchMeetingReminder } from '../../support/bench-reminder';
import { boardFor, seedBoard } from '../storage/storage-test-kit';

const TENANT = 'tenant-pre-send';
const PROGRAMME = 'programme-pre-send';
/** A Tuesday, 10:00 in Copenhagen: inside the programme's working hours. */
const TUESDAY_10 = new Date('2026-12-01T09:00:00.000Z');
const MONTHLY_PAUSE_MS = 6 * 3_600_000;

describe('pre-send checks: what becomes of a claimed record before anything is sent', () => {
  let dataDir: string;
  let database: EmbeddedDatabase;
  let delivery: SqliteDeliveryStore;
  let programmes: SqliteProgrammeStore;
  let deps: PreSendDeps;
  const ctx = { tenantId: TENANT, user: DEMO_PEOPLE.leader };

  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'pre-send-'));
    database = openEmbeddedDatabase({ dataDir, databaseId: 'pre-send', purgeIntervalMs: 0 });
    delivery = new SqliteDeliveryStore(database);
    programmes = new SqliteProgrammeStore(database);
    deps = { store: delivery, programmes, pausedRecheckMs: MONTHLY_PAUSE_MS };
    await seedBoard(programmes, ctx, boardFor(TENANT, PROGRAMME, TUESDAY_10));
  });
  afterEach(async () => {
    database.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  /** A record for `userId` in the programme, with the programme's working hours as its window. */
  async function recordFor(userId: string): Promise<OutboxRecord> {
    const programme = (await programmes.getProgramme(ctx, PROGRAMME))!;
    const reminder = {
      ...benchMeetingReminder('pre-send', [userId]),
      tenantId: TENANT,
      programmeId: PROGRAMME,
    };
    return outboxRecordsFor({ ...reminder, dueAt: TUESDAY_10.toISOString() }, programme, TUESDAY_10)[0]!;
  }
  const installFor = (userId: string) =>
    delivery.upsertConversation({
      id: `conversation-${userId}`,
      type: 'conversation',
      tenantId: TENANT,
      conversationId: `a:${userId}`,
      userId,
      scope: 'personal',
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
      reference: { conversation: { id: `a:${userId}` } },
      installedAt: TUESDAY_10.toISOString(),
      updatedAt: TUESDAY_10.toISOString(),
    });

  it('a reachable recipient inside working hours: sent to their personal chat, in their chosen language', async () => {
    await installFor('u-1');
    await delivery.setPreference({
      id: 'preference-u-1',
      type: 'preference',
      tenantId: TENANT,
      userId: 'u-1',
      paused: false,
      locale: 'da',
      updatedAt: TUESDAY_10.toISOString(),
    });
    const decision = await preSendDecision(await recordFor('u-1'), TUESDAY_10, deps);
    expect(decision).toMatchObject({
      kind: 'send',
      locale: 'da',
      target: { conversationId: 'a:u-1', userId: 'u-1' },
    });
  });

  it('a closed programme cancels, a deleted one too, before anything else is looked at', async () => {
    await installFor('u-1');
    const record = await recordFor('u-1');
    const board = (await programmes.loadBoard(ctx, PROGRAMME))!;
    const { programme } = closeProgramme(board, DEMO_PEOPLE.leader, TUESDAY_10);
    await programmes.replaceProgramme(ctx, programme, board.programme.etag);
    expect(await preSendDecision(record, TUESDAY_10, deps)).toEqual({
      kind: 'cancelled',
      reason: CANCELLED_PROGRAMME_CLOSED,
    });
    await programmes.deleteProgramme(ctx, PROGRAMME);
    expect(await preSendDecision(record, TUESDAY_10, deps)).toEqual({
      kind: 'cancelled',
      reason: CANCELLED_PROGRAMME_GONE,
    });
  });

  it('an expired record fails; a paused recipient is deferred by the recheck interval', async () => {
    await installFor('u-1');
    const record = await recordFor('u-1');
    const late = new Date(new Date(record.expiresAt).getTime() + 1);
    expect(await preSendDecision(record, late, deps)).toEqual({
      kind: 'failed',
      reason: 'expired before it could be sent',
    });
    await delivery.setPreference({
      id: 'preference-u-1',
      type: 'preference',
      tenantId: TENANT,
      userId: 'u-1',
      paused: true,
      locale: null,
      updatedAt: TUESDAY_10.toISOString(),
    });
    expect(await preSendDecision(record, TUESDAY_10, deps)).toEqual({
      kind: 'deferred',
      reason: 'paused by the recipient',
      nextAttemptAt: new Date(TUESDAY_10.getTime() + MONTHLY_PAUSE_MS),
    });
  });

  it('outside working hours: deferred to the next working instant; without a chat: unreachable', async () => {
    const record = await recordFor('u-2');
    expect(record.sendWindow).not.toBeNull();
    // Tuesday 21:00 in Copenhagen: the card waits for Wednesday 09:00 there.
    const evening = new Date('2026-12-01T20:00:00.000Z');
    expect(await preSendDecision(record, evening, deps)).toEqual({
      kind: 'deferred',
      reason: 'outside working hours',
      nextAttemptAt: new Date('2026-12-02T08:00:00.000Z'),
    });
    expect(await preSendDecision(record, TUESDAY_10, deps)).toEqual({
      kind: 'unreachable',
      reason: 'no conversation: the app is not installed for this user',
    });
  });

  it('one claim reads each programme once, however many of its records it holds', async () => {
    await installFor('u-1');
    let reads = 0;
    const counting: PreSendDeps = {
      ...deps,
      programmes: { getProgramme: (c, id) => ((reads += 1), programmes.getProgramme(c, id)) },
    };
    const claim = new Map<string, Promise<string | null>>();
    const record = await recordFor('u-1');
    for (let i = 0; i < 5; i++) await preSendDecision(record, TUESDAY_10, counting, claim);
    expect(reads).toBe(1);
  });
});
