import type { BoardView } from '@ambassadors/shared/views/board-view';
import type { WorkshopItemKey } from '@ambassadors/shared/model/workshop';
import type { BodyFor } from '../../api/tab-api';

export interface WorkshopProps {
  /**
   * 'facilitator' (default): the leaders' full-screen view with the controls and capture forms;
   * 'stage': the same workshop read-only and large, for the meeting stage. Without the prop the
   * page's `?variant=stage` decides.
   */
  variant?: 'facilitator' | 'stage';
  /** The programme; without it the page's `?programme=` (or `?programmeId=`). */
  programmeId?: string;
  /** The meeting chat's id from the Teams context, where the summary card goes when it finishes. */
  chatId?: string | null;
}

export interface WorkshopCaptureProps {
  board: BoardView;
  item: WorkshopItemKey;
  busy: boolean;
  /** Saves an outcome into the programme; resolves true when it was saved. */
  onCapture(body: BodyFor<'captureWorkshopOutcome'>): Promise<boolean>;
}
