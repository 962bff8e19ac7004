import type { BoardData } from '../model/board';
import { roleOf, type ProgrammeRole } from '../rules/roles';
import { ambassadorActions } from './ambassador-actions';
import { employeeActions } from './employee-actions';
import { leaderActions } from './leader-actions';
import { NEXT_ACTIONS_LIMIT, type NextAction } from './next-action';
import { rankActions } from './rank-actions';

/**
 * The few next actions the card calls for, for one reader: the leaders' list for a leader, the
 * ambassador's own for an ambassador, the posting for an employee — ranked (overdue, then by
 * due day, then step order) and cut to NEXT_ACTIONS_LIMIT. The role is the one `roleOf` derives,
 * so the board, the digest and the tab can never disagree about whose list it is. An empty list
 * means nothing is waiting for this person.
 */
export function nextActions(
  board: BoardData,
  viewer: { userId: string; role?: ProgrammeRole },
  now: Date,
  limit = NEXT_ACTIONS_LIMIT,
): NextAction[] {
  const role = viewer.role ?? roleOf(board, viewer.userId, now);
  const all =
    role === 'leader'
      ? leaderActions(board, now)
      : role === 'ambassador'
        ? ambassadorActions(board, viewer.userId, now)
        : employeeActions(board, viewer.userId, now);
  return rankActions(all).slice(0, limit);
}
