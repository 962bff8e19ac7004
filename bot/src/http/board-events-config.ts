import { z } from 'zod';

const int = (min: number, max: number, fallback: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);

const envSchema = z.object({
  /** How often a watched programme's board is re-read, so writes made by other instances show too. */
  BOARD_EVENTS_POLL_MS: int(250, 60_000, 1000),
  /** A comment line this often keeps proxies (App Service closes idle responses at 230 s) from cutting the stream. */
  BOARD_EVENTS_HEARTBEAT_MS: int(1000, 120_000, 15_000),
  /** A stream ends after this long; the tab reconnects with a fresh token, so an expired one stops receiving. */
  BOARD_EVENTS_MAX_STREAM_MS: int(10_000, 3_600_000, 900_000),
  /** Open streams per person (a few tabs and devices). */
  BOARD_EVENTS_STREAMS_PER_USER: int(1, 100, 8),
  /** Open streams per tenant in one instance. */
  BOARD_EVENTS_STREAMS_PER_TENANT: int(1, 100_000, 1000),
});

export interface BoardEventsConfig {
  pollMs: number;
  heartbeatMs: number;
  maxStreamMs: number;
  streamsPerUser: number;
  streamsPerTenant: number;
}

/** The live board's settings from the environment, each with its default and bounds. */
export function loadBoardEventsConfig(env: NodeJS.ProcessEnv = process.env): BoardEventsConfig {
  const parsed = envSchema.parse(env);
  return {
    pollMs: parsed.BOARD_EVENTS_POLL_MS,
    heartbeatMs: parsed.BOARD_EVENTS_HEARTBEAT_MS,
    maxStreamMs: parsed.BOARD_EVENTS_MAX_STREAM_MS,
    streamsPerUser: parsed.BOARD_EVENTS_STREAMS_PER_USER,
    streamsPerTenant: parsed.BOARD_EVENTS_STREAMS_PER_TENANT,
  };
}
