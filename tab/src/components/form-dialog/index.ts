export { FormDialog } from './form-dialog';
export type { FormDialogProps } from './form-dialog.types';
export { fieldErrorsOf, useFieldError } from './field-errors';
