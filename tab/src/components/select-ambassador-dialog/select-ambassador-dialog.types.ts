import type { ApplicationView, BoardView } from '@ambassadors/shared/views/board-view';

export interface SelectAmbassadorDialogProps {
  board: BoardView;
  application: ApplicationView;
  onClose(): void;
  /** The save went through: the board as the server answered it (no reload needed). */
  onSaved(board: BoardView): void;
}
