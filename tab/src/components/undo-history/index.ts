export { UndoHistory } from './undo-history';
export type { UndoHistoryProps } from './undo-history.types';
