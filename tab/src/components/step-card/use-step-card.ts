import { useTranslation } from '../../i18n/use-translation';
import { useAppContext } from '../../app/app-context';
import { formatDate } from '../../app/format';
import type { StepCardProps } from './step-card.types';

type BadgeColor = 'success' | 'warning' | 'informative';

/** Turns a step's state into the words and colours the card shows. */
export function useStepCard({ step, today }: StepCardProps) {
  const { t } = useTranslation();
  const { locale } = useAppContext();
  const statusColor: BadgeColor =
    step.status === 'done' ? 'success' : step.status === 'inProgress' ? 'warning' : 'informative';
  const overdue = step.status !== 'done' && !!step.dueDate && step.dueDate < today;
  const percent =
    step.progress.total > 0 ? step.progress.done / step.progress.total : step.status === 'done' ? 1 : 0;
  return {
    t,
    statusLabel: t(`status.${step.status}`),
    statusColor,
    owner: step.owner?.displayName ?? t('step.noOwner'),
    due: step.dueDate ? formatDate(step.dueDate, locale) : t('step.noDueDate'),
    overdue,
    percent,
    progressText: t('step.progress', { done: step.progress.done, total: step.progress.total }),
    missing: step.missing.map((code) => t(`missing.${code}`, { defaultValue: code })),
  };
}
