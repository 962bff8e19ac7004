import type { BoardView } from '@ambassadors/shared/views/board-view';

export interface KeyMessageDialogProps {
  board: BoardView;
  onClose(): void;
  onSaved(): Promise<void>;
  /** Conflict: show the latest data (no confirmation: nothing was saved). */
  onReload(): Promise<void>;
}
