import type { BoardView } from '@ambassadors/shared/views/board-view';

export interface KeyMessageDialogProps {
  board: BoardView;
  onClose(): void;
  /** The save went through: the board as the server answered it (no reload needed). */
  onSaved(board: BoardView): void;
  /** Conflict: show the latest data (no confirmation: nothing was saved). */
  onReload(): Promise<void>;
}
