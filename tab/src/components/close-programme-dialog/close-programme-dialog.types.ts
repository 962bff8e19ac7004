import type { BoardView } from '@ambassadors/shared/views/board-view';

export interface CloseProgrammeDialogProps {
  board: BoardView;
  onClose(): void;
  /** The board the close answered with (read-only from now on). */
  onSaved(board: BoardView): void;
}
