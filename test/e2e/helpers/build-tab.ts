import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

/**
 * Builds the tab for production (the same `vite build` as `npm run build -w tab`) into a fresh
 * folder, so browser tests always run against the current source, on a fresh clone too. Vite is
 * ESM-only, so it runs in a child process (jest's module system is CommonJS).
 */
export async function buildTab(outDir?: string): Promise<string> {
  const dir = outDir ?? (await mkdtemp(path.join(os.tmpdir(), 'ambassadors-tab-dist-')));
  const vite = path.join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  await run(
    process.execPath,
    [
      vite,
      'build',
      '--config',
      path.join(REPO_ROOT, 'tab', 'vite.config.ts'),
      '--outDir',
      dir,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    {
      cwd: path.join(REPO_ROOT, 'tab'),
      env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  return dir;
}
