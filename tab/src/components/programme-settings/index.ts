export { ProgrammeSettingsDialog } from './programme-settings';
export type { ProgrammeSettingsDialogProps } from './programme-settings.types';
