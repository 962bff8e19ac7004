import type { BoardView } from '@ambassadors/shared/views/board-view';

/** The watch-outs take the board; what they open goes through the board's actions. */
export interface WatchOutsProps {
  board: BoardView;
}
