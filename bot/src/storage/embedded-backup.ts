import { chmodSync, copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { DomainError } from '@ambassadors/shared';
import { databaseFileName, lockOwner, PRIVATE_DIR_MODE, PRIVATE_FILE_MODE } from './embedded-sqlite';

export interface BackupResult {
  file: string;
  bytes: number;
  programmeDocuments: number;
  deliveryDocuments: number;
}

/**
 * A consistent copy of the embedded store, safe while the app runs: `VACUUM INTO` reads one
 * snapshot of the database through SQLite (a writer in the app neither blocks it nor tears it)
 * and writes a compact standalone file. The copy is checked before it is reported as done.
 */
export function backupEmbeddedStore(dataDir: string, databaseId: string, destination: string): BackupResult {
  const source = path.join(path.resolve(dataDir), databaseFileName(databaseId));
  if (!existsSync(source)) throw new DomainError('NOT_FOUND', {});
  const target = path.resolve(destination);
  if (existsSync(target)) throw new DomainError('ALREADY_EXISTS', {});
  mkdirSync(path.dirname(target), { recursive: true, mode: PRIVATE_DIR_MODE });
  const db = new DatabaseSync(source);
  try {
    db.exec('PRAGMA busy_timeout = 10000');
    db.prepare('VACUUM INTO ?').run(target);
  } finally {
    db.close();
  }
  chmodSync(target, PRIVATE_FILE_MODE);
  return { file: target, ...verifyStoreFile(target) };
}

/** Opens a store file on its own and checks it: integrity, layout, and what it holds. */
export function verifyStoreFile(file: string): Omit<BackupResult, 'file'> {
  let db: DatabaseSync | undefined;
  try {
    db = new DatabaseSync(file, { readOnly: true });
    const check = db.prepare('PRAGMA integrity_check').get() as Record<string, unknown> | undefined;
    if (!check || Object.values(check)[0] !== 'ok')
      throw new Error(`integrity_check: ${JSON.stringify(check)}`);
    const count = (table: string) =>
      Number((db!.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n);
    const version = db.prepare("SELECT value FROM meta WHERE key = 'schemaVersion'").get();
    if (!version) throw new Error('not an Ambassadors store (no schema version)');
    const result = {
      bytes: Number(
        (
          db
            .prepare('SELECT page_count * page_size AS n FROM pragma_page_count(), pragma_page_size()')
            .get() as { n: number }
        ).n,
      ),
      programmeDocuments: count('programme_docs'),
      deliveryDocuments: count('delivery_docs'),
    };
    return result;
  } catch (error) {
    throw new DomainError('STORE_SNAPSHOT_INVALID', { path: file }, { cause: error });
  } finally {
    db?.close();
  }
}

/**
 * Puts a backup in place of the store in `dataDir`. Only while the app is stopped (its lock
 * says so); the backup is verified first, and the store it replaces is kept next to it
 * (`<name>.before-restore-<time>`), so a restore can itself be undone.
 */
export function restoreEmbeddedStore(
  dataDir: string,
  databaseId: string,
  backupFile: string,
): BackupResult & { previous: string | null } {
  const dir = path.resolve(dataDir);
  const owner = lockOwner(dir);
  if (owner !== null) throw new DomainError('STORE_IN_USE', { path: dir, pid: String(owner) });
  const verified = verifyStoreFile(path.resolve(backupFile));
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  const live = path.join(dir, databaseFileName(databaseId));
  const incoming = `${live}.restore-tmp`;
  copyFileSync(path.resolve(backupFile), incoming);
  chmodSync(incoming, PRIVATE_FILE_MODE);
  let previous: string | null = null;
  if (existsSync(live)) {
    previous = `${live}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    // Fold the old store's log into it first, so the kept copy is one complete file.
    const old = new DatabaseSync(live);
    try {
      old.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    } finally {
      old.close();
    }
    renameSync(live, previous);
  }
  for (const suffix of ['-wal', '-shm']) rmSync(`${live}${suffix}`, { force: true });
  renameSync(incoming, live);
  return { file: live, ...verified, previous };
}
