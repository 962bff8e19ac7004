import { useId } from 'react';
import { useAppContext } from '../../app/app-context';
import { formatDate } from '../../app/format';
import { AlignmentRound } from '../alignment-round';
import { boardLoadStatus } from '../status-message/board-load-status';
import { useMeetingStage } from './use-meeting-stage';
import { useMeetingStageStyles } from './meeting-stage.styles';

/** The meeting stage: the agenda, the key message and the live notes, for everyone in the meeting. */
export function MeetingStage() {
  const s = useMeetingStage();
  const { t } = s;
  const { locale } = useAppContext();
  const styles = useMeetingStageStyles();
  const idBase = useId();

  const status = boardLoadStatus({
    state: s.state,
    hasBoard: !!s.board,
    title: t('meetingStage.title'),
    t,
    retry: s.retry,
  });
  if (status || !s.board) return status;
  const { board, meeting } = s;
  const focusTitle = meeting?.focus ? t(`agenda.${meeting.focus}`) : null;

  return (
    <main className={styles.root} data-testid="meeting-stage" aria-labelledby={`${idBase}-title`}>
      <header>
        <h1 id={`${idBase}-title`} className={styles.title}>
          {t('meetingStage.title')}
        </h1>
        <p className={styles.subtitle}>{board.programme.name}</p>
      </header>
      <section className={styles.keyMessage} aria-labelledby={`${idBase}-key`}>
        <h2 id={`${idBase}-key`} className={styles.keyLabel}>
          {t('meetingPanel.currentKeyMessage')}
        </h2>
        <p className={styles.keyText} data-testid="stage-key-message">
          {board.keyMessage?.text ?? t('meetingPanel.noKeyMessage')}
        </p>
      </section>
      {meeting?.kind === 'alignment' && <AlignmentRound board={board} meeting={meeting} variant="stage" />}
      <p role="status" aria-live="polite" className={styles.subtitle} data-testid="stage-focus">
        {focusTitle ? t('meetingStage.inFocus', { heading: focusTitle }) : t('meetingStage.noFocus')}
      </p>
      {s.notesHidden && <p className={styles.muted}>{t('meetingStage.notesHidden')}</p>}
      <div className={styles.grid}>
        {s.headings.map((h) => {
          const inFocus = meeting?.focus === h.heading;
          return (
            <section
              key={h.heading}
              className={inFocus ? `${styles.heading} ${styles.focused}` : styles.heading}
              aria-labelledby={`${idBase}-${h.heading}`}
              aria-current={inFocus ? 'step' : undefined}
              data-testid={`stage-heading-${h.heading}`}
            >
              <h2 id={`${idBase}-${h.heading}`} className={styles.headingTitle}>
                {h.title}
              </h2>
              {inFocus && <p className={styles.focusBadge}>{t('meetingStage.nowDiscussing')}</p>}
              {h.notes.length === 0 ? (
                <p className={styles.muted}>{t('meetingPanel.noNotes')}</p>
              ) : (
                <ul className={styles.list}>
                  {h.notes.map((n) => (
                    <li key={n.id}>
                      <span className={styles.author}>{n.author}:</span> {n.text}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
      {meeting && meeting.actionItems.length > 0 && (
        <section className={styles.heading} aria-labelledby={`${idBase}-actions`}>
          <h2 id={`${idBase}-actions`} className={styles.headingTitle}>
            {t('meetingPanel.actionItems')}
          </h2>
          <ul className={styles.list}>
            {meeting.actionItems.map((a) => (
              <li key={a.id}>
                {t('meetingPanel.actionLine', {
                  text: a.text,
                  owner: a.owner.displayName,
                  due: formatDate(a.dueDate, locale),
                })}
              </li>
            ))}
          </ul>
        </section>
      )}
      {meeting && (
        <p className={styles.muted}>{t('meetingPanel.presentCount', { count: meeting.attended.length })}</p>
      )}
    </main>
  );
}
