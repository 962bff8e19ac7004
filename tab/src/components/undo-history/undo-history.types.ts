import type { BoardView } from '@ambassadors/shared/views/board-view';

export interface UndoHistoryProps {
  board: BoardView;
  /** Only the entries about these subjects (application ids, step keys, ambassadorship ids). */
  subjects: readonly string[];
  /** Name the person each entry is about (where the list is not already theirs). */
  withNames?: boolean;
}
