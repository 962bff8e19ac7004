import type { UndoHistoryProps } from './undo-history.types';
import { useUndoHistory } from './use-undo-history';
import { useUndoHistoryStyles } from './undo-history.styles';

/** "Undone": what was done and taken back, by whom and when, where the act shows. */
export function UndoHistory(props: UndoHistoryProps) {
  const { t, entries } = useUndoHistory(props);
  const styles = useUndoHistoryStyles();
  if (entries.length === 0) return null;
  return (
    <div data-testid="undo-history">
      <span className={styles.label}>{t('undo.history')}</span>
      <ul className={styles.list}>
        {entries.map((entry) => (
          <li key={entry.key}>
            {entry.line}
            {entry.reason && <> – {entry.reason}</>}
          </li>
        ))}
      </ul>
    </div>
  );
}
