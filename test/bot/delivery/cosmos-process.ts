import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedCosmos } from '../../../bot/src/storage/embedded-cosmos';

/**
 * The embedded Cosmos server in a process of its own, for the crash test and the fan-out bench:
 * like the real service it outlives the app process being killed, and its CPU work (the server
 * scans documents in JavaScript) does not stall the connector stand-in's clock. Prints one JSON
 * line `{ endpoint, key }` when ready; stops on SIGTERM.
 */
async function main(): Promise<void> {
  const dataDir = process.env.DATA_DIR ?? (await mkdtemp(path.join(os.tmpdir(), 'ambassadors-cosmos-')));
  const cosmos = await startEmbeddedCosmos({ dataDir, snapshotDelayMs: 3_600_000 });
  process.stdout.write(`${JSON.stringify({ endpoint: cosmos.endpoint, key: cosmos.key })}\n`);
  process.on('SIGTERM', () => {
    void cosmos.close().finally(() => process.exit(0));
  });
}

void main();
