import type { BoardView, MeetingView } from '@ambassadors/shared/views/board-view';

/**
 * Where the round is shown: `panel` (the meeting side panel, 320 px: score, draft, publish),
 * `stage` (shared to everyone in the meeting: read-only), `board` (the tab's meetings step).
 */
export type AlignmentRoundVariant = 'panel' | 'stage' | 'board';

export interface AlignmentRoundProps {
  /** The caller's board: role, current key message, programme id and time zone. */
  board: BoardView;
  /** An alignment meeting of that board; its `alignmentRound` is what is shown. */
  meeting: MeetingView;
  variant: AlignmentRoundVariant;
  /**
   * A write went through: the board as the server answered it (no reload needed). Without it
   * the round is read-only, whatever the variant.
   */
  onSaved?(board: BoardView): void;
}
