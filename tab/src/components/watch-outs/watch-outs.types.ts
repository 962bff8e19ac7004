import type { BoardView } from '@ambassadors/shared/src/views/board-view';

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
}
