import type { BoardView } from '@ambassadors/shared/views/board-view';

export interface LeadersLineProps {
  board: BoardView;
}
