export interface CreateProgrammeFormProps {
  onCreated(programmeId: string, name: string): void;
}
