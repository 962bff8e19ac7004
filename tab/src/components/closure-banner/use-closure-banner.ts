import { useTranslation } from '../../i18n/use-translation';
import { useAppContext } from '../../app/app-context';
import { formatDate } from '../../app/format';
import { useSave } from '../../app/use-save';
import type { ClosureBannerProps } from './closure-banner.types';

/**
 * The closed programme's banner: since when and by whom, that the board only reads now, and —
 * for leaders, while the window lasts — the reopen. The server decides whether a reopen is still
 * possible (`closure.canReopen`); its refusal, in the user's language, is shown as it comes.
 */
export function useClosureBanner({ board, onChanged }: ClosureBannerProps) {
  const { t } = useTranslation();
  const { api, locale } = useAppContext();
  const { saving, problem, save } = useSave();
  const closure = board.closure;
  const reopen = async () => {
    const saved = await save(() =>
      api.reopenProgramme({ params: { id: board.programme.id }, ifMatch: board.programme.etag }),
    );
    if (saved) onChanged(saved.value.data);
  };
  return {
    t,
    closure,
    closedOn: closure ? formatDate(closure.closedOn, locale) : '',
    reopenUntil: closure ? formatDate(closure.reopenUntil, locale) : '',
    canReopen: !!closure?.canReopen && board.permissions.includes('programme:reopen'),
    isLeader: board.role === 'leader',
    saving,
    problem,
    reopen: () => void reopen(),
  };
}
