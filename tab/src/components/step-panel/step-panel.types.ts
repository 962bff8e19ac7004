import type {
  AmbassadorView,
  BoardView,
  MeetingView,
  TrainingSessionView,
} from '@ambassadors/shared/views/board-view';
import type { StepKey } from '@ambassadors/shared/card/ambassadors-card';
import type { BoardActions } from '../board-actions';

/** The panel takes what it shows; what it opens goes through the board's actions (context). */
export interface StepPanelProps {
  board: BoardView;
  selectedStep: StepKey | null;
}

/** What each step's content component gets. */
export interface StepContentProps {
  board: BoardView;
  actions: StepPanelActions;
}

/** The board's actions plus the inline writes a step makes itself. */
export interface StepPanelActions extends BoardActions {
  /** The inline action in flight (`accept:<id>`, `module:<id>` …), to disable its button. */
  busy: string | null;
  acceptAgreement(ambassadorshipId: string, version: number): void;
  /** The applicant withdraws their own pending application. */
  withdrawApplication(applicationId: string): void;
  completeModule(ambassadorshipId: string, moduleId: string): void;
  /** Leaders: whether an ambassador attended a started session (the ambassadorship's ETag). */
  recordAttendance(session: TrainingSessionView, ambassador: AmbassadorView, attended: boolean): void;
  /** Leaders: remove a training session (the programme's ETag). */
  removeSession(session: TrainingSessionView): void;
  /** Leaders: the rhythm's meetings for the year ahead, then cancel, delete, publish from notes. */
  generateMeetings(): void;
  cancelMeeting(meeting: MeetingView): void;
  deleteMeeting(meeting: MeetingView): void;
  publishMeetingKeyMessage(meeting: MeetingView): void;
  chat(userId: string): void;
  openLink(url: string): void;
}
