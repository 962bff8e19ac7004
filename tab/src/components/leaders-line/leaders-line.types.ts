import type { BoardView } from '@ambassadors/shared/src/views/board-view';

export interface LeadersLineProps {
  board: BoardView;
}
