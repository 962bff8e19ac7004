import type {
  AmbassadorView,
  BoardView,
  ApplicationView,
  MeetingView,
  TrainingSessionView,
} from '@ambassadors/shared/views/board-view';
import type { ExitTarget } from '../exit-plan-dialog/exit-plan-dialog.types';
import type { StepKey } from '@ambassadors/shared/card/ambassadors-card';
import type { ApiError } from '../../api/api-error';

export type { ProgrammeSummary } from '../../api/load-board';
import type { ProgrammeSummary } from '../../api/load-board';

export type BoardLoadState =
  | { status: 'loading' }
  | { status: 'error'; error: ApiError }
  | { status: 'empty' }
  | { status: 'ready'; board: BoardView; programmes: ProgrammeSummary[] };

/** The dialogs the board can open; each is a lazily loaded chunk. */
export type BoardDialog =
  | { kind: 'editStep'; step: StepKey }
  | { kind: 'selectAmbassador'; application: ApplicationView }
  | { kind: 'apply' }
  | { kind: 'checkIn' }
  | { kind: 'feedbackOverview' }
  | { kind: 'keyMessage' }
  | { kind: 'decision'; theme?: string }
  | { kind: 'meeting'; meeting?: MeetingView }
  | { kind: 'withdraw'; ambassador: AmbassadorView }
  | { kind: 'exitPlan'; target: ExitTarget }
  | { kind: 'programmeSettings' }
  | { kind: 'newProgramme' }
  | { kind: 'closeProgramme' }
  | { kind: 'report' }
  | { kind: 'reminders' }
  | { kind: 'proposeAgreement'; ambassador: AmbassadorView }
  | { kind: 'trainingSession'; session?: TrainingSessionView };
