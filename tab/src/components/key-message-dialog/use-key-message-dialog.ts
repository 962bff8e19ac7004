import { useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { useAppContext } from '../../app/app-context';
import { useSave } from '../../app/use-save';
import type { KeyMessageDialogProps } from './key-message-dialog.types';

/** Publishes a new version of the key message ("align the messages"); versions are kept. */
export function useKeyMessageDialog({ board, onSaved, onReload, onClose }: KeyMessageDialogProps) {
  const { t } = useTranslation();
  const { api } = useAppContext();
  const [text, setText] = useState(board.keyMessage?.text ?? '');
  const { saving, problem, save } = useSave();
  const submit = async () => {
    const saved = await save(() =>
      api.publishKeyMessage({
        params: { id: board.programme.id },
        body: { text: text.trim() },
        ifMatch: board.programme.etag,
      }),
    );
    if (saved) {
      onSaved(saved.value.data);
      onClose();
    }
  };
  return {
    t,
    text,
    setText,
    saving,
    problem,
    canSubmit: text.trim().length > 0 && text.trim() !== board.keyMessage?.text,
    submit: () => void submit(),
    reloadLatest: () => void onReload(),
  };
}
