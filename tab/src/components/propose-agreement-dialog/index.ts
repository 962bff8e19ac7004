export { ProposeAgreementDialog } from './propose-agreement-dialog';
export type { ProposeAgreementDialogProps } from './propose-agreement-dialog.types';
