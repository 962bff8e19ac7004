export { ApplyDialog } from './apply-dialog';
export type { ApplyDialogProps } from './apply-dialog.types';
