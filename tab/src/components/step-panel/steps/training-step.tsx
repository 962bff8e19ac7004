import { Badge, Button, Link, ProgressBar } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useAppContext } from '../../../app/app-context';
import { formatDate } from '../../../app/format';
import type { StepContentProps } from '../step-panel.types';
import { useStepContentStyles } from '../step-panel.styles';

/** Step 4 ("Mindset"): the training modules and who has completed them. */
export function TrainingStep({ board, actions }: StepContentProps) {
  const { t } = useTranslation();
  const { locale } = useAppContext();
  const styles = useStepContentStyles();
  const mine = board.myAmbassadorship;
  return (
    <div className={styles.section}>
      {mine ? (
        <>
          <h4 className={styles.subheading}>
            {t('training.mine', { done: mine.training.progress.done, total: mine.training.progress.total })}
          </h4>
          <ul className={styles.plainList}>
            {mine.training.modules.map(({ module, completedAt }) => (
              <li key={module.id} className={styles.item}>
                <div className={styles.row}>
                  <span className={styles.name}>{module.title}</span>
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
        </>
      ) : board.trainingModules.length === 0 ? (
        <p className={styles.muted}>
          {board.role === 'leader' ? t('training.emptyLeader') : t('training.empty')}
        </p>
      ) : (
        <ul className={styles.plainList}>
          {board.trainingModules.map((module) => (
            <li key={module.id} className={styles.item}>
              <span className={styles.name}>{module.title}</span>
              {module.description && <p className={styles.text}>{module.description}</p>}
              {module.dueWithinDays && (
                <span className={styles.muted}>
                  {t('training.dueWithin', { count: module.dueWithinDays })}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}

      {board.role === 'leader' && board.ambassadors.length > 0 && (
        <>
          <h4 className={styles.subheading}>{t('training.progressHeading')}</h4>
          <ul className={styles.plainList}>
            {board.ambassadors.map((amb) => {
              if (!amb.training) return null;
              const text = t('step.progress', { done: amb.training.done, total: amb.training.total });
              return (
                <li key={amb.id} className={styles.item}>
                  <div className={styles.row}>
                    <span className={styles.name}>{amb.person.displayName}</span>
                    <span className={styles.muted}>{text}</span>
                  </div>
                  <ProgressBar
                    value={amb.training.total ? amb.training.done / amb.training.total : 0}
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
