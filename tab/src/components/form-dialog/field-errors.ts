import { createContext, useContext } from 'react';
import type { FieldProblem } from '@ambassadors/shared/errors/validation-messages';

/** The fields the last save found at fault, for the fields inside the form to mark themselves. */
export const FieldErrorsContext = createContext<readonly FieldProblem[]>([]);

/** What a Fluent `Field` needs to show its own problem: spread onto `<Field>`. */
export interface FieldErrorProps {
  'data-field-path': string;
  validationState?: 'error';
  validationMessage?: string;
}

/**
 * Ties a form field to a request-body path ("modules.1.resourceUrl"). When the server names that
 * path, the field turns red with the message under it (Fluent wires aria-invalid and
 * aria-describedby), and the form can move focus to it. For fields a dialog renders itself, from its own save problem.
 */
export function fieldErrorsOf(
  problem: { fields: readonly FieldProblem[] } | null | undefined,
): (path: string) => FieldErrorProps {
  const problems = problem?.fields ?? [];
  return (path) => {
    const problem = problems.find((p) => p.path === path);
    return problem
      ? { 'data-field-path': path, validationState: 'error', validationMessage: problem.message }
      : { 'data-field-path': path };
  };
}

/** The same, for fields rendered inside a FormDialog's children (e.g. a step's editor). */
export function useFieldError(): (path: string) => FieldErrorProps {
  return fieldErrorsOf({ fields: useContext(FieldErrorsContext) });
}

/** Moves focus to the control of the first field at fault that the form shows. */
export function focusFirstFieldAtFault(form: HTMLElement | null, problems: readonly FieldProblem[]): boolean {
  if (!form) return false;
  for (const problem of problems) {
    const field = form.querySelector(`[data-field-path="${CSS.escape(problem.path)}"]`);
    const control = field?.querySelector<HTMLElement>('input, textarea, select, button, [tabindex]');
    if (control) {
      control.focus();
      return true;
    }
  }
  return false;
}
