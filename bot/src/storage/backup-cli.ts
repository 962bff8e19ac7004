/**
 * `npm run store:backup -- <file>` — copies the embedded store (DATA_DIR) to <file>, also while
 * the app runs. `npm run store:restore -- <file>` — puts a backup back, with the app stopped.
 * Prints what was copied as JSON; exits 1 with the reason otherwise.
 */
import { errorMessage, isDomainError } from '@ambassadors/shared';
import { loadCosmosConfig } from './cosmos-config';
import { backupEmbeddedStore, restoreEmbeddedStore } from './embedded-backup';

function main(argv: string[]): void {
  const [command, file] = argv;
  const config = loadCosmosConfig();
  if (config.mode !== 'embedded') {
    throw new Error('COSMOS_ENDPOINT is set: Cosmos DB has its own backups (see docs/admin-guide.md).');
  }
  if ((command !== 'backup' && command !== 'restore') || !file) {
    throw new Error('usage: backup-cli (backup|restore) <file>');
  }
  const result =
    command === 'backup'
      ? backupEmbeddedStore(config.dataDir, config.databaseId, file)
      : restoreEmbeddedStore(config.dataDir, config.databaseId, file);
  process.stdout.write(`${JSON.stringify({ command, dataDir: config.dataDir, ...result })}\n`);
}

try {
  main(process.argv.slice(2));
} catch (error) {
  const message = isDomainError(error)
    ? `${errorMessage(error.code, 'en', error.params)}${error.cause ? ` (${String(error.cause)})` : ''}`
    : error instanceof Error
      ? error.message
      : String(error);
  process.stderr.write(`${message}\n`);
  process.exit(1);
}
