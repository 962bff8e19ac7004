import { Badge, Button, mergeClasses, ProgressBar } from '@fluentui/react-components';
import { compoundBreaks } from '../../app/format';
import { HealthLine } from '../next-actions/health-line';
import type { StepCardProps } from './step-card.types';
import { useStepCard } from './use-step-card';
import { useStepCardStyles } from './step-card.styles';

/** One of the five steps at a glance: status, owner, due date, progress and what is missing. */
export function StepCard(props: StepCardProps) {
  const { step, number, title, selected, onOpen, health } = props;
  const view = useStepCard(props);
  const styles = useStepCardStyles();
  const headingId = `step-card-${step.key}`;
  return (
    <article
      className={mergeClasses(styles.root, selected && styles.selected)}
      aria-labelledby={headingId}
      data-step={step.key}
    >
      <div className={styles.header}>
        <span className={styles.number}>{view.t('step.number', { number })}</span>
        <h3 id={headingId} className={styles.title}>
          {compoundBreaks(title)}
        </h3>
        <Badge appearance="tint" color={view.statusColor} data-testid={`status-${step.key}`}>
          {view.statusLabel}
        </Badge>
        {step.override && (
          <span className={styles.override}>{view.t('step.overridden', { note: step.override.note })}</span>
        )}
      </div>
      {health && <HealthLine state={health.state} text={health.text} testId={`health-${step.key}`} />}
      <dl className={styles.facts}>
        <dt className={styles.term}>{view.t('step.owner')}</dt>
        <dd className={styles.value}>{view.owner}</dd>
        <dt className={styles.term}>{view.t('step.dueDate')}</dt>
        <dd className={mergeClasses(styles.value, view.overdue && styles.overdue)}>
          {view.due}
          {view.overdue && ` · ${view.t('step.overdue')}`}
        </dd>
        <dt className={styles.term}>{view.t('step.progressLabel')}</dt>
        <dd className={styles.value}>{view.progressText}</dd>
      </dl>
      <ProgressBar
        value={view.percent}
        thickness="large"
        aria-label={`${title}: ${view.progressText}`}
        color={step.status === 'done' ? 'success' : 'brand'}
      />
      {view.missing.length > 0 && (
        <>
          <span className={styles.term}>{view.t('step.missing')}</span>
          <ul className={styles.missing}>
            {view.missing.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </>
      )}
      <Button
        className={styles.open}
        appearance={selected ? 'primary' : 'secondary'}
        size="small"
        onClick={() => onOpen(step.key)}
        aria-pressed={selected}
        aria-label={view.t('step.openNamed', { title })}
      >
        {view.t('step.open')}
      </Button>
    </article>
  );
}
