import type { BoardView } from '@ambassadors/shared/views/board-view';

export interface ApplyDialogProps {
  board: BoardView;
  onClose(): void;
  onSaved(): Promise<void>;
}
