/**
 * The long form of the crash loop (the short one runs in jest): the real app on one data folder,
 * writes over HTTP, SIGKILL of the whole process group right after an acknowledgement or at a
 * random moment with writes in flight, restart — CRASH_CYCLES times (default 20). Prints the
 * acknowledged writes, how many were lost (must be 0), unhealthy restarts and the HTTP write
 * latency. Re-run a failing sequence with CRASH_SEED.
 *
 * Run: `npm run bench -- crash-loop`
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runCrashLoop } from '../support/crash-loop';
import { median, percentile } from './board-load';

export async function run(): Promise<void> {
  const cycles = Number(process.env.CRASH_CYCLES ?? 20);
  const root = await mkdtemp(path.join(os.tmpdir(), 'bench-crash-loop-'));
  try {
    const result = await runCrashLoop({
      dataDir: path.join(root, '.data'),
      cycles,
      writes: 10,
      ...(process.env.CRASH_SEED ? { seed: Number(process.env.CRASH_SEED) } : {}),
      log: (line) => console.log(`  ${line}`),
    });
    console.table({
      seed: result.seed,
      'kills and restarts': result.restarts,
      'acknowledged writes': result.acknowledged,
      'lost acknowledged writes': result.lost.length,
      'unhealthy restarts': result.unhealthyRestarts,
      'writes cut off by a kill (never acknowledged)': result.unacknowledged,
      'HTTP create p50 ms': median(result.writeLatencyMs).toFixed(1),
      'HTTP create p99 ms': percentile(result.writeLatencyMs, 99).toFixed(1),
    });
    if (result.lost.length > 0) throw new Error(`lost acknowledged writes: ${result.lost.join(', ')}`);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
