import type { BoardView } from '@ambassadors/shared/views/board-view';
import type { StepKey } from '@ambassadors/shared/card/ambassadors-card';
import type { StepUpdateInputs } from '@ambassadors/shared/views/api-inputs';

export interface EditStepDialogProps {
  board: BoardView;
  step: StepKey;
  onClose(): void;
  /** The save went through: the board as the server answered it (no reload needed). */
  onSaved(board: BoardView): void;
  /** Conflict: show the latest data (no confirmation: nothing was saved). */
  onReload(): Promise<void>;
}

/** The editable draft of a step: planning fields plus that step's own content. */
export type StepDraft = { [K in StepKey]: { step: K; value: StepUpdateInputs[K] } }[StepKey];

export interface StepEditorProps<K extends StepKey> {
  board: BoardView;
  value: StepUpdateInputs[K];
  onChange(value: StepUpdateInputs[K]): void;
}
