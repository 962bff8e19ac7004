import type { ApplicationView, BoardView } from '@ambassadors/shared/views/board-view';

export interface SelectAmbassadorDialogProps {
  board: BoardView;
  application: ApplicationView;
  onClose(): void;
  onSaved(): Promise<void>;
}
