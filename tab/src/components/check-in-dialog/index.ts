export { CheckInDialog } from './check-in-dialog';
export type { CheckInDialogProps } from './check-in-dialog.types';
