export { Confirmation } from './confirmation';
export type { ConfirmationProps, ConfirmationState } from './confirmation.types';
