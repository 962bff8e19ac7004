export { Board } from './board';
export type { BoardLoadState, BoardDialog, ProgrammeSummary } from './board.types';
export { useBoard } from './use-board';
