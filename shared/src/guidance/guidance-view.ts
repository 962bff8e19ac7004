import type { BoardData } from '../model/board';
import type { ProgrammeRole } from '../rules/roles';
import { programmeHealth, type ProgrammeHealth } from './health';
import type { NextAction } from './next-action';
import { nextActions } from './next-actions';

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
  return {
    nextActions: nextActions(board, { userId, role }, now),
    health: programmeHealth(board, now, role),
  };
}
