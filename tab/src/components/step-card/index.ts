export { StepCard } from './step-card';
export type { StepCardProps } from './step-card.types';
