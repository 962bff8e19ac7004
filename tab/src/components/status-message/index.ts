export { StatusMessage } from './status-message';
export type { StatusMessageProps } from './status-message.types';
