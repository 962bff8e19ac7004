/**
 * Sustained load on what is deployed: the built server (`npm run build`, production
 * dependencies only, `node server.js`) on the embedded store, driven open-loop at 200 requests
 * per second for 60 s with the mix a busy programme produces — board reads, step writes,
 * check-ins and card actions on reminder cards (`/api/messages`, local mode: no bot
 * credentials). Printed: errors, p50/p99 per kind, the rate reached, and the server's resident
 * memory (VmRSS from /proc) before and after.
 *
 * Settings for the run, and why:
 * - RATE_LIMIT_USER_PER_MINUTE=100000 and RATE_LIMIT_TENANT_PER_MINUTE=1000000 (their maxima):
 *   local mode acts as one demo person of one tenant, so the per-person limit (120/min) would
 *   answer most of the load with 429;
 * - QUOTA_CHECK_INS_PER_USER_PER_DAY=1000 (its maximum): the check-ins all come from one demo
 *   ambassador, each in a programme of its own (the one-per-interval rule holds per programme);
 * - REMINDERS=off: the card actions act on reminder records queued before the start; a
 *   dispatcher would try to deliver them to a Teams that is not there.
 *
 * Target: 0 errors; resident memory after the run within 10 % of before it (after a warm-up).
 * Beside RSS the live heap is printed: what each full collection leaves (the server runs with
 * `--trace-gc`). RSS also holds the garbage V8 lets build up between collections, so under this
 * load it climbs to a plateau over the first minute or two; a leak shows as a live heap that grows.
 *
 * Run: `npm run bench -- load`
 */
import { benchMeetingReminder } from '../support/bench-reminder';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DEMO_PEOPLE, DEMO_PROGRAMME_ID, LOCAL_TENANT_ID } from '@ambassadors/shared';
import { outboxRecordsFor } from '../../bot/src/delivery/outbox-records';
import { buildAndInstall } from '../support/production-build';
import { spawnBuiltApp, type SpawnedApp } from '../support/spawn-app';
import { startTestServer } from '../support/start-test-server';
import { boardDocuments, boardFor } from '../bot/storage/storage-test-kit';

const RATE = 200;
/** `LOAD_S` and `LOAD_WARM_UP_S` change the run's length and its warm-up (defaults 60 and 10). */
const DURATION_S = Number(process.env.LOAD_S ?? 60);
const WARM_UP_S = Number(process.env.LOAD_WARM_UP_S ?? 10);
/** Share of each kind in the mix, out of 20 consecutive requests. */
const MIX = [
  ['board read', 12],
  ['step write', 3],
  ['check-in', 1],
  ['card action', 4],
] as const;
type Kind = (typeof MIX)[number][0];
const SEQUENCE: Kind[] = MIX.flatMap(([kind, n]) => Array<Kind>(n).fill(kind));
const CARD_ACTIONS = Math.ceil(((RATE * (DURATION_S + WARM_UP_S)) / SEQUENCE.length) * 4) + 100;

/**
 * Programmes of the demo tenant besides the demo one, each a copy of the demo board: the step
 * writes (If-Match, one at a time per programme) and the board reads spread over them.
 */
const EXTRA_PROGRAMMES = 9;
const PROGRAMME_IDS = [
  DEMO_PROGRAMME_ID,
  ...Array.from({ length: EXTRA_PROGRAMMES }, (_, i) => `load-programme-${i + 1}`),
];
const P = (programmeId: string) => `/api/v1/programmes/${programmeId}`;

/**
 * One check-in per ambassador per interval is a rule (CHECK_IN_TOO_SOON), and local mode acts
 * only as the demo people: each check-in of the run goes to a programme of its own, in which
 * the demo ambassador is active and has not checked in yet (a copy of the demo board without
 * its check-ins and the rest of its history).
 */
const CHECK_INS = Math.ceil((RATE * (DURATION_S + WARM_UP_S)) / SEQUENCE.length) + 20;
const CHECK_IN_PROGRAMME_IDS = Array.from({ length: CHECK_INS }, (_, i) => `load-check-in-${i + 1}`);

/** The heap left after each full collection (MB), from the server's `--trace-gc` lines. */
function liveHeapsMb(output: string): number[] {
  return [...output.matchAll(/Mark-Compact [\d.]+ \([\d.]+\) -> ([\d.]+) \(/g)].map((m) => Number(m[1]));
}

function residentKb(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rss: field('VmRSS'), peak: field('VmHWM') };
}

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

/** Reminder records for the card actions, queued through the app's own store before the run. */
async function seed(dataDir: string): Promise<Array<{ id: string; reminderId: string; userId: string }>> {
  const app = await startTestServer({ dataDir, env: { REMINDERS: 'off' } });
  try {
    const users = Array.from({ length: CARD_ACTIONS }, (_, i) => `load-user-${i}`);
    const reminder = benchMeetingReminder('load', users);
    const ctx = { tenantId: LOCAL_TENANT_ID, user: DEMO_PEOPLE.leader };
    for (const programmeId of PROGRAMME_IDS.slice(1)) {
      const board = boardFor(LOCAL_TENANT_ID, programmeId, new Date());
      await app.store.createProgramme(ctx, board.programme);
      for (const doc of boardDocuments(board)) await app.store.createDocument(ctx, doc);
    }
    for (let i = 0; i < CHECK_IN_PROGRAMME_IDS.length; i += 20) {
      await Promise.all(
        CHECK_IN_PROGRAMME_IDS.slice(i, i + 20).map(async (programmeId) => {
          const board = boardFor(LOCAL_TENANT_ID, programmeId, new Date());
          await app.store.createProgramme(ctx, board.programme);
          for (const doc of board.ambassadorships) await app.store.createDocument(ctx, doc);
        }),
      );
    }
    const records = outboxRecordsFor(reminder, null, new Date());
    await app.deps.bot!.deliveryStore.enqueue(records);
    return records.map((r) => ({ id: r.id, reminderId: r.reminderId, userId: r.recipient.userId }));
  } finally {
    await app.close();
  }
}

interface Sample {
  kind: Kind;
  ms: number;
  ok: boolean;
  detail?: string;
}

export async function run(): Promise<void> {
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'ambassadors-load-bench-'));
  let app: SpawnedApp | undefined;
  try {
    const out = path.join(scratch, 'dist');
    const { buildMs } = await buildAndInstall(out);
    console.log(`built and installed dist/ in ${(buildMs / 1000).toFixed(1)} s`);
    const dataDir = path.join(scratch, 'data');
    const cards = await seed(dataDir);
    app = await spawnBuiltApp(
      out,
      {
        PORT: '0',
        DATA_DIR: dataDir,
        REMINDERS: 'off',
        RATE_LIMIT_USER_PER_MINUTE: '100000',
        RATE_LIMIT_TENANT_PER_MINUTE: '1000000',
        QUOTA_CHECK_INS_PER_USER_PER_DAY: '1000',
      },
      60_000,
      // Each full collection's result is the live heap: what a leak would make grow.
      ['--trace-gc'],
    );
    const pid = app.child.pid!;
    const base = app.baseUrl;

    // Step writes carry If-Match, so per programme they run one after another on the latest
    // ETag, as a leader's tab would; one due while the last is still out waits its turn.
    const etags = new Map<string, string>();
    const writers = new Map<string, Promise<unknown>>();
    let card = 0;
    let sequence = 0;
    let reads = 0;
    let writes = 0;

    const call = async (
      kind: Kind,
      url: string,
      init: RequestInit,
      check: (status: number, text: string, headers: Headers) => string | null,
    ) => {
      const started = performance.now();
      try {
        const response = await fetch(`${base}${url}`, init);
        const text = await response.text();
        const problem = check(response.status, text, response.headers);
        return {
          kind,
          ms: performance.now() - started,
          ok: problem === null,
          ...(problem ? { detail: problem } : {}),
        };
      } catch (error) {
        // fetch reports the socket's fate (reset, timeout) as its cause.
        const cause = (error as { cause?: unknown }).cause;
        return { kind, ms: performance.now() - started, ok: false, detail: String(cause ?? error) };
      }
    };
    const expectStatus = (want: number) => (status: number, text: string) =>
      status === want ? null : `${status}: ${text.slice(0, 160)}`;

    const readBoard = (programmeId = PROGRAMME_IDS[reads++ % PROGRAMME_IDS.length]!) =>
      call('board read', `${P(programmeId)}/board`, {}, (status, text) =>
        status === 200 ? null : `${status}: ${text.slice(0, 160)}`,
      );
    const writeStep = (): Promise<Sample> => {
      const programmeId = PROGRAMME_IDS[writes++ % PROGRAMME_IDS.length]!;
      const next = (writers.get(programmeId) ?? Promise.resolve()).then(async () => {
        if (!etags.get(programmeId)) {
          const response = await fetch(`${base}${P(programmeId)}/board`);
          await response.text();
          etags.set(programmeId, response.headers.get('etag') ?? '');
        }
        return call(
          'step write',
          `${P(programmeId)}/steps/taskPlan`,
          {
            method: 'PUT',
            headers: { 'content-type': 'application/json', 'if-match': etags.get(programmeId)! },
            body: JSON.stringify({ notes: `Reviewed at ${new Date().toISOString()}` }),
          },
          (status, text, headers) => {
            etags.set(programmeId, status === 200 ? (headers.get('etag') ?? '') : '');
            return status === 200 ? null : `${status}: ${text.slice(0, 160)}`;
          },
        );
      });
      writers.set(programmeId, next);
      return next;
    };
    let checkIns = 0;
    const checkIn = () =>
      call(
        'check-in',
        `${P(CHECK_IN_PROGRAMME_IDS[checkIns++ % CHECK_IN_PROGRAMME_IDS.length]!)}/check-ins`,
        {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-local-user': DEMO_PEOPLE.activeAmbassador.userId,
          },
          body: JSON.stringify({
            progress: 'Two teams tried the new meeting round.',
            situations: [{ theme: 'Mødekultur', description: 'Meetings start late' }],
            alignment: 4,
            changeCourse: 'unsure',
          }),
        },
        expectStatus(201),
      );
    const cardAction = () => {
      const record = cards[card++ % cards.length]!;
      return call(
        'card action',
        '/api/messages',
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            type: 'invoke',
            name: 'adaptiveCard/action',
            id: randomUUID(),
            serviceUrl: 'http://127.0.0.1:9/',
            channelId: 'msteams',
            from: { id: `29:${record.userId}`, aadObjectId: record.userId, name: record.userId },
            recipient: { id: '28:bot' },
            conversation: {
              id: `a:${record.userId}`,
              conversationType: 'personal',
              tenantId: LOCAL_TENANT_ID,
            },
            locale: 'en-US',
            value: {
              action: {
                type: 'Action.Execute',
                verb: 'reminder.ack',
                data: {
                  verb: 'reminder.ack',
                  cardId: record.id,
                  outboxId: record.id,
                  reminderId: record.reminderId,
                  programmeId: DEMO_PROGRAMME_ID,
                  v: 1,
                },
              },
            },
          }),
        },
        (status, text) =>
          status === 200 && text.includes('Thanks') ? null : `${status}: ${text.slice(0, 160)}`,
      );
    };
    const issue = (): Promise<Sample> => {
      const kind = SEQUENCE[sequence++ % SEQUENCE.length]!;
      if (kind === 'board read') return readBoard();
      if (kind === 'step write') return writeStep();
      if (kind === 'check-in') return checkIn();
      return cardAction();
    };

    /** Open loop: requests go out on schedule whether or not earlier ones have answered. */
    const drive = async (seconds: number): Promise<{ samples: Sample[]; wallMs: number }> => {
      const pending: Array<Promise<Sample>> = [];
      const started = performance.now();
      const total = RATE * seconds;
      await new Promise<void>((resolve) => {
        const timer = setInterval(() => {
          const due = Math.min(total, Math.floor(((performance.now() - started) / 1000) * RATE));
          while (pending.length < due) pending.push(issue());
          if (pending.length >= total) {
            clearInterval(timer);
            resolve();
          }
        }, 5);
      });
      const samples = await Promise.all(pending);
      return { samples, wallMs: performance.now() - started };
    };

    const idle = residentKb(pid);
    await drive(WARM_UP_S);
    const before = residentKb(pid);
    const collectionsBefore = liveHeapsMb(app.output()).length;
    const rssTrace: string[] = [];
    const sampler = setInterval(() => rssTrace.push((residentKb(pid).rss / 1024).toFixed(0)), 10_000);
    const { samples, wallMs } = await drive(DURATION_S);
    clearInterval(sampler);
    console.log(`server RSS every 10 s of the run (MB): ${rssTrace.join(' ')}`);
    const after = residentKb(pid);
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    const settled = residentKb(pid);

    const rows: Record<string, Record<string, number>> = {};
    for (const kind of [...MIX.map(([k]) => k)]) {
      const of = samples.filter((s) => s.kind === kind);
      const ms = of.map((s) => s.ms).sort((a, b) => a - b);
      rows[kind] = {
        requests: of.length,
        errors: of.filter((s) => !s.ok).length,
        'p50 ms': Number(percentile(ms, 50).toFixed(1)),
        'p99 ms': Number(percentile(ms, 99).toFixed(1)),
        'max ms': Number((ms[ms.length - 1] ?? NaN).toFixed(1)),
      };
    }
    const all = samples.map((s) => s.ms).sort((a, b) => a - b);
    rows.all = {
      requests: samples.length,
      errors: samples.filter((s) => !s.ok).length,
      'p50 ms': Number(percentile(all, 50).toFixed(1)),
      'p99 ms': Number(percentile(all, 99).toFixed(1)),
      'max ms': Number((all[all.length - 1] ?? NaN).toFixed(1)),
    };
    console.log(
      `load: ${RATE} req/s planned for ${DURATION_S} s after a ${WARM_UP_S} s warm-up; ` +
        `${samples.length} requests answered in ${(wallMs / 1000).toFixed(1)} s ` +
        `(${((samples.length / wallMs) * 1000).toFixed(0)} req/s)`,
    );
    console.table(rows);
    const errors = samples.filter((s) => !s.ok);
    if (errors.length > 0) {
      const kinds = new Map<string, number>();
      for (const e of errors)
        kinds.set(`${e.kind}: ${e.detail}`, (kinds.get(`${e.kind}: ${e.detail}`) ?? 0) + 1);
      console.log('errors (first kinds):', [...kinds].slice(0, 5));
    }
    const mb = (kb: number) => (kb / 1024).toFixed(1);
    const growth = ((after.rss - before.rss) / before.rss) * 100;
    console.log(
      `server RSS: idle ${mb(idle.rss)} MB → after warm-up ${mb(before.rss)} MB → after the run ${mb(after.rss)} MB ` +
        `(${growth >= 0 ? '+' : ''}${growth.toFixed(1)} %) → 5 s later ${mb(settled.rss)} MB; peak ${mb(settled.peak)} MB`,
    );
    const live = liveHeapsMb(app.output()).slice(Math.max(0, collectionsBefore - 1));
    console.log(
      live.length >= 2
        ? `server live heap after each full GC during the run (MB): ${live.join(' ')} ` +
            `(${live[0]} → ${live.at(-1)}, ${(((live.at(-1)! - live[0]!) / live[0]!) * 100).toFixed(1)} %)`
        : 'server live heap: fewer than two full collections during the run',
    );
    console.log(
      `  targets: 0 errors (${errors.length}), memory growth ≤ 10 % over the run (${growth.toFixed(1)} %)`,
    );
  } finally {
    await app?.stop('SIGTERM');
    await rm(scratch, { recursive: true, force: true });
  }
}
