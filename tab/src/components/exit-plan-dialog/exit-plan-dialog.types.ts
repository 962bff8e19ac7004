import type { ExitPlan } from '@ambassadors/shared/model/ambassadorship';
import type { BoardView } from '@ambassadors/shared/views/board-view';

/** Whose exit is planned: a former ambassador (plan known) or one whose term ends soon. */
export interface ExitTarget {
  /** The ambassadorship id (`:ambId`). */
  id: string;
  name: string;
  /** The ambassadorship's ETag: the exit route requires `If-Match`. */
  etag: string | null;
  /** The plan so far; null when the board does not show it (current ambassadors). */
  exit: ExitPlan | null;
}

export interface ExitPlanDialogProps {
  board: BoardView;
  target: ExitTarget;
  onClose(): void;
  /** The save went through: the board as the server answered it (no reload needed). */
  onSaved(board: BoardView): void;
}
