import path from 'node:path';
import { DomainError } from '@ambassadors/shared';
import { APP_ROOT } from '../runtime/app-root';
import { storageSettings } from '../runtime/app-config';

/** Where `.data` lives when DATA_DIR is not set: the app's root folder, next to package.json. */
export const REPO_ROOT = APP_ROOT;

/**
 * How the process reaches Cosmos DB. Three shapes, because production and a developer laptop
 * differ only here:
 * - `embedded`: no COSMOS_ENDPOINT — an in-process `@vercel/cosmosdb-server` persisted to a
 *   snapshot file in `dataDir` (zero setup for `npm start` and the tests);
 * - `key`: COSMOS_ENDPOINT + COSMOS_KEY — an account key (the Azure emulator, or a test account;
 *   for the emulator's self-signed certificate set NODE_EXTRA_CA_CERTS rather than turning TLS
 *   checks off — only the in-process server's own client skips them);
 * - `identity`: COSMOS_ENDPOINT only — Entra ID via `DefaultAzureCredential` (managed identity in
 *   App Service), so production needs no secret at all and local keys can stay disabled.
 */
export type CosmosConfig =
  | { mode: 'embedded'; databaseId: string; dataDir: string }
  | { mode: 'key'; databaseId: string; endpoint: string; key: string }
  | { mode: 'identity'; databaseId: string; endpoint: string };

/**
 * Reads the Cosmos settings from the environment (their schema and defaults: runtime/app-config.ts). A bad
 * value is a startup error with the variable's name in it, not a failure on the first request.
 */
export function loadCosmosConfig(
  env: NodeJS.ProcessEnv = process.env,
  repoRoot: string = REPO_ROOT,
): CosmosConfig {
  const parsed = storageSettings.safeParse(env);
  if (!parsed.success) {
    const details = parsed.error.issues
      .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
      .join('; ');
    throw new DomainError('VALIDATION_FAILED', { details });
  }
  const { COSMOS_ENDPOINT: endpoint, COSMOS_KEY: key, COSMOS_DATABASE: databaseId, DATA_DIR } = parsed.data;
  if (!endpoint) return { mode: 'embedded', databaseId, dataDir: path.resolve(repoRoot, DATA_DIR) };
  return key ? { mode: 'key', databaseId, endpoint, key } : { mode: 'identity', databaseId, endpoint };
}
