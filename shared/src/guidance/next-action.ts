import type { StepKey, WatchOutKey } from '../card/ambassadors-card';
import type { ProgrammeRole } from '../rules/roles';

/**
 * "What now": one thing the card calls for next, for the person reading the board. Kinds are
 * grouped by the role they are written for, so a text never speaks to the wrong reader and the
 * board view can prove that an employee never receives a leader's action.
 */
export const LEADER_ACTION_KINDS = [
  'writeTaskPlan',
  'draftPosting',
  'publishPosting',
  'decideApplications',
  'draftAgreementTemplate',
  'proposeAgreement',
  'acceptAgreementAsLeader',
  'addTrainingModules',
  'followUpTraining',
  'setMeetingCadence',
  'holdAlignmentMeeting',
  'publishKeyMessage',
  'answerThemes',
  'planExit',
  'holdExitDebrief',
  'recordSessionAttendance',
  'trainingNotFinished',
] as const;

export const AMBASSADOR_ACTION_KINDS = [
  'acceptMyAgreement',
  'awaitAgreement',
  'completeTrainingModule',
  'sendCheckIn',
  'attendMeeting',
  'prepareMyExit',
  'attendTrainingSession',
] as const;

export const EMPLOYEE_ACTION_KINDS = ['applyToPosting', 'awaitApplicationDecision'] as const;

export const NEXT_ACTION_KINDS = [
  ...LEADER_ACTION_KINDS,
  ...AMBASSADOR_ACTION_KINDS,
  ...EMPLOYEE_ACTION_KINDS,
] as const;
export type NextActionKind = (typeof NEXT_ACTION_KINDS)[number];

/** The role each kind is written for. */
export const ACTION_ROLE: Readonly<Record<NextActionKind, ProgrammeRole>> = Object.fromEntries([
  ...LEADER_ACTION_KINDS.map((k) => [k, 'leader']),
  ...AMBASSADOR_ACTION_KINDS.map((k) => [k, 'ambassador']),
  ...EMPLOYEE_ACTION_KINDS.map((k) => [k, 'employee']),
]) as Record<NextActionKind, ProgrammeRole>;

/** Parameters the texts fill in: names, counts, titles and days (never check-in content). */
export type NextActionParams = Record<string, string | number>;

export interface NextAction {
  /** Stable per occurrence (`kind:subject`), for React keys and de-duplication. */
  id: string;
  kind: NextActionKind;
  /** The step the tab opens for it. */
  step: StepKey;
  /** The watch-out it serves, when it is one of the card's "be aware of" points. */
  watchOut: WatchOutKey | null;
  /** The local day it is due by (programme zone), when there is one. */
  due: string | null;
  /** The due day has passed. */
  overdue: boolean;
  params: NextActionParams;
}

/** The board shows only the few most pressing actions; the health lines carry the rest. */
export const NEXT_ACTIONS_LIMIT = 5;
