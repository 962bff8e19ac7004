export { LeadersLine } from './leaders-line';
export type { LeadersLineProps } from './leaders-line.types';
