import { Spinner } from '@fluentui/react-components';
import type { TFunction } from '../../i18n/translator';
import type { BoardLoadState } from '../board/board.types';
import { StatusMessage } from './status-message';

/**
 * What a page built on one programme's board shows until that board is there: a spinner, the
 * error with a retry, or "no programme". Null once the board is ready, so the page renders it.
 * The meeting side panel and the stage share it, so both say the same thing the same way.
 */
export function boardLoadStatus(args: {
  state: BoardLoadState;
  hasBoard: boolean;
  title: string;
  t: TFunction;
  retry: () => Promise<unknown> | void;
}): React.JSX.Element | null {
  const { state, hasBoard, title, t, retry } = args;
  if (state.status === 'loading') return <Spinner label={t('common.loading')} />;
  if (state.status === 'error')
    return (
      <StatusMessage
        kind="error"
        title={title}
        message={state.error.message}
        action={{ label: t('common.retry'), onClick: () => void retry() }}
      />
    );
  if (!hasBoard) return <StatusMessage kind="empty" title={title} message={t('config.none')} />;
  return null;
}
