import { useTranslation } from '../../i18n/use-translation';
import { useBoardActions } from '../board-actions';
import type { PlanExitLinkProps } from './plan-exit-link.types';

/** Opens the exit plan for a current ambassador: no plan is on the board for them yet. */
export function usePlanExitLink({ ambassador }: PlanExitLinkProps) {
  const { t } = useTranslation();
  const { planExit } = useBoardActions();
  return {
    label: t('exit.plan'),
    ariaLabel: t('exit.planNamed', { name: ambassador.person.displayName }),
    open: () =>
      planExit({
        id: ambassador.id,
        name: ambassador.person.displayName,
        etag: ambassador.etag ?? null,
        exit: ambassador.exit ?? null,
      }),
  };
}
