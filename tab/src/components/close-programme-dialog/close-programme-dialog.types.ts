import type { BoardView } from '@ambassadors/shared/views/board-view';

export interface CloseProgrammeDialogProps {
  board: BoardView;
  onClose(): void;
  onSaved(): Promise<void>;
}
