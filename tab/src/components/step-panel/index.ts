export { StepPanel } from './step-panel';
export type { StepPanelProps, StepContentProps } from './step-panel.types';
