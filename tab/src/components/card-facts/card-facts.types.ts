export interface CardFactsProps {
  /** Compact: only headline and facts (for the employee view and the empty state). */
  compact?: boolean;
}
