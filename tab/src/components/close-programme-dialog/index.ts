export { CloseProgrammeDialog } from './close-programme-dialog';
export type { CloseProgrammeDialogProps } from './close-programme-dialog.types';
