import { randomUUID } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { DomainError } from '@ambassadors/shared';
import { DELIVERY_CONTAINER, PROGRAMMES_CONTAINER } from './cosmos-client';

/** The embedded store's file in DATA_DIR (`-wal` and `-shm` files sit next to it while it runs). */
export function databaseFileName(databaseId: string): string {
  return `${databaseId}.sqlite`;
}

/** Who has the data folder open: `{ pid }` of the running app; removed on a clean stop. */
export const LOCK_FILE = 'store.lock';

/** Private to the account that runs the app: people's data lives in these files. */
export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/** The Cosmos containers' default TTLs, honoured the same way here (see cosmos-ttl.ts). */
export const CONTAINER_DEFAULT_TTL = {
  programmes: PROGRAMMES_CONTAINER.defaultTtl ?? null,
  delivery: DELIVERY_CONTAINER.defaultTtl ?? null,
} as const;

/**
 * Version 1 of the layout. One table per Cosmos container, keyed like the container's partition
 * key plus id, so a board is a primary-key range and ids are unique per partition as in real
 * Cosmos. The JSON document is kept whole in `body`; the few columns next to it are copies of
 * the fields queries filter or sort on, each with the index that query needs — partial indexes,
 * so the scheduler's and dispatcher's scans read only what is due, not what is stored.
 */
const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS programme_docs (
  tenant_id TEXT NOT NULL,
  programme_id TEXT NOT NULL,
  id TEXT NOT NULL,
  type TEXT NOT NULL,
  next_check_at TEXT,
  expires_at INTEGER,
  etag TEXT NOT NULL,
  body TEXT NOT NULL,
  PRIMARY KEY (tenant_id, programme_id, id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS programme_docs_by_type ON programme_docs (tenant_id, type);
CREATE INDEX IF NOT EXISTS programme_docs_due ON programme_docs (next_check_at)
  WHERE type = 'scheduleState';
CREATE INDEX IF NOT EXISTS programme_docs_expiry ON programme_docs (expires_at)
  WHERE expires_at IS NOT NULL;
CREATE TABLE IF NOT EXISTS delivery_docs (
  tenant_id TEXT NOT NULL,
  id TEXT NOT NULL,
  type TEXT NOT NULL,
  programme_id TEXT,
  status TEXT,
  next_attempt_at TEXT,
  lease_until TEXT,
  expires_at INTEGER,
  etag TEXT NOT NULL,
  body TEXT NOT NULL,
  PRIMARY KEY (tenant_id, id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS delivery_docs_by_programme ON delivery_docs (tenant_id, type, programme_id);
CREATE INDEX IF NOT EXISTS delivery_docs_claimable ON delivery_docs (next_attempt_at)
  WHERE type = 'outbox' AND status IN ('queued', 'deferred');
CREATE INDEX IF NOT EXISTS delivery_docs_sending ON delivery_docs (lease_until)
  WHERE type = 'outbox' AND status = 'sending';
CREATE INDEX IF NOT EXISTS delivery_docs_expiry ON delivery_docs (expires_at)
  WHERE expires_at IS NOT NULL;
`;
const SCHEMA_VERSION = 1;

/** A fresh opaque ETag for every write, bare like the emulator's (the HTTP layer quotes it). */
export function newEtag(): string {
  return randomUUID();
}

/** The query columns of a `programmes` document (everything else stays in `body`). */
export function programmeColumns(doc: Record<string, unknown>): {
  tenantId: string;
  programmeId: string;
  id: string;
  type: string;
  nextCheckAt: string | null;
} {
  return {
    tenantId: String(doc.tenantId),
    programmeId: String(doc.programmeId),
    id: String(doc.id),
    type: String(doc.type),
    nextCheckAt: doc.type === 'scheduleState' && typeof doc.nextCheckAt === 'string' ? doc.nextCheckAt : null,
  };
}

/** The query columns of a `delivery` document. */
export function deliveryColumns(doc: Record<string, unknown>): {
  tenantId: string;
  id: string;
  type: string;
  programmeId: string | null;
  status: string | null;
  nextAttemptAt: string | null;
  leaseUntil: string | null;
} {
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  return {
    tenantId: String(doc.tenantId),
    id: String(doc.id),
    type: String(doc.type),
    programmeId: text(doc.programmeId),
    status: text(doc.status),
    nextAttemptAt: text(doc.nextAttemptAt),
    leaseUntil: text(doc.leaseUntil),
  };
}

export interface EmbeddedDatabase {
  db: DatabaseSync;
  dataDir: string;
  file: string;
  /** Runs `work` as one transaction: all of it is on disk (fsync'd) when this returns, or none. */
  transaction<T>(work: () => T): T;
  /**
   * Group commit: runs `work` at once, all or nothing (a savepoint), inside the transaction of
   * the current event-loop turn, and resolves once that transaction is committed and fsync'd —
   * so concurrent writers share one log flush instead of queueing for one each. A write is
   * only acknowledged when it is durable; a failing `work` rejects without touching the others.
   * (Reads on this connection may see a batch's writes a moment before their commit.)
   */
  write<T>(work: () => T): Promise<T>;
  /** Deletes documents whose TTL has run out (they are already invisible); returns how many. */
  purgeExpired(nowMs?: number): number;
  /** A consistent copy of the whole store at `destination` (a new file), taken while it runs. */
  backupTo(destination: string): void;
  readonly open: boolean;
  close(): void;
}

export interface EmbeddedDatabaseOptions {
  dataDir: string;
  databaseId: string;
  /** How often expired documents are deleted in the background (default 60 s; 0 = never). */
  purgeIntervalMs?: number;
  /** The clock TTL is measured against (default: wall-clock time). */
  now?: () => number;
}

/**
 * Opens (or creates) the embedded store: SQLite through Node's built-in `node:sqlite` (no native
 * download; Node ≥ 22.13 without a flag). WAL journal with `synchronous = FULL`: every commit is
 * appended to the write-ahead log and fsync'd before the call returns, so whatever the store
 * acknowledged survives the process being killed at any moment, and a torn last frame of the
 * log is discarded by SQLite's checksums on the next open. A write costs one log append,
 * whatever the database holds; checkpoints move the log into the main file incrementally.
 */
export function openEmbeddedDatabase(options: EmbeddedDatabaseOptions): EmbeddedDatabase {
  const dataDir = path.resolve(options.dataDir);
  const now = options.now ?? Date.now;
  if (!existsSync(dataDir)) mkdirSync(dataDir, { recursive: true, mode: PRIVATE_DIR_MODE });
  const file = path.join(dataDir, databaseFileName(options.databaseId));
  claimLock(dataDir);
  if (!existsSync(file)) closeSync(openSync(file, 'a', PRIVATE_FILE_MODE));
  // SQLite gives its -wal and -shm files the main file's mode.
  chmodSync(file, PRIVATE_FILE_MODE);
  let db: DatabaseSync;
  try {
    db = new DatabaseSync(file);
    db.exec('PRAGMA busy_timeout = 5000');
    db.exec('PRAGMA journal_mode = WAL');
    db.exec('PRAGMA synchronous = FULL');
    const check = db.prepare('PRAGMA quick_check').get() as Record<string, unknown> | undefined;
    if (!check || Object.values(check)[0] !== 'ok') throw new Error(`quick_check: ${JSON.stringify(check)}`);
    db.exec(SCHEMA);
    db.prepare("INSERT OR IGNORE INTO meta (key, value) VALUES ('schemaVersion', ?)").run(
      String(SCHEMA_VERSION),
    );
  } catch (error) {
    releaseLock(dataDir);
    throw new DomainError('STORE_SNAPSHOT_INVALID', { path: file }, { cause: error });
  }

  type Waiter = { resolve: () => void; reject: (error: unknown) => void };
  let batch: Waiter[] | null = null;
  const commitBatch = () => {
    const waiters = batch;
    batch = null;
    if (!waiters) return;
    try {
      db.exec('COMMIT');
    } catch (error) {
      try {
        if (db.isOpen && db.isTransaction) db.exec('ROLLBACK');
      } catch {
        // the rollback's own failure changes nothing for the waiters
      }
      for (const waiter of waiters) waiter.reject(error);
      return;
    }
    for (const waiter of waiters) waiter.resolve();
  };
  const write = <T>(work: () => T): Promise<T> => {
    try {
      if (!batch) {
        db.exec('BEGIN IMMEDIATE');
        batch = [];
        setImmediate(commitBatch);
      }
      db.exec('SAVEPOINT batch_write');
    } catch (error) {
      return Promise.reject(error);
    }
    let value: T;
    try {
      value = work();
      db.exec('RELEASE batch_write');
    } catch (error) {
      db.exec('ROLLBACK TO batch_write');
      db.exec('RELEASE batch_write');
      return Promise.reject(error);
    }
    const waiters = batch;
    return new Promise<T>((resolve, reject) => waiters.push({ resolve: () => resolve(value), reject }));
  };

  const transaction = <T>(work: () => T): T => {
    // A transaction of its own: what the current batch holds is committed first.
    commitBatch();
    db.exec('BEGIN IMMEDIATE');
    try {
      const result = work();
      db.exec('COMMIT');
      return result;
    } catch (error) {
      if (db.isTransaction) db.exec('ROLLBACK');
      throw error;
    }
  };
  const purgeProgrammes = db.prepare(
    'DELETE FROM programme_docs WHERE expires_at IS NOT NULL AND expires_at <= ?',
  );
  const purgeDelivery = db.prepare(
    'DELETE FROM delivery_docs WHERE expires_at IS NOT NULL AND expires_at <= ?',
  );
  const purgeExpired = (at: number = now()) =>
    transaction(() => Number(purgeProgrammes.run(at).changes) + Number(purgeDelivery.run(at).changes));

  let timer: NodeJS.Timeout | undefined;
  const interval = options.purgeIntervalMs ?? 60_000;
  if (interval > 0) {
    timer = setInterval(() => {
      try {
        if (db.isOpen) purgeExpired();
      } catch (error) {
        process.stderr.write(`embedded store purge failed: ${String(error)}\n`);
      }
    }, interval);
    timer.unref();
  }

  return {
    db,
    dataDir,
    file,
    transaction,
    write,
    purgeExpired,
    backupTo(destination: string) {
      commitBatch();
      const target = path.resolve(destination);
      mkdirSync(path.dirname(target), { recursive: true, mode: PRIVATE_DIR_MODE });
      db.prepare('VACUUM INTO ?').run(target);
      chmodSync(target, PRIVATE_FILE_MODE);
    },
    get open() {
      return db.isOpen;
    },
    close() {
      if (timer) clearInterval(timer);
      if (db.isOpen) commitBatch();
      if (db.isOpen) db.close();
      releaseLock(dataDir);
    },
  };
}

/** Whether a process with this id is running (the lock's owner after a crash is not). */
export function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The pid that holds the data folder, or null (no lock, or its owner is gone). */
export function lockOwner(dataDir: string): number | null {
  try {
    const pid = Number(JSON.parse(readFileSync(path.join(dataDir, LOCK_FILE), 'utf8')).pid);
    return pid !== process.pid && processAlive(pid) ? pid : null;
  } catch {
    return null;
  }
}

/**
 * One process per data folder: two would each think their view is the store. A lock left by a
 * process that was killed is taken over; one held by a running process stops the start.
 */
function claimLock(dataDir: string): void {
  const owner = lockOwner(dataDir);
  if (owner !== null) throw new DomainError('STORE_IN_USE', { path: dataDir, pid: String(owner) });
  writeFileSync(path.join(dataDir, LOCK_FILE), JSON.stringify({ pid: process.pid }), {
    mode: PRIVATE_FILE_MODE,
  });
}

function releaseLock(dataDir: string): void {
  const file = path.join(dataDir, LOCK_FILE);
  try {
    if (Number(JSON.parse(readFileSync(file, 'utf8')).pid) === process.pid) rmSync(file, { force: true });
  } catch {
    // no lock, or not ours
  }
}
