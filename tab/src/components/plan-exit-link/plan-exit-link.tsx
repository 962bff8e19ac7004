import { Link } from '@fluentui/react-components';
import type { PlanExitLinkProps } from './plan-exit-link.types';
import { usePlanExitLink } from './use-plan-exit-link';

/** "Plan the exit" beside an ambassador whose term ends soon (watch-outs and step 3 alike). */
export function PlanExitLink(props: PlanExitLinkProps) {
  const view = usePlanExitLink(props);
  return (
    <Link as="button" onClick={view.open} aria-label={view.ariaLabel}>
      {view.label}
    </Link>
  );
}
