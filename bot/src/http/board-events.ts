import { createHash } from 'node:crypto';
import {
  DomainError,
  buildBoardView,
  type Clock,
  type ProgrammeBoard,
  type ProgrammeStore,
  type TenantContext,
} from '@ambassadors/shared';
import type { BoardViewOptions } from '@ambassadors/shared/views/alignment-round-view';
import type { Logger } from '../runtime/logger';
import type { BoardEventsConfig } from './board-events-config';

/** What a subscriber is told: the programme changed as they see it; they re-read it through the API. */
export interface BoardChanged {
  programmeId: string;
  /** A digest of the caller's own view of the board (null once the programme is gone). */
  version: string | null;
}

/** One open stream, as the hub sees it: who listens, to which programme, and how to reach them. */
export interface BoardSubscriber {
  ctx: TenantContext;
  programmeId: string;
  send(event: BoardChanged): void;
  /** Ends the stream (server shutdown). */
  end(): void;
}

export interface BoardEvents {
  /**
   * Starts telling `subscriber` about changes, from `board` (just read for the authorisation) as
   * the baseline; 429 TOO_MANY_STREAMS past the per-person or per-tenant cap. Returns the version
   * the subscriber starts from and the function that stops the subscription.
   */
  subscribe(subscriber: BoardSubscriber, board: ProgrammeBoard): { version: string; stop: () => void };
  /** A write of this instance stored something in the programme: look now, not at the next poll. */
  changed(tenantId: string, programmeId: string): void;
  /** Ends every stream and stops every timer (before the server closes, so closing does not wait on them). */
  close(): void;
  /** Open streams in this instance (diagnostics and tests). */
  openStreams(): number;
  /** The settings the hub runs with (the route reads heartbeat and lifetime from them). */
  readonly config: BoardEventsConfig;
}

export interface BoardEventsDeps {
  store: Pick<ProgrammeStore, 'loadBoard'>;
  clock: Clock;
  logger: Logger;
  config: BoardEventsConfig;
  /** What the views need beyond the board (the alignment pseudonyms), as the routes build them. */
  viewOptions?: BoardViewOptions;
}

/** Views are rebuilt at least this often even when nothing was written: time alone moves some facts (days left, a deadline). */
const VIEW_REFRESH_MS = 60_000;

/**
 * The caller's view of the board reduced to a short digest. Built from the same view the GET
 * answers with, so a subscriber hears of a change only when what they may see changed: a
 * check-in below the anonymity threshold changes nothing a leader sees, and its timing is not
 * given away to them.
 */
export function boardVersion(
  board: ProgrammeBoard,
  userId: string,
  now: Date,
  options: BoardViewOptions = {},
): string {
  const view = { ...buildBoardView(board, userId, now, options), generatedAt: '' };
  return createHash('sha256').update(JSON.stringify(view)).digest('base64url').slice(0, 22);
}

/** Every stored version in the board: changes with any write, cheap to compare. */
function fingerprintOf(board: ProgrammeBoard): string {
  const etags: string[] = [board.programme.etag];
  for (const value of Object.values(board)) {
    if (Array.isArray(value))
      for (const doc of value as { id: string; etag: string }[]) etags.push(`${doc.id}:${doc.etag}`);
  }
  return etags.join('|');
}

interface Watch {
  tenantId: string;
  programmeId: string;
  subscribers: Map<BoardSubscriber, { version: string | null }>;
  timer: NodeJS.Timeout;
  running: boolean;
  again: boolean;
  fingerprint: string | null;
  viewsBuiltAt: number;
}

const keyOf = (tenantId: string, programmeId: string) => `${tenantId}\u0000${programmeId}`;

/**
 * Programme-changed events for open boards, in memory per instance. A write of this instance
 * calls `changed` (the store does, see change-notifying-store.ts), and every watched programme is
 * also re-read every `pollMs`, so a write made by another instance reaches this one's streams
 * within about a second without a broker. Only programmes somebody watches are read, one read
 * per programme however many people watch it, and the views are rebuilt only when a stored
 * version changed.
 */
export function createBoardEvents(deps: BoardEventsDeps): BoardEvents {
  const watches = new Map<string, Watch>();
  const perUser = new Map<string, number>();
  const perTenant = new Map<string, number>();
  let closed = false;

  const count = (map: Map<string, number>, key: string, by: number) => {
    const next = (map.get(key) ?? 0) + by;
    if (next <= 0) map.delete(key);
    else map.set(key, next);
  };

  async function check(watch: Watch): Promise<void> {
    const first = watch.subscribers.keys().next().value;
    if (!first) return;
    const board = await deps.store.loadBoard(first.ctx, watch.programmeId);
    const now = deps.clock.now();
    if (!board) {
      for (const [subscriber, state] of watch.subscribers) {
        if (state.version === null) continue;
        state.version = null;
        subscriber.send({ programmeId: watch.programmeId, version: null });
      }
      return;
    }
    const fingerprint = fingerprintOf(board);
    if (fingerprint === watch.fingerprint && now.getTime() - watch.viewsBuiltAt < VIEW_REFRESH_MS) return;
    watch.fingerprint = fingerprint;
    watch.viewsBuiltAt = now.getTime();
    const versions = new Map<string, string>();
    for (const [subscriber, state] of watch.subscribers) {
      const userId = subscriber.ctx.user.userId;
      let version = versions.get(userId);
      if (version === undefined) {
        // A view takes milliseconds to build: let other requests run between people.
        if (versions.size > 0) await new Promise<void>((resolve) => setImmediate(resolve));
        version = boardVersion(board, userId, now, deps.viewOptions);
        versions.set(userId, version);
      }
      if (version === state.version) continue;
      state.version = version;
      subscriber.send({ programmeId: watch.programmeId, version });
    }
  }

  /** Runs checks one at a time per programme; a change during a check runs one more. */
  async function run(watch: Watch): Promise<void> {
    if (watch.running) {
      watch.again = true;
      return;
    }
    watch.running = true;
    try {
      do {
        watch.again = false;
        await check(watch).catch((err: unknown) =>
          deps.logger.warn(
            { err, programmeId: watch.programmeId },
            'board events: re-reading the board failed',
          ),
        );
      } while (watch.again && !closed && watches.get(keyOf(watch.tenantId, watch.programmeId)) === watch);
    } finally {
      watch.running = false;
    }
  }

  return {
    subscribe(subscriber, board) {
      if (closed) throw new DomainError('SERVER_SHUTTING_DOWN');
      const { tenantId, user } = subscriber.ctx;
      const userKey = keyOf(tenantId, user.userId);
      const limits = deps.config;
      if ((perUser.get(userKey) ?? 0) >= limits.streamsPerUser)
        throw new DomainError('TOO_MANY_STREAMS', { limit: limits.streamsPerUser, retryAfter: 30 });
      if ((perTenant.get(tenantId) ?? 0) >= limits.streamsPerTenant)
        throw new DomainError('TOO_MANY_STREAMS', { limit: limits.streamsPerTenant, retryAfter: 30 });
      count(perUser, userKey, 1);
      count(perTenant, tenantId, 1);

      const key = keyOf(tenantId, subscriber.programmeId);
      let watch = watches.get(key);
      if (!watch) {
        const created: Watch = {
          tenantId,
          programmeId: subscriber.programmeId,
          subscribers: new Map(),
          timer: setInterval(() => void run(created), deps.config.pollMs),
          running: false,
          again: false,
          fingerprint: null,
          viewsBuiltAt: 0,
        };
        created.timer.unref();
        watches.set(key, created);
        watch = created;
      }
      const version = boardVersion(board, user.userId, deps.clock.now(), deps.viewOptions);
      watch.subscribers.set(subscriber, { version });
      const current = watch;
      let stopped = false;
      return {
        version,
        stop: () => {
          if (stopped) return;
          stopped = true;
          count(perUser, userKey, -1);
          count(perTenant, tenantId, -1);
          current.subscribers.delete(subscriber);
          if (current.subscribers.size === 0 && watches.get(key) === current) {
            clearInterval(current.timer);
            watches.delete(key);
          }
        },
      };
    },
    changed(tenantId, programmeId) {
      const watch = watches.get(keyOf(tenantId, programmeId));
      if (watch && !closed) void run(watch);
    },
    close() {
      closed = true;
      for (const watch of watches.values()) {
        clearInterval(watch.timer);
        for (const subscriber of [...watch.subscribers.keys()]) subscriber.end();
      }
      watches.clear();
    },
    config: deps.config,
    openStreams: () => [...perTenant.values()].reduce((sum, n) => sum + n, 0),
  };
}
