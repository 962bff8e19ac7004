/**
 * What is deployed, measured: the deployable folder of `npm run build` with its production
 * dependencies installed, next to the repository's full node_modules (what a deploy of the whole
 * repository would upload), and the cold start to a healthy `/healthz` of the built server
 * (`node server.js`) next to the development start (`node --import tsx bot/src/main.ts`, what `npm start` runs
 * once the tab is built). Both starts use an empty data folder, so both seed the demo programme.
 *
 * Run: `npm run bench -- deploy`
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT, spawnApp, spawnBuiltApp, type SpawnedApp } from '../support/spawn-app';
import { buildAndInstall } from '../support/production-build';

const STARTS = 3;

function megabytes(folder: string): number {
  const kib = Number(execFileSync('du', ['-sk', folder], { encoding: 'utf8' }).split('\t')[0]);
  return kib / 1024;
}

async function waitHealthy(app: SpawnedApp): Promise<void> {
  for (;;) {
    const response = await fetch(`${app.baseUrl}/healthz`).catch(() => undefined);
    if (response?.status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function coldStarts(
  start: (dataDir: string) => Promise<SpawnedApp>,
  scratch: string,
): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < STARTS; i += 1) {
    const dataDir = path.join(scratch, `data-${Math.random().toString(36).slice(2)}`);
    const started = performance.now();
    const app = await start(dataDir);
    await waitHealthy(app);
    times.push(performance.now() - started);
    await app.stop('SIGTERM');
  }
  return times;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function run(): Promise<void> {
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'ambassadors-deploy-bench-'));
  try {
    const out = path.join(scratch, 'dist');
    const { buildMs, installMs } = await buildAndInstall(out);
    const deployed = megabytes(out);
    const full = megabytes(path.join(REPO_ROOT, 'node_modules'));
    console.log(
      `build ${(buildMs / 1000).toFixed(1)} s, npm ci --omit=dev ${(installMs / 1000).toFixed(1)} s`,
    );
    console.log(
      `deploy size: dist/ with production node_modules ${deployed.toFixed(1)} MB ` +
        `(server.js ${megabytes(path.join(out, 'server.js')).toFixed(1)} MB, ` +
        `node_modules ${megabytes(path.join(out, 'node_modules')).toFixed(1)} MB) ` +
        `vs the repository's node_modules ${full.toFixed(1)} MB → ${(deployed / full).toFixed(3)}×`,
    );

    const built = await coldStarts(
      (dataDir) => spawnBuiltApp(out, { PORT: '0', DATA_DIR: dataDir }),
      scratch,
    );
    const dev = await coldStarts((dataDir) => spawnApp({ PORT: '0', DATA_DIR: dataDir }), scratch);
    const fmt = (times: number[]) => times.map((t) => t.toFixed(0)).join(' / ');
    console.log(
      `cold start to /healthz 200, built server (node server.js): ${fmt(built)} ms, median ${median(built).toFixed(0)} ms`,
    );
    console.log(
      `cold start to /healthz 200, npm start (tsx loader):     ${fmt(dev)} ms, median ${median(dev).toFixed(0)} ms`,
    );
    console.log(`ratio built / tsx: ${(median(built) / median(dev)).toFixed(2)}×`);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
