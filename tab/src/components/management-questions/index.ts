export { ManagementQuestions } from './management-questions';
export type { ManagementQuestionsProps } from './management-questions.types';
