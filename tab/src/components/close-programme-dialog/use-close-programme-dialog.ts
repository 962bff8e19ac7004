import { useTranslation } from '../../i18n/use-translation';
import { useAppContext } from '../../app/app-context';
import { useSave } from '../../app/use-save';
import type { CloseProgrammeDialogProps } from './close-programme-dialog.types';

/**
 * Closing is a big step, so the dialog lists what follows before the leader confirms: the
 * ambassadors' roles end (their exits stay to plan), no more reminders, the board only reads,
 * and the 30 days in which it can be reopened.
 */
export function useCloseProgrammeDialog({ board, onSaved, onClose }: CloseProgrammeDialogProps) {
  const { t } = useTranslation();
  const { api } = useAppContext();
  const { saving, problem, save } = useSave();
  const submit = async () => {
    const saved = await save(() =>
      api.closeProgramme({ params: { id: board.programme.id }, ifMatch: board.programme.etag }),
    );
    if (saved) {
      onSaved(saved.value.data);
      onClose();
    }
  };
  return {
    t,
    name: board.programme.name,
    ambassadors: board.ambassadors.length,
    saving,
    problem,
    submit: () => void submit(),
  };
}
