import type { BoardView } from '@ambassadors/shared/views/board-view';

export interface RemindersPanelProps {
  board: BoardView;
  onClose(): void;
}
