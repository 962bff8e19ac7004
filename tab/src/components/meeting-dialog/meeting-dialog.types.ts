import type { BoardView, MeetingView } from '@ambassadors/shared/views/board-view';

export interface MeetingDialogProps {
  board: BoardView;
  /** Absent: plan a new meeting. Present: write its notes / mark it held. */
  meeting?: MeetingView;
  onClose(): void;
  /** The save went through: the board as the server answered it (no reload needed). */
  onSaved(board: BoardView): void;
  /** Conflict: show the latest data (no confirmation: nothing was saved). */
  onReload(): Promise<void>;
}
