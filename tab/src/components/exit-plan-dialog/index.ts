export { ExitPlanDialog } from './exit-plan-dialog';
export type { ExitPlanDialogProps, ExitTarget } from './exit-plan-dialog.types';
