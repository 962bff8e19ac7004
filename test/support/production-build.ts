import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';
import { REPO_ROOT } from './spawn-app';

const run = promisify(execFile);

/**
 * Builds the deployable folder into `outDir` with the project's own `npm run build` and installs
 * its production dependencies there with `npm ci --omit=dev`, as the deploy stage does. Nothing
 * of the repository's node_modules is visible from a folder outside the repository.
 */
export async function buildAndInstall(outDir: string): Promise<{ buildMs: number; installMs: number }> {
  const npmEnv = { ...process.env, npm_config_update_notifier: 'false' };
  const started = performance.now();
  await run('npm', ['run', 'build', '--', '--out', outDir], {
    cwd: REPO_ROOT,
    env: npmEnv,
    maxBuffer: 64 * 1024 * 1024,
  });
  const built = performance.now();
  await run('npm', ['ci', '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund'], {
    cwd: outDir,
    env: npmEnv,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { buildMs: built - started, installMs: performance.now() - built };
}

/** Packages that must never be needed to run the built server. */
export const DEV_ONLY_PACKAGES = [
  'tsx',
  'typescript',
  'esbuild',
  'vite',
  'jest',
  '@swc/core',
  'react',
  'zod',
];

export const distPath = (outDir: string, ...parts: string[]) => path.join(outDir, ...parts);
