import type { BoardView } from '@ambassadors/shared/views/board-view';

export interface DecisionDialogProps {
  board: BoardView;
  /** The feedback theme being answered, when opened from the overview. */
  theme?: string;
  onClose(): void;
  /** The save went through: the board as the server answered it (no reload needed). */
  onSaved(board: BoardView): void;
}
