import type { AmbassadorView, BoardView } from '@ambassadors/shared/views/board-view';

export interface ProposeAgreementDialogProps {
  board: BoardView;
  /** The selected candidate the agreement is proposed to. */
  ambassador: AmbassadorView;
  onClose(): void;
  /** The proposal went through: the board as the server answered it (no reload needed). */
  onSaved(board: BoardView): void;
}
