import { useContext } from 'react';
import { BoardActionsContext } from './board-actions-context';
import type { BoardActions } from './board-actions.types';

/** The actions of the board this component is rendered in. */
export function useBoardActions(): BoardActions {
  const actions = useContext(BoardActionsContext);
  if (!actions) throw new Error('useBoardActions outside <BoardActionsContext.Provider>');
  return actions;
}
