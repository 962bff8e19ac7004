import { createContext } from 'react';
import type { BoardActions } from './board-actions.types';

/** The board's actions for everything rendered inside it; null outside a board. */
export const BoardActionsContext = createContext<BoardActions | null>(null);
