import { Badge, Button, Checkbox, Link, ProgressBar } from '@fluentui/react-components';
import { useTranslation } from '../../../i18n/use-translation';
import type { BoardView, TrainingSessionView } from '@ambassadors/shared/views/board-view';
import { useAppContext } from '../../../app/app-context';
import { formatDate, formatDateTime } from '../../../app/format';
import type { StepContentProps, StepPanelActions } from '../step-panel.types';
import { useStepContentStyles } from '../step-panel.styles';

/** Required or optional, as a badge beside the item's title. */
function Need({ required }: { required: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge appearance="outline" color={required ? 'brand' : 'informative'}>
      {required ? t('trainingSession.required') : t('trainingSession.optional')}
    </Badge>
  );
}

/** One session: when (programme's zone), where (a place or a link to join), and per role what to do. */
function SessionItem({
  board,
  session,
  actions,
}: {
  board: BoardView;
  session: TrainingSessionView;
  actions: StepPanelActions;
}) {
  const { t } = useTranslation();
  const { locale } = useAppContext();
  const styles = useStepContentStyles();
  const isLeader = board.role === 'leader';
  const mine = board.myAmbassadorship?.training.sessions.find((s) => s.sessionId === session.id);
  const when = formatDateTime(session.startsAt, locale, board.programme.timeZone);
  return (
    <li className={styles.item} data-testid={`training-session-${session.id}`}>
      <div className={styles.row}>
        <span className={styles.name}>{session.title}</span>
        <Need required={session.required} />
        {mine &&
          (mine.attended === true ? (
            <Badge appearance="tint" color="success">
              {t('trainingSession.attended')}
            </Badge>
          ) : mine.attended === false ? (
            <Badge appearance="tint" color="warning">
              {t('trainingSession.absent')}
            </Badge>
          ) : null)}
      </div>
      <span className={styles.muted}>
        {t('trainingSession.when', { when, duration: session.durationMinutes })}
      </span>
      {session.place && <span>{session.place}</span>}
      {session.onlineUrl && (
        <Link href={session.onlineUrl} target="_blank" rel="noreferrer">
          {t('trainingSession.join')}
        </Link>
      )}
      {session.description && <p className={styles.text}>{session.description}</p>}
      {isLeader && (
        <div className={styles.row}>
          <Button
            size="small"
            onClick={() => actions.trainingSession(session)}
            aria-label={t('trainingSession.editNamed', { title: session.title })}
          >
            {t('trainingSession.edit')}
          </Button>
          <Button
            size="small"
            appearance="subtle"
            disabled={actions.busy === `session:remove:${session.id}`}
            onClick={() => actions.removeSession(session)}
            aria-label={t('trainingSession.removeNamed', { title: session.title })}
          >
            {t('editStep.remove')}
          </Button>
        </div>
      )}
      {isLeader && !session.started && (
        <span className={styles.muted}>{t('trainingSession.attendanceLater')}</span>
      )}
      {isLeader && session.attendance && session.attendance.length > 0 && (
        <fieldset className={styles.fieldset} data-testid="session-attendance">
          <legend className={styles.subheading}>{t('trainingSession.attendance')}</legend>
          {session.attendance.map((a) => {
            const amb = board.ambassadors.find((x) => x.id === a.ambassadorshipId);
            return (
              <Checkbox
                key={a.ambassadorshipId}
                label={a.attended === null ? `${a.name} (${t('trainingSession.notRecorded')})` : a.name}
                checked={a.attended === true}
                disabled={!amb || actions.busy === `attendance:${session.id}:${a.ambassadorshipId}`}
                onChange={(_e, d) => amb && actions.recordAttendance(session, amb, !!d.checked)}
              />
            );
          })}
        </fieldset>
      )}
    </li>
  );
}

/**
 * Step 4 ("Mindset") as a course: sessions with their time and place or link (leaders record who
 * attended once one started), self-paced modules with their material, and progress by the one
 * completion rule — the ambassador's own and what is next, the leaders' per ambassador.
 */
export function TrainingStep({ board, actions }: StepContentProps) {
  const { t } = useTranslation();
  const { locale } = useAppContext();
  const styles = useStepContentStyles();
  const mine = board.myAmbassadorship;
  const isLeader = board.role === 'leader';
  const sessions = board.trainingSessions;
  return (
    <div className={styles.section}>
      {mine && (
        <div className={styles.row} data-testid="my-training-progress">
          {mine.training.progress.complete ? (
            <Badge appearance="filled" color="success" size="large">
              {t('trainingSession.complete')}
            </Badge>
          ) : (
            <h4 className={styles.subheading}>
              {t('trainingSession.progress', {
                done: mine.training.progress.done,
                total: mine.training.progress.total,
              })}
            </h4>
          )}
          {mine.training.next && (
            <span className={styles.muted}>
              {t('trainingSession.next', { title: mine.training.next.title })}
            </span>
          )}
        </div>
      )}

      {(sessions.length > 0 || isLeader) && (
        <>
          <div className={styles.row}>
            <h4 className={styles.subheading}>{t('trainingSession.heading')}</h4>
            {isLeader && (
              <Button size="small" onClick={() => actions.trainingSession()}>
                {t('trainingSession.add')}
              </Button>
            )}
          </div>
          {sessions.length === 0 ? (
            <p className={styles.muted}>{t('trainingSession.empty')}</p>
          ) : (
            <ul className={styles.plainList}>
              {sessions.map((session) => (
                <SessionItem key={session.id} board={board} session={session} actions={actions} />
              ))}
            </ul>
          )}
        </>
      )}

      <h4 className={styles.subheading}>{t('trainingSession.modulesHeading')}</h4>
      {mine ? (
        <ul className={styles.plainList}>
          {mine.training.modules.map(({ module, completedAt }) => (
            <li key={module.id} className={styles.item}>
              <div className={styles.row}>
                <span className={styles.name}>{module.title}</span>
                <Need required={module.required} />
                {completedAt ? (
                  <Badge appearance="tint" color="success">
                    {t('training.doneOn', { date: formatDate(completedAt, locale) })}
                  </Badge>
                ) : (
                  <Button
                    size="small"
                    disabled={mine.state !== 'active' || actions.busy === `module:${module.id}`}
                    onClick={() => actions.completeModule(mine.id, module.id)}
                    aria-label={t('training.markDoneNamed', { title: module.title })}
                  >
                    {t('training.markDone')}
                  </Button>
                )}
              </div>
              {module.description && <p className={styles.text}>{module.description}</p>}
              {module.resourceUrl && (
                <Link href={module.resourceUrl} target="_blank" rel="noreferrer">
                  {t('training.resource')}
                </Link>
              )}
            </li>
          ))}
        </ul>
      ) : board.trainingModules.length === 0 ? (
        <p className={styles.muted}>{isLeader ? t('training.emptyLeader') : t('training.empty')}</p>
      ) : (
        <ul className={styles.plainList}>
          {board.trainingModules.map((module) => (
            <li key={module.id} className={styles.item}>
              <div className={styles.row}>
                <span className={styles.name}>{module.title}</span>
                <Need required={module.required} />
              </div>
              {module.description && <p className={styles.text}>{module.description}</p>}
              {module.dueWithinDays && (
                <span className={styles.muted}>
                  {t('training.dueWithin', { count: module.dueWithinDays })}
                </span>
              )}
              {module.resourceUrl && (
                <Link href={module.resourceUrl} target="_blank" rel="noreferrer">
                  {t('training.resource')}
                </Link>
              )}
            </li>
          ))}
        </ul>
      )}

      {isLeader && board.ambassadors.length > 0 && (
        <>
          <h4 className={styles.subheading}>{t('training.progressHeading')}</h4>
          <ul className={styles.plainList}>
            {board.ambassadors.map((amb) => {
              if (!amb.training) return null;
              const text = amb.training.complete
                ? t('trainingSession.complete')
                : t('trainingSession.progress', { done: amb.training.done, total: amb.training.total });
              return (
                <li key={amb.id} className={styles.item} data-testid={`training-progress-${amb.id}`}>
                  <div className={styles.row}>
                    <span className={styles.name}>{amb.person.displayName}</span>
                    <span className={styles.muted}>{text}</span>
                  </div>
                  <ProgressBar
                    value={
                      amb.training.complete
                        ? 1
                        : amb.training.total
                          ? amb.training.done / amb.training.total
                          : 0
                    }
                    color={amb.training.complete ? 'success' : 'brand'}
                    aria-label={`${amb.person.displayName}: ${text}`}
                  />
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}
