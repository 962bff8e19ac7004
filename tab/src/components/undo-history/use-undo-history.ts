import { useTranslation } from '../../i18n/use-translation';
import { useAppContext } from '../../app/app-context';
import { formatDateTime } from '../../app/format';
import type { UndoHistoryProps } from './undo-history.types';

/** The undone acts about the given subjects, each as one line (and its reason, if given). */
export function useUndoHistory({ board, subjects, withNames }: UndoHistoryProps) {
  const { t } = useTranslation();
  const { locale } = useAppContext();
  const tz = board.programme.timeZone;
  const entries = (board.undoHistory ?? [])
    .filter((entry) => subjects.includes(entry.subject))
    .map((entry) => ({
      key: `${entry.subject}:${entry.at}:${entry.undoneAt}`,
      line:
        (withNames && entry.name ? `${entry.name}: ` : '') +
        t('undo.entry', {
          what: t(`undo.what.${entry.what}`, { defaultValue: entry.what }),
          by: entry.by.displayName,
          at: formatDateTime(entry.at, locale, tz),
          undoneBy: entry.undoneBy.displayName,
          undoneAt: formatDateTime(entry.undoneAt, locale, tz),
        }),
      reason: entry.reason ? t('undo.entryReason', { reason: entry.reason }) : null,
    }));
  return { t, entries };
}
