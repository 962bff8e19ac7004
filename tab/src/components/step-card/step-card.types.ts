import type { StepStateView } from '@ambassadors/shared/views/board-view';
import type { StepKey } from '@ambassadors/shared/card/ambassadors-card';

export interface StepCardProps {
  step: StepStateView;
  /** 1-based position on the card. */
  number: number;
  /** The card's name for the step, in the UI language. */
  title: string;
  /** Today in the programme's zone, to flag overdue due dates. */
  today: string;
  selected: boolean;
  onOpen(step: StepKey): void;
  /** The step's health line ("On track: done"), worded for the reader. */
  health?: { state: 'onTrack' | 'needsAttention' | 'notStarted' | 'closed'; text: string };
}
