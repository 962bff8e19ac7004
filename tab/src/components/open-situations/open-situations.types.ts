import type { BoardView } from '@ambassadors/shared/views/board-view';

export interface OpenSituationsProps {
  board: BoardView;
}
