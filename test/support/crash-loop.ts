import { spawnApp, type SpawnedApp } from './spawn-app';

export interface CrashLoopOptions {
  dataDir: string;
  /** Kill-and-restart rounds; they alternate "right after an acknowledgement" and "at a random moment". */
  cycles: number;
  /** Writes per round before the kill (after-ack rounds) or writers in parallel (random rounds). */
  writes?: number;
  seed?: number;
  log?: (line: string) => void;
}

export interface CrashLoopResult {
  seed: number;
  restarts: number;
  acknowledged: number;
  lost: string[];
  unhealthyRestarts: number;
  /** Writes that were in flight when the app died: never acknowledged, so either outcome is fine. */
  unacknowledged: number;
  writeLatencyMs: number[];
}

/** A small deterministic PRNG, so a failing run can be repeated with its seed. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function createProgramme(app: SpawnedApp, name: string): Promise<{ id: string; ms: number }> {
  const started = performance.now();
  const response = await fetch(`${app.baseUrl}/api/v1/programmes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, locale: 'da' }),
  });
  const body = (await response.json()) as { id?: string };
  if (response.status !== 201 || typeof body.id !== 'string') throw new Error(`create: ${response.status}`);
  return { id: body.id, ms: performance.now() - started };
}

async function listedIds(app: SpawnedApp): Promise<Set<string>> {
  const response = await fetch(`${app.baseUrl}/api/v1/programmes`);
  const body = (await response.json()) as { items: Array<{ id: string }> };
  return new Set(body.items.map((item) => item.id));
}

/**
 * The crash loop: the real app (`npm start`'s entry point, its own process group) on one data
 * folder, writes over real HTTP, SIGKILL of the whole group — either the instant an
 * acknowledgement (201) arrives or at a random moment with writes in flight — and a restart,
 * again and again. After every restart: /healthz must answer 200 and every write that was ever
 * acknowledged must be there.
 */
export async function runCrashLoop(options: CrashLoopOptions): Promise<CrashLoopResult> {
  const seed = options.seed ?? Math.floor(Math.random() * 2 ** 31);
  const random = mulberry32(seed);
  const writes = options.writes ?? 8;
  const log = options.log ?? (() => undefined);
  const env = { DATA_DIR: options.dataDir, PORT: '0' };
  const acknowledged = new Set<string>();
  const result: CrashLoopResult = {
    seed,
    restarts: 0,
    acknowledged: 0,
    lost: [],
    unhealthyRestarts: 0,
    unacknowledged: 0,
    writeLatencyMs: [],
  };

  const check = async (app: SpawnedApp) => {
    const health = await fetch(`${app.baseUrl}/healthz`);
    if (health.status !== 200) result.unhealthyRestarts += 1;
    const present = await listedIds(app);
    for (const id of acknowledged) if (!present.has(id) && !result.lost.includes(id)) result.lost.push(id);
  };

  for (let cycle = 0; cycle < options.cycles; cycle += 1) {
    const app = await spawnApp(env);
    if (cycle > 0) result.restarts += 1;
    await check(app);
    if (cycle % 2 === 0) {
      // Right after an acknowledgement: the kill is sent before anything else happens.
      const killAfter = 1 + Math.floor(random() * writes);
      for (let i = 0; i < killAfter; i += 1) {
        const written = await createProgramme(app, `crash ${cycle}.${i}`);
        acknowledged.add(written.id);
        result.writeLatencyMs.push(written.ms);
        if (i === killAfter - 1) await app.stop('SIGKILL');
      }
      log(`cycle ${cycle}: killed right after acknowledgement ${killAfter}`);
    } else {
      // At a random moment, with writers in flight.
      let running = true;
      const writer = async (w: number) => {
        for (let i = 0; running; i += 1) {
          try {
            const written = await createProgramme(app, `crash ${cycle}.${w}.${i}`);
            acknowledged.add(written.id);
            result.writeLatencyMs.push(written.ms);
          } catch {
            result.unacknowledged += 1;
            return;
          }
        }
      };
      const writers = Array.from({ length: Math.max(2, Math.floor(writes / 2)) }, (_, w) => writer(w));
      const delay = 20 + Math.floor(random() * 400);
      await new Promise((resolve) => setTimeout(resolve, delay));
      await app.stop('SIGKILL');
      running = false;
      await Promise.all(writers);
      log(`cycle ${cycle}: killed after ${delay} ms with writers in flight`);
    }
  }
  const last = await spawnApp(env);
  result.restarts += 1;
  try {
    await check(last);
  } finally {
    await last.stop('SIGTERM');
  }
  result.acknowledged = acknowledged.size;
  return result;
}
