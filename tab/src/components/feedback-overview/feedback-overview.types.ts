import type { BoardView } from '@ambassadors/shared/views/board-view';

export interface FeedbackOverviewProps {
  board: BoardView;
  onClose(): void;
  /** Answer a theme with a decision (closes the overview and opens the decision form). */
  onAnswer(theme: string): void;
}
