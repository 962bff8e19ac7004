import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');

export interface SpawnedApp {
  child: ChildProcess;
  baseUrl: string;
  output: () => string;
  /** Sends the signal to the app's process group and waits for it to exit. */
  stop(signal?: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Starts `bot/src/main.ts` exactly as `npm start` does (`node --import tsx` on the project's
 * Node 24: tsx as a loader in one process, not the CLI, whose signal relay SIGKILLs an app that
 * has not confirmed a signal within 30 ms), and waits for the line that says where it listens.
 */
export async function spawnApp(env: Record<string, string>, timeoutMs = 60_000): Promise<SpawnedApp> {
  const bin = path.join(REPO_ROOT, 'node_modules', '.bin');
  return spawnServer(
    process.execPath,
    ['--import', 'tsx', 'bot/src/main.ts'],
    REPO_ROOT,
    { PATH: `${bin}:${process.env.PATH ?? ''}`, ...env },
    timeoutMs,
  );
}

/**
 * Starts the bundled server of a deployable folder (`npm run build`) the way App Service does,
 * `node server.js` in that folder, on the Node that runs the tests (the project's Node 24).
 * `nodeArgs` go before the script (flags NODE_OPTIONS refuses, such as `--trace-gc`).
 */
export async function spawnBuiltApp(
  distDir: string,
  env: Record<string, string>,
  timeoutMs = 60_000,
  nodeArgs: readonly string[] = [],
): Promise<SpawnedApp> {
  return spawnServer(process.execPath, [...nodeArgs, 'server.js'], distDir, env, timeoutMs);
}

async function spawnServer(
  command: string,
  args: string[],
  cwd: string,
  env: Record<string, string>,
  timeoutMs: number,
): Promise<SpawnedApp> {
  const child = spawn(command, args, {
    cwd,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/tmp',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so a stop reaches the app and anything it started.
    detached: true,
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const baseUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`app did not start in ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    );
    const check = () => {
      const match = /running at (http:\/\/[^/\s]+)\/tab/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', check);
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`app exited before it started:\n${output}`));
    });
  });
  return {
    child,
    baseUrl,
    output: () => output,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
        try {
          process.kill(-child.pid, signal);
        } catch {
          child.kill(signal);
        }
      }
      return exited;
    },
  };
}
