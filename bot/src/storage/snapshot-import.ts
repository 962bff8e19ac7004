import { rename } from 'node:fs/promises';
import path from 'node:path';
import { ttlExpiresAt } from './cosmos-ttl';
import { readSnapshot, SNAPSHOT_FILE } from './embedded-cosmos';
import {
  CONTAINER_DEFAULT_TTL,
  deliveryColumns,
  newEtag,
  programmeColumns,
  type EmbeddedDatabase,
} from './embedded-sqlite';

/** What the snapshot is renamed to once imported: kept as a copy, never imported again. */
export const IMPORTED_SNAPSHOT_FILE = 'cosmos-snapshot.imported.json';
const IMPORTED_KEY = 'cosmosSnapshotImported';

export interface SnapshotImportResult {
  programmes: number;
  delivery: number;
  /** Documents without the keys their container needs (never written by the app). */
  skipped: number;
}

/**
 * Moves the data of the earlier embedded store (the Cosmos-protocol server's
 * `cosmos-snapshot.json` in the same DATA_DIR) into the SQLite store, once: on the first start
 * of a store that holds nothing yet. Everything is written in one transaction together with a
 * marker, so a crash half-way imports again from the start and a finished import never repeats;
 * the snapshot is then renamed, not deleted. The snapshot kept no write times, so a document's
 * `ttl` counts from the moment the snapshot was saved — at most that much later than on Cosmos,
 * and check-ins are hidden past their `expiresAt` regardless.
 */
export async function importCosmosSnapshotOnce(
  database: EmbeddedDatabase,
  databaseId: string,
): Promise<SnapshotImportResult | null> {
  const { db } = database;
  const snapshotPath = path.join(database.dataDir, SNAPSHOT_FILE);
  const importedPath = path.join(database.dataDir, IMPORTED_SNAPSHOT_FILE);
  if (db.prepare('SELECT 1 AS done FROM meta WHERE key = ?').get(IMPORTED_KEY)) {
    // Imported, but the process stopped before the rename: finish it.
    await rename(snapshotPath, importedPath).catch(() => undefined);
    return null;
  }
  const snapshot = await readSnapshot(snapshotPath);
  if (!snapshot) return null;
  const holds = (table: string) => Boolean(db.prepare(`SELECT 1 AS found FROM ${table} LIMIT 1`).get());
  if (holds('programme_docs') || holds('delivery_docs')) return null;

  const savedAt = Date.parse(snapshot.savedAt);
  const writtenAt = Number.isNaN(savedAt) ? Date.now() : savedAt;
  const account = snapshot.databases.find((entry) => entry.id === databaseId);
  const result: SnapshotImportResult = { programmes: 0, delivery: 0, skipped: 0 };
  const insertProgramme = db.prepare(
    'INSERT OR REPLACE INTO programme_docs (tenant_id, programme_id, id, type, next_check_at, expires_at, etag, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insertDelivery = db.prepare(
    `INSERT OR REPLACE INTO delivery_docs (tenant_id, id, type, programme_id, status, next_attempt_at, lease_until, expires_at, etag, body)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const keyed = (doc: Record<string, unknown>, ...fields: string[]) =>
    fields.every((field) => typeof doc[field] === 'string' && doc[field] !== '');
  database.transaction(() => {
    for (const container of account?.containers ?? []) {
      for (const raw of container.documents) {
        const doc = raw as Record<string, unknown>;
        if (container.definition.id === 'programmes' && keyed(doc, 'tenantId', 'programmeId', 'type')) {
          const c = programmeColumns(doc);
          const expiresAt = ttlExpiresAt(CONTAINER_DEFAULT_TTL.programmes, doc.ttl, writtenAt);
          insertProgramme.run(
            c.tenantId,
            c.programmeId,
            c.id,
            c.type,
            c.nextCheckAt,
            expiresAt,
            newEtag(),
            JSON.stringify(doc),
          );
          result.programmes += 1;
        } else if (container.definition.id === 'delivery' && keyed(doc, 'tenantId', 'type')) {
          const c = deliveryColumns(doc);
          const expiresAt = ttlExpiresAt(CONTAINER_DEFAULT_TTL.delivery, doc.ttl, writtenAt);
          insertDelivery.run(
            c.tenantId,
            c.id,
            c.type,
            c.programmeId,
            c.status,
            c.nextAttemptAt,
            c.leaseUntil,
            expiresAt,
            newEtag(),
            JSON.stringify(doc),
          );
          result.delivery += 1;
        } else {
          result.skipped += 1;
        }
      }
    }
    db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(
      IMPORTED_KEY,
      JSON.stringify({ at: new Date().toISOString(), ...result }),
    );
  });
  await rename(snapshotPath, importedPath);
  return result;
}
