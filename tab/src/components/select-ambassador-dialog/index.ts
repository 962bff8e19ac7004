export { SelectAmbassadorDialog } from './select-ambassador-dialog';
export type { SelectAmbassadorDialogProps } from './select-ambassador-dialog.types';
