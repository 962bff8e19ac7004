import type { BoardData } from '../model/board';
import type { Reminder, ReminderDataMap } from '../rules/reminders/reminder-planners';
import type { NextAction } from './next-action';
import { nextActions } from './next-actions';

/** The leaders' digest as the bot sends it: the schedule's data plus the board's "what now" list. */
export type LeaderDigestData = ReminderDataMap['leaderDigest'] & { nextActions: NextAction[] };

/**
 * Puts the leaders' next actions, as of the digest's own moment, into each leaderDigest reminder,
 * so the digest card lists exactly what the leaders' board listed at that time. Computing it at
 * `dueAt` (not at planning time) keeps a re-planned digest identical, like its id.
 */
export function withDigestNextActions(board: BoardData, reminders: readonly Reminder[]): Reminder[] {
  return reminders.map((r) => {
    if (r.kind !== 'leaderDigest') return r;
    const data: LeaderDigestData = {
      ...r.data,
      nextActions: nextActions(
        board,
        { userId: board.programme.owners[0]?.userId ?? '', role: 'leader' },
        new Date(r.dueAt),
      ),
    };
    return { ...r, data };
  });
}
