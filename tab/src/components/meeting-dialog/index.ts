export { MeetingDialog } from './meeting-dialog';
export type { MeetingDialogProps } from './meeting-dialog.types';
