export { NextActions } from './next-actions';
export { HealthLine } from './health-line';
export type { NextActionsProps, HealthLineProps } from './next-actions.types';
