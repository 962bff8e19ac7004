export { ReportDialog } from './report-dialog';
export type { ReportDialogProps } from './report-dialog.types';
