export { AlignmentRound } from './alignment-round';
export type { AlignmentRoundProps, AlignmentRoundVariant } from './alignment-round.types';
