import type { BoardView } from '@ambassadors/shared/src/views/board-view';

export interface ApplyDialogProps {
  board: BoardView;
  onClose(): void;
  onSaved(): Promise<void>;
}
