import type { BoardView } from '@ambassadors/shared/views/board-view';
import type { ExitTarget } from '../exit-plan-dialog/exit-plan-dialog.types';

export interface WatchOutsProps {
  board: BoardView;
  onOpenFeedbackOverview(): void;
  onCheckIn(): void;
  /** Leaders: publish a new version of the key message. */
  onPublishKeyMessage(): void;
  /** Leaders: answer feedback ("you said, we did"). */
  onRecordDecision(): void;
  /** Leaders: plan the (alignment) meeting. */
  onPlanMeeting(): void;
  /** Leaders: plan the exit of an ambassador whose term ends soon. */
  onPlanExit?(target: ExitTarget): void;
}
