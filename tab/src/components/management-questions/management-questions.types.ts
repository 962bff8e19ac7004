import type { BoardView } from '@ambassadors/shared/views/board-view';

export interface ManagementQuestionsProps {
  board: BoardView;
  /** An answer was saved: the board as the server answered it. */
  onSaved(board: BoardView): void;
  /** Someone else saved first: load the latest board. */
  onReload(): Promise<void>;
  /** An answer was added: the board confirms it once. */
  onConfirm(text: string): void;
}
