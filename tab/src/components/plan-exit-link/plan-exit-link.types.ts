import type { AmbassadorView } from '@ambassadors/shared/views/board-view';

export interface PlanExitLinkProps {
  /** A current ambassador whose term ends soon. */
  ambassador: AmbassadorView;
}
