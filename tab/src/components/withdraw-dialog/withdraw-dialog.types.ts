import type { AmbassadorView, BoardView } from '@ambassadors/shared/views/board-view';

export interface WithdrawDialogProps {
  board: BoardView;
  /** The current ambassador whose role ends now. */
  ambassador: AmbassadorView;
  onClose(): void;
  /** The save went through: the board as the server answered it (no reload needed). */
  onSaved(board: BoardView): void;
}
