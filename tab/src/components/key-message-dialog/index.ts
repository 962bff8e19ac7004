export { KeyMessageDialog } from './key-message-dialog';
export type { KeyMessageDialogProps } from './key-message-dialog.types';
