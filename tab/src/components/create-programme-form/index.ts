export { CreateProgrammeForm } from './create-programme-form';
export type { CreateProgrammeFormProps } from './create-programme-form.types';
