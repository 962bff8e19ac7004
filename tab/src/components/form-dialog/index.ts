export { FormDialog } from './form-dialog';
export type { FormDialogProps } from './form-dialog.types';
