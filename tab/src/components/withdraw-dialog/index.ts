export { WithdrawDialog } from './withdraw-dialog';
export type { WithdrawDialogProps } from './withdraw-dialog.types';
