export { EditStepDialog } from './edit-step-dialog';
export type { EditStepDialogProps } from './edit-step-dialog.types';
