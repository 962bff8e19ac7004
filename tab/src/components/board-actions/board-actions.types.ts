import type { StepKey } from '@ambassadors/shared/card/ambassadors-card';
import type {
  AmbassadorView,
  ApplicationView,
  BoardView,
  MeetingView,
  TrainingSessionView,
} from '@ambassadors/shared/views/board-view';
import type { ExitTarget } from '../exit-plan-dialog/exit-plan-dialog.types';
import type { UndoOfferView } from '../../app/undo-offer';

/** Which act a confirmation is about, on the board the act answered with (for its "Undo"). */
export interface UndoOf {
  board: BoardView;
  act: UndoOfferView['act'];
  target: string;
}

/**
 * What a part of the board may ask the board to do: open a step or a dialog, show the board a
 * write answered with, and say what just succeeded. Provided once by `Board`, so the step panel,
 * the watch-outs and their children take no callback props.
 */
export interface BoardActions {
  selectStep(step: StepKey): void;
  editStep(step: StepKey): void;
  apply(): void;
  selectApplication(application: ApplicationView): void;
  checkIn(): void;
  /** Leaders: plan a meeting (no argument) or write a meeting's notes. */
  meeting(meeting?: MeetingView): void;
  /** Leaders: end an ambassador's role now (opens the confirm dialog). */
  withdraw(ambassador: AmbassadorView): void;
  /** Leaders: plan or record an exit (debrief, thanks, hand-over). */
  planExit(target: ExitTarget): void;
  openFeedbackOverview(): void;
  publishKeyMessage(): void;
  /** Leaders: answer a feedback theme (optionally a given one). */
  recordDecision(theme?: string): void;
  /** Leaders: add a training session (no argument) or change one. */
  trainingSession(session?: TrainingSessionView): void;
  /** An inline action saved: show the board the server answered with. */
  show(board: BoardView): void;
  /** An inline action starts: the previous confirmation no longer applies. */
  startAction(): void;
  /** An inline action succeeded: the board confirms it once, in its live region (offering its undo). */
  confirm(text: string, undoOf?: UndoOf): void;
  /** Undo one of the caller's own recent acts the board offers. */
  undo(offer: UndoOfferView): void;
  /** Leaders: adjust the prefilled agreement for a selected candidate, then propose it. */
  proposeAgreement(ambassador: AmbassadorView): void;
}
