export { TrainingSessionDialog } from './training-session-dialog';
export type { TrainingSessionDialogProps } from './training-session-dialog.types';
