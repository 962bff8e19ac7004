import type { BoardView, TrainingSessionView } from '@ambassadors/shared/views/board-view';

export interface TrainingSessionDialogProps {
  board: BoardView;
  /** Absent: add a session. Present: change it. */
  session?: TrainingSessionView;
  onClose(): void;
  /** The save went through: the board as the server answered it. */
  onSaved(board: BoardView): void;
  /** Conflict: show the latest data (nothing was saved). */
  onReload(): Promise<void>;
}
