export interface NewProgrammeDialogProps {
  onClose(): void;
  /** Opens the new programme. */
  onCreated(programmeId: string): void;
}

export interface NewProgrammeFields {
  name: string;
  purpose: string;
  targetGroup: string;
  startDate: string;
  endDate: string;
  locale: 'da' | 'en';
  timeZone: string;
  termMonthsDefault: string;
  hoursPerMonth: string;
}
