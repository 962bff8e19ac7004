import type { BoardView } from '@ambassadors/shared/views/board-view';

export interface ManagementQuestionsProps {
  board: BoardView;
  onChanged(): Promise<void>;
  /** An answer was added: the board confirms it once. */
  onConfirm(text: string): void;
}
