import type { BoardData } from '../model/board';
import type { ProgrammeRole } from '../rules/roles';
import { programmeHealth, type ProgrammeHealth } from './health';
import type { NextAction } from './next-action';
import { nextActions } from './next-actions';
import { describeSteps } from '../rules/step-status';
import { leaderActions } from './leader-actions';
import { NEXT_ACTIONS_LIMIT } from './next-action';
import { rankActions } from './rank-actions';

/** "What now" on the board: the reader's next actions and the health lines, cut to their role. */
export interface GuidanceView {
  nextActions: NextAction[];
  health: ProgrammeHealth;
}

/** Built server-side for the caller's role: an employee's view never holds a leader's action. */
export function buildGuidanceView(
  board: BoardData,
  userId: string,
  role: ProgrammeRole,
  now: Date,
): GuidanceView {
  // The steps and the leaders' actions are computed once for the list and the health lines.
  const steps = describeSteps(board, now);
  if (role === 'leader') {
    const actions = leaderActions(board, now, steps);
    return {
      nextActions: rankActions(actions).slice(0, NEXT_ACTIONS_LIMIT),
      health: programmeHealth(board, now, role, { steps, leaderActions: actions }),
    };
  }
  return {
    nextActions: nextActions(board, { userId, role }, now),
    health: programmeHealth(board, now, role, { steps }),
  };
}
