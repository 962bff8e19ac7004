import type { WorkshopTimer } from '../model/workshop';

/**
 * What is left of the item in focus at `now` (milliseconds; negative = over time). Every client
 * computes it from the same stored state and the server's clock, so all show the same time.
 * Free of schemas, so the tab computes it with the very function the server uses.
 */
export function workshopRemainingMs(
  timer: Pick<WorkshopTimer, 'runningSince' | 'remainingMs'>,
  now: Date,
): number {
  if (!timer.runningSince) return timer.remainingMs;
  return timer.remainingMs - (now.getTime() - Date.parse(timer.runningSince));
}
