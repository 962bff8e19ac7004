import { useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { DecisionBody } from '@ambassadors/shared/views/api-inputs';
import { useAppContext } from '../../app/app-context';
import { useSave } from '../../app/use-save';
import type { DecisionDialogProps } from './decision-dialog.types';

/**
 * The leaders' answer to a feedback theme — change course, keep course, or explain — which the
 * ambassadors then see as "you said, we did". The server links the check-ins that raised it.
 */
export function useDecisionDialog({ board, theme: initialTheme, onSaved, onClose }: DecisionDialogProps) {
  const { t } = useTranslation();
  const { api } = useAppContext();
  const [theme, setTheme] = useState(initialTheme ?? '');
  const [outcome, setOutcome] = useState<DecisionBody['outcome']>('changeCourse');
  const [explanation, setExplanation] = useState('');
  const { saving, problem, save } = useSave();
  const submit = async () => {
    const body: DecisionBody = { theme: theme.trim(), outcome, explanation: explanation.trim() };
    const saved = await save(() => api.recordDecision({ params: { id: board.programme.id }, body }));
    if (saved) {
      onSaved(saved.value.data);
      onClose();
    }
  };
  return {
    t,
    theme,
    setTheme,
    outcome,
    setOutcome,
    explanation,
    setExplanation,
    saving,
    problem,
    canSubmit: theme.trim().length > 0 && explanation.trim().length > 0,
    submit: () => void submit(),
  };
}
