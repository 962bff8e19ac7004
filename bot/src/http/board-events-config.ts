import { boardEventsSettings } from '../runtime/app-config';

export interface BoardEventsConfig {
  pollMs: number;
  heartbeatMs: number;
  maxStreamMs: number;
  streamsPerUser: number;
  streamsPerTenant: number;
}

/** The live board's settings from the environment, each with its default and bounds. */
export function loadBoardEventsConfig(env: NodeJS.ProcessEnv = process.env): BoardEventsConfig {
  const parsed = boardEventsSettings.parse(env);
  return {
    pollMs: parsed.BOARD_EVENTS_POLL_MS,
    heartbeatMs: parsed.BOARD_EVENTS_HEARTBEAT_MS,
    maxStreamMs: parsed.BOARD_EVENTS_MAX_STREAM_MS,
    streamsPerUser: parsed.BOARD_EVENTS_STREAMS_PER_USER,
    streamsPerTenant: parsed.BOARD_EVENTS_STREAMS_PER_TENANT,
  };
}
