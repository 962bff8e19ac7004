import { useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { useAppContext } from '../../app/app-context';
import { useSave } from '../../app/use-save';
import type { ApplyDialogProps } from './apply-dialog.types';

/** An employee applies to the posting with a short motivation. */
export function useApplyDialog({ board, onSaved, onClose }: ApplyDialogProps) {
  const { t } = useTranslation();
  const { api } = useAppContext();
  const [motivation, setMotivation] = useState('');
  const { saving, problem, save } = useSave();
  const submit = async () => {
    const saved = await save(() =>
      api.apply({ params: { id: board.programme.id }, body: { motivation: motivation.trim() } }),
    );
    if (saved) {
      onSaved(saved.value.data);
      onClose();
    }
  };
  return {
    t,
    motivation,
    setMotivation,
    saving,
    problem,
    minChars: board.posting.motivationMinChars,
    canSubmit: motivation.trim().length > 0,
    submit: () => void submit(),
  };
}
