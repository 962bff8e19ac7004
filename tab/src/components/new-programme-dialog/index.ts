export { NewProgrammeDialog } from './new-programme-dialog';
export type { NewProgrammeDialogProps } from './new-programme-dialog.types';
