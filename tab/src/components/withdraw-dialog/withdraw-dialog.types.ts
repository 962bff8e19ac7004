import type { AmbassadorView, BoardView } from '@ambassadors/shared/views/board-view';

export interface WithdrawDialogProps {
  board: BoardView;
  /** The current ambassador whose role ends now. */
  ambassador: AmbassadorView;
  onClose(): void;
  onSaved(): Promise<void>;
}
