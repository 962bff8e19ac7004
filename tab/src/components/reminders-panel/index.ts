export { RemindersPanel } from './reminders-panel';
export type { RemindersPanelProps } from './reminders-panel.types';
