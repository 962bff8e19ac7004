import { useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { agreementAdjustmentBounds } from '@ambassadors/shared/rules/agreement-adjustment';
import { DEFAULT_SETTINGS } from '@ambassadors/shared/model/settings';
import { termMonths } from '@ambassadors/shared/rules/term';
import type { AgreementProposalBody } from '@ambassadors/shared/views/api-inputs';
import { useAppContext } from '../../app/app-context';
import { useSave } from '../../app/use-save';
import type { ProposeAgreementDialogProps } from './propose-agreement-dialog.types';

/** One task per line; blank lines are not tasks. */
function tasksOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** A number field's text as the number it says (a comma is a decimal point in Danish). */
function numberOf(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text.replace(',', '.'));
}

/**
 * Proposes the prefilled agreement (the template, or one filled from the posting and the task
 * plan) to one selected candidate, after the leader has adjusted hours, term and tasks for that
 * person. The hints show the programme's bounds from the same shared rule the server checks;
 * a value out of bounds comes back naming its field, which the form marks and focuses.
 * Proposing is the leaders' acceptance of the version: only the ambassador is asked next.
 */
export function useProposeAgreementDialog({
  board,
  ambassador,
  onSaved,
  onClose,
}: ProposeAgreementDialogProps) {
  const { t } = useTranslation();
  const { api } = useAppContext();
  const template = board.agreementTemplate!;
  const term = ambassador.proposalTerm ?? ambassador.term;
  const bounds = agreementAdjustmentBounds(board.programme.settings ?? DEFAULT_SETTINGS);
  const [hours, setHours] = useState(String(template.hoursPerMonth));
  const [months, setMonths] = useState(String(termMonths(term)));
  const [tasks, setTasks] = useState(template.responsibilities.join('\n'));
  const { saving, problem, save } = useSave();
  const submit = async () => {
    const body: AgreementProposalBody = {
      terms: { ...template, hoursPerMonth: numberOf(hours), responsibilities: tasksOf(tasks) },
      term,
      termMonths: numberOf(months),
    };
    const saved = await save(() =>
      api.proposeAgreement({
        params: { id: board.programme.id, ambId: ambassador.id },
        body,
        ifMatch: ambassador.etag ?? null,
      }),
    );
    if (saved) {
      onSaved(saved.value.data);
      onClose();
    }
  };
  return {
    t,
    name: ambassador.person.displayName,
    template,
    start: term.start,
    bounds,
    hours,
    setHours,
    months,
    setMonths,
    tasks,
    setTasks,
    saving,
    problem,
    submit: () => void submit(),
  };
}
