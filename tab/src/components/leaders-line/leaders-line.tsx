import type { LeadersLineProps } from './leaders-line.types';
import { useLeadersLine } from './use-leaders-line';
import { useLeadersLineStyles } from './leaders-line.styles';

/** "Led by …": the board shows who leads, so everybody knows whom to ask. */
export function LeadersLine(props: LeadersLineProps) {
  const view = useLeadersLine(props);
  const styles = useLeadersLineStyles();
  return (
    <p className={styles.root} data-testid="leaders">
      {view.text}
    </p>
  );
}
