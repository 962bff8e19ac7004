export { PrivacyDialog } from './privacy-dialog';
export type { PrivacyDialogProps } from './privacy-dialog.types';
