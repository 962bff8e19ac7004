export { BoardActionsContext } from './board-actions-context';
export { useBoardActions } from './use-board-actions';
export type { BoardActions } from './board-actions.types';
