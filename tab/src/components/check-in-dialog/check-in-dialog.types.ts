import type { BoardView } from '@ambassadors/shared/views/board-view';

export interface CheckInDialogProps {
  board: BoardView;
  onClose(): void;
  /** The save went through: the board as the server answered it (no reload needed). */
  onSaved(board: BoardView): void;
}
