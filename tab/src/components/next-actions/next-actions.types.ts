import type { BoardView } from '@ambassadors/shared/views/board-view';
import type { NextAction } from '@ambassadors/shared/guidance/next-action';
import type { HealthState } from '@ambassadors/shared/guidance/health';

export interface NextActionsProps {
  board: BoardView;
  /** Opens what the action is about: its step (or, for feedback themes, the overview). */
  onOpen(action: NextAction): void;
}

/** One line of the list as the reader sees it. */
export interface NextActionLine {
  action: NextAction;
  text: string;
  due: string | null;
}

/** One watch-out's health line, with the card's title for it. */
export interface WatchOutHealthLine {
  key: string;
  title: string;
  state: HealthState;
  text: string;
}

export interface HealthLineProps {
  state: HealthState;
  text: string;
  testId?: string;
}
