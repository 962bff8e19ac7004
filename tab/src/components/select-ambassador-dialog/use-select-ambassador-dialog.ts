import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppContext } from '../../app/app-context';
import { useSave } from '../../app/use-save';
import type { SelectAmbassadorDialogProps } from './select-ambassador-dialog.types';

/**
 * Select (or decline) an applicant — always with a reason: the management team's "why have we
 * chosen these particular ambassadors?" is answered at the moment of choosing.
 */
export function useSelectAmbassadorDialog({
  board,
  application,
  onSaved,
  onClose,
}: SelectAmbassadorDialogProps) {
  const { t } = useTranslation();
  const { api } = useAppContext();
  const [outcome, setOutcome] = useState<'selected' | 'declined'>('selected');
  const [reason, setReason] = useState('');
  const { saving, problem, save } = useSave();
  const submit = async () => {
    const saved = await save(() =>
      api.decideApplication({
        params: { id: board.programme.id, appId: application.id },
        body: { outcome, reason: reason.trim() },
      }),
    );
    if (saved) {
      onSaved(saved.value.data);
      onClose();
    }
  };
  return {
    t,
    outcome,
    setOutcome,
    reason,
    setReason,
    saving,
    problem,
    canSubmit: reason.trim().length > 0,
    submit: () => void submit(),
  };
}
