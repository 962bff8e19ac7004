import type { BoardView } from '@ambassadors/shared/views/board-view';

export interface ClosureBannerProps {
  board: BoardView;
  /** After a reopen: show the board as it now is. */
  onChanged(board: BoardView): void;
}
