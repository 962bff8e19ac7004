import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startApp, type StartAppOptions, type StartedApp } from '../../bot/src/composition/start-app';
import { createLogger } from '../../bot/src/runtime/logger';

export interface TestServer extends StartedApp {
  baseUrl: string;
  dataDir: string;
}

/**
 * Starts the real app in-process on a free loopback port with its own embedded Cosmos server
 * and a fresh data folder. `env` adds to a minimal environment (no COSMOS_ENDPOINT, local mode
 * unless AAD_APP_CLIENT_ID is given); logs are silent unless LOG_LEVEL is set.
 */
export async function startTestServer(
  options: Omit<StartAppOptions, 'env' | 'port'> & { env?: Record<string, string>; dataDir?: string } = {},
): Promise<TestServer> {
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'ambassadors-test-')));
  const ownsDataDir = options.dataDir === undefined;
  const app = await startApp({
    ...options,
    // Suites about other things create programmes as ordinary people; the creation policy's own
    // tests set PROGRAMME_CREATION_DEFAULT themselves.
    env: { DATA_DIR: dataDir, HOST: '127.0.0.1', PROGRAMME_CREATION_DEFAULT: 'everyone', ...options.env },
    port: 0,
    logger: options.logger ?? createLogger({ level: process.env.LOG_LEVEL ?? 'silent' }),
  });
  return {
    ...app,
    baseUrl: app.url,
    dataDir,
    async close() {
      await app.close();
      if (ownsDataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** fetch + JSON with the defaults the API tests need. */
export async function api(
  baseUrl: string,
  pathname: string,
  init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: any; headers: Headers }> {
  const response = await fetch(`${baseUrl}${pathname}`, {
    method: init.method ?? 'GET',
    headers: {
      ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...init.headers,
    },
    ...(init.body !== undefined
      ? { body: typeof init.body === 'string' ? init.body : JSON.stringify(init.body) }
      : {}),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body, headers: response.headers };
}
