import type { BoardView } from '@ambassadors/shared/src/views/board-view';

export interface ManagementQuestionsProps {
  board: BoardView;
  onChanged(): Promise<void>;
}
