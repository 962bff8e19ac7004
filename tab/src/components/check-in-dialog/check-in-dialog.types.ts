import type { BoardView } from '@ambassadors/shared/views/board-view';

export interface CheckInDialogProps {
  board: BoardView;
  onClose(): void;
  onSaved(): Promise<void>;
}
