import type { BoardView } from '@ambassadors/shared/views/board-view';

export interface ProgrammeSettingsDialogProps {
  board: BoardView;
  onClose(): void;
  /** The save went through: the board as the server answered it (no reload needed). */
  onSaved(board: BoardView): void;
  /** Someone else saved first: load the latest board. */
  onReload(): Promise<void>;
}

/** The number settings the form edits, in the order it shows them. */
export const NUMBER_SETTINGS = [
  'termMonthsMin',
  'termMonthsDefault',
  'termMonthsMax',
  'termGapMonths',
  'hoursPerMonth',
  'checkInIntervalDays',
  'nudgeIntervalDays',
  'anonymityMinAnswers',
  'anonymityMinFreeText',
  'applicationMotivationMinChars',
  'retentionMonthsAfterTerm',
] as const;
export type NumberSetting = (typeof NUMBER_SETTINGS)[number];

/** The text fields of the programme itself. */
export const TEXT_FIELDS = ['name', 'purpose', 'targetGroup', 'startDate', 'endDate', 'timeZone'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** A server error shown on the field it is about. */
export interface FieldProblem {
  field: string;
  message: string;
}
