import { useTranslation } from '../../../i18n/use-translation';
import type { StepContentProps } from '../step-panel.types';
import { useStepContentStyles } from '../step-panel.styles';

/** Step 1: the concrete tasks an ambassador takes on, with the time each takes. */
export function TaskPlanStep({ board }: StepContentProps) {
  const { t } = useTranslation();
  const styles = useStepContentStyles();
  const tasks = board.taskPlan.tasks;
  const hours = tasks.reduce((sum, task) => sum + task.hoursPerMonth, 0);
  return (
    <div className={styles.section}>
      <h4 className={styles.subheading}>{t('taskPlan.tasks')}</h4>
      {tasks.length === 0 ? (
        <p className={styles.muted}>
          {board.role === 'leader' ? t('taskPlan.emptyLeader') : t('taskPlan.empty')}
        </p>
      ) : (
        <>
          <ul className={styles.plainList}>
            {tasks.map((task) => (
              <li key={task.id} className={styles.item}>
                <span className={styles.name}>{task.title}</span>
                {task.description && <p className={styles.text}>{task.description}</p>}
                <span className={styles.muted}>
                  {t('common.hoursPerMonth', { count: task.hoursPerMonth })}
                </span>
              </li>
            ))}
          </ul>
          <span className={styles.muted}>
            {t('taskPlan.total', {
              count: hours,
              expected: board.programme.settings?.hoursPerMonth ?? hours,
            })}
          </span>
        </>
      )}
    </div>
  );
}
