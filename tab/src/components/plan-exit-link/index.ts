export { PlanExitLink } from './plan-exit-link';
export type { PlanExitLinkProps } from './plan-exit-link.types';
