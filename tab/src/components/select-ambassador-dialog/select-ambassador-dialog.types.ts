import type { ApplicationView, BoardView } from '@ambassadors/shared/src/views/board-view';

export interface SelectAmbassadorDialogProps {
  board: BoardView;
  application: ApplicationView;
  onClose(): void;
  onSaved(): Promise<void>;
}
