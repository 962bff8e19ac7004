import type {
  AmbassadorView,
  ApplicationView,
  BoardView,
  MeetingView,
} from '@ambassadors/shared/views/board-view';
import type { StepKey } from '@ambassadors/shared/card/ambassadors-card';
import type { ExitTarget } from '../exit-plan-dialog/exit-plan-dialog.types';

export interface StepPanelProps {
  board: BoardView;
  selectedStep: StepKey | null;
  onSelectStep(step: StepKey): void;
  onEditStep(step: StepKey): void;
  onApply(): void;
  onSelectApplication(application: ApplicationView): void;
  onCheckIn(): void;
  /** Leaders: plan a meeting (no argument) or write a meeting's notes. */
  onMeeting(meeting?: MeetingView): void;
  /** Leaders: end an ambassador's role now (opens the confirm dialog). */
  onWithdraw(ambassador: AmbassadorView): void;
  /** Leaders: plan or record an exit (debrief, thanks, hand-over). */
  onPlanExit(target: ExitTarget): void;
  /** Reloads the board after an inline action (accept, complete a module). */
  onChanged(): Promise<void>;
  /** An inline action starts: the previous confirmation no longer applies. */
  onActionStart(): void;
  /** An inline action succeeded: the board confirms it once, in its live region. */
  onConfirm(text: string): void;
}

/** What each step's content component gets. */
export interface StepContentProps {
  board: BoardView;
  actions: StepPanelActions;
}

export interface StepPanelActions {
  busy: string | null;
  onApply(): void;
  onSelectApplication(application: ApplicationView): void;
  onCheckIn(): void;
  onMeeting(meeting?: MeetingView): void;
  onWithdraw(ambassador: AmbassadorView): void;
  onPlanExit(target: ExitTarget): void;
  acceptAgreement(ambassadorshipId: string, version: number): void;
  /** The applicant withdraws their own pending application. */
  withdrawApplication(applicationId: string): void;
  /** Leaders: propose an agreement (from the step's template) to an ambassador who has none. */
  proposeAgreement(ambassador: AmbassadorView): void;
  completeModule(ambassadorshipId: string, moduleId: string): void;
  chat(userId: string): void;
  openLink(url: string): void;
}
