import type { BoardView } from '@ambassadors/shared/views/board-view';

export interface ReportDialogProps {
  board: BoardView;
  onClose(): void;
}
