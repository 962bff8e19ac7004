import { runCrashLoop } from '../bot/delivery/crash-rig';

/**
 * Reminder fan-out, measured end to end: the real server process (bot/src/main.ts) sends a
 * reminder to 2,000 recipients through the Bot Connector stand-in, which enforces Teams' limits.
 * 1. Throughput in one tenant as a ratio of Teams' 50 requests/s ceiling (aim ≥ 0.95), with
 *    duplicates and 429s counted.
 * 2. The crash loop: SIGKILL at random points, restart, repeat; then count duplicates and
 *    recipients not accounted for (both must be 0) and how many ended 'unknown'.
 */
export async function run(): Promise<void> {
  const log = (line: string) => console.log(`  ${line}`);
  const concurrency = 8;

  console.log('1) throughput: 2,000 recipients, one tenant, no kills');
  const plain = await runCrashLoop({ recipients: 2000, tenants: 1, kills: 0, concurrency, log });
  console.table({
    throughput: {
      recipients: plain.recipients,
      'delivered/s': Number(plain.deliveriesPerSecond.toFixed(1)),
      'ratio to 50/s': Number((plain.deliveriesPerSecond / 50).toFixed(3)),
      duplicates: plain.duplicates.length,
      '429s': plain.throttled,
      delivered: plain.statuses.delivered ?? 0,
    },
  });

  const kills = Number(process.env.CRASH_KILLS ?? 10);
  console.log(
    `2) crash loop: 2,000 recipients in one tenant (a 40 s fan-out), ${kills} SIGKILLs at random points`,
  );
  const crash = await runCrashLoop({ recipients: 2000, tenants: 1, kills, concurrency, log });
  console.table({
    crash: {
      recipients: crash.recipients,
      kills: crash.kills,
      'received at stand-in': crash.received,
      duplicates: crash.duplicates.length,
      delivered: crash.statuses.delivered ?? 0,
      unknown: crash.unknown,
      'max unknown per killed instance': Math.max(0, ...Object.values(crash.unknownByInstance)),
      'unknown ≤ concurrency × kills': crash.unknown <= concurrency * kills,
      unaccounted: crash.unaccounted.length,
      '429s': crash.throttled,
      seconds: Number((crash.durationMs / 1000).toFixed(1)),
    },
  });
}
