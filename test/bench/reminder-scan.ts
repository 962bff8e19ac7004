/**
 * The scheduler's due scan at scale: 100 tenants, one programme each with 100 ambassadors
 * (10,000 ambassadors in total, plus the demo's meetings, check-ins, applications and decision),
 * all due. One pass = findProgrammesDue (the cross-tenant query over the small schedule records)
 * → loadBoard of each due programme → a planning function (default: the domain's
 * `dueReminders`) → setNextCheck (default: `nextReminderAt`). Prints Cosmos requests, documents
 * read, RU and time; then an idle pass with nothing due. Figures only, no asserts.
 *
 * Run: npx tsx -e "require('./test/bench/reminder-scan.ts').run()"  (or `npm run bench reminder-scan`)
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  dueReminders,
  nextReminderAt,
  type Ambassadorship,
  type BoardData,
  type TenantContext,
} from '@ambassadors/shared';
import { importBoards } from '../../bot/src/storage/bulk-import';
import { createCosmosStorage, type CosmosRequestInfo } from '../../bot/src/storage/cosmos-client';
import { CosmosProgrammeStore } from '../../bot/src/storage/cosmos-programme-store';
import { demoBoardAs, median } from './board-load';

const TENANTS = 100;
const AMBASSADORS_PER_PROGRAMME = 100;
const PAGE = 50;

export interface ReminderScanOptions {
  /** What the scheduler does with a loaded board; returns the reminders it would queue. */
  plan?: (board: BoardData, now: Date) => readonly unknown[];
  /** When to look at the programme again; default the domain's nextReminderAt. */
  nextCheck?: (board: BoardData, now: Date) => Date;
  tenants?: number;
  ambassadorsPerProgramme?: number;
}

/** The demo board with `count` ambassadors: copies of its active one under new ids and people. */
function boardWithAmbassadors(tenantId: string, programmeId: string, count: number, now: Date): BoardData {
  const board = demoBoardAs(tenantId, programmeId, now);
  const template = board.ambassadorships.find((a) => a.state === 'active') ?? board.ambassadorships[0]!;
  const ambassadorships: Ambassadorship[] = Array.from({ length: count }, (_, i) => {
    const original = board.ambassadorships[i];
    if (original) return original;
    return {
      ...template,
      id: `${programmeId}.amb-${i}`,
      person: { userId: `${tenantId}-user-${i}`, displayName: `Ambassador ${i}` },
    };
  });
  return { ...board, ambassadorships };
}

interface Totals {
  calls: number;
  requests: number;
  metadataRequests: number;
  documents: number;
  ru: number;
}

function totals(calls: CosmosRequestInfo[], operation?: string): Totals {
  const picked = operation ? calls.filter((c) => c.operation === operation) : calls;
  return {
    calls: picked.length,
    requests: picked.reduce((n, c) => n + c.requests, 0),
    metadataRequests: picked.reduce((n, c) => n + c.metadataRequests, 0),
    documents: picked.reduce((n, c) => n + c.documents, 0),
    ru: picked.reduce((n, c) => n + c.requestCharge, 0),
  };
}

export async function run(options: ReminderScanOptions = {}): Promise<void> {
  const tenants = options.tenants ?? TENANTS;
  const perProgramme = options.ambassadorsPerProgramme ?? AMBASSADORS_PER_PROGRAMME;
  const plan = options.plan ?? ((board: BoardData, now: Date) => dueReminders(board, now));
  const nextCheck = options.nextCheck ?? ((board: BoardData, now: Date) => nextReminderAt(board, now));
  const dataDir = await mkdtemp(path.join(tmpdir(), 'bench-reminder-scan-'));
  const calls: CosmosRequestInfo[] = [];
  const storage = await createCosmosStorage(
    { mode: 'embedded', databaseId: 'bench', dataDir },
    {
      snapshotDelayMs: 3_600_000,
      // The embedded server's queries slow down with container size; measure, do not time out.
      requestTimeoutMs: 120_000,
      onRequest: (info) => calls.push(info),
    },
  );
  try {
    const now = new Date();
    const boards = Array.from({ length: tenants }, (_, t) =>
      boardWithAmbassadors(`tenant-${t}`, `programme-${t}`, perProgramme, now),
    );
    const seeded = await importBoards(storage.containers.programmes, boards, now);
    const ambassadors = boards.reduce((n, b) => n + b.ambassadorships.length, 0);
    console.log(
      `seeded ${tenants} tenants, ${boards.length} programmes, ${ambassadors} ambassadors, ` +
        `${seeded.documents} documents in ${(seeded.durationMs / 1000).toFixed(1)} s (bulk)`,
    );
    const store = CosmosProgrammeStore.fromStorage(storage);

    calls.length = 0;
    const loadTimes: number[] = [];
    let planMs = 0;
    let reminders = 0;
    let programmes = 0;
    let documentsOnBoards = 0;
    const started = performance.now();
    for (;;) {
      const due = await store.findProgrammesDue(now, PAGE);
      if (due.length === 0) break;
      for (const item of due) {
        const ctx: TenantContext = {
          tenantId: item.tenantId,
          user: { userId: 'scheduler', displayName: 'Scheduler' },
        };
        const loadStarted = performance.now();
        const board = await store.loadBoard(ctx, item.programmeId);
        loadTimes.push(performance.now() - loadStarted);
        if (!board) throw new Error(`due programme ${item.programmeId} has no board`);
        documentsOnBoards +=
          1 +
          board.ambassadorships.length +
          board.applications.length +
          board.meetings.length +
          board.checkIns.length +
          board.decisions.length;
        const planStarted = performance.now();
        reminders += plan(board, now).length;
        const next = nextCheck(board, now);
        planMs += performance.now() - planStarted;
        // Never "now" again in this pass: the scheduler moves past what it has just handled.
        await store.setNextCheck(
          item.tenantId,
          item.programmeId,
          next > now ? next : new Date(now.getTime() + 60_000),
        );
        programmes += 1;
      }
    }
    const totalMs = performance.now() - started;
    const all = totals(calls);
    const scan = totals(calls, 'findProgrammesDue');
    const load = totals(calls, 'loadBoard');
    const set = totals(calls, 'setNextCheck');

    calls.length = 0;
    const idleStarted = performance.now();
    const idle = await store.findProgrammesDue(now, PAGE);
    const idleMs = performance.now() - idleStarted;
    const idleTotals = totals(calls);

    console.log('due scan pass (embedded Cosmos server)');
    console.table([
      { step: 'findProgrammesDue', ...scan },
      { step: 'loadBoard', ...load },
      { step: 'setNextCheck', ...set },
      { step: 'whole pass', ...all },
      { step: 'idle scan (nothing due)', ...idleTotals },
    ]);
    console.table({
      'programmes handled': programmes,
      'ambassadors on loaded boards': ambassadors,
      'documents on loaded boards': documentsOnBoards,
      'reminders planned': reminders,
      'pass time (s)': (totalMs / 1000).toFixed(1),
      'loadBoard median (ms)': median(loadTimes).toFixed(1),
      'planning total (ms)': planMs.toFixed(0),
      'idle scan (ms)': idleMs.toFixed(1),
      'idle scan found': idle.length,
    });
    console.log(
      'Requests and documents read are the real-Cosmos figures: the scan reads one small record per due ' +
        'programme, each board is one single-partition query. The embedded server scans its whole container ' +
        'per query (and again for the SDK’s query-plan look-up), so its times grow with the data and RU is 1 ' +
        'per response — not comparable with real Cosmos.',
    );
  } finally {
    await storage.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
