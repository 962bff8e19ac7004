import { DateTime } from 'luxon';
import type { Stamp, UserRef } from '../../model/common';
import { DEMO_PEOPLE } from '../demo-people';

/** The demo programme's zone: a Danish programme. */
export const DEMO_TIME_ZONE = 'Europe/Copenhagen';

/**
 * Days relative to today in the demo's zone, so the demo always looks current: `day(-3)` is the
 * local date three days ago, `at(-3)` ten o'clock that day, `stamp(-3)` the leader's stamp then.
 */
export interface DemoClock {
  day(offsetDays: number): string;
  at(offsetDays: number, hour?: number): string;
  stamp(offsetDays: number, by?: UserRef): Stamp;
}

export function demoClock(now: Date): DemoClock {
  const local = DateTime.fromJSDate(now, { zone: DEMO_TIME_ZONE }).startOf('day');
  const at = (offsetDays: number, hour = 10) =>
    local.plus({ days: offsetDays }).set({ hour }).toUTC().toISO()!;
  return {
    day: (offsetDays) => local.plus({ days: offsetDays }).toISODate()!,
    at,
    stamp: (offsetDays, by = DEMO_PEOPLE.leader) => ({ by, at: at(offsetDays) }),
  };
}
