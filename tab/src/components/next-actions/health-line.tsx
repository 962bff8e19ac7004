import { mergeClasses } from '@fluentui/react-components';
import type { HealthLineProps } from './next-actions.types';
import { useNextActionsStyles } from './next-actions.styles';

const MARK = { onTrack: '●', needsAttention: '▲', notStarted: '○', closed: '■' } as const;

/**
 * "On track / Needs attention: why" for a step or a watch-out. The mark's shape differs per
 * state as well as its colour, so the state reads without colour vision; the words carry it.
 */
export function HealthLine({ state, text, testId }: HealthLineProps) {
  const styles = useNextActionsStyles();
  return (
    <span className={styles.line} data-testid={testId} data-health={state}>
      <span aria-hidden="true" className={mergeClasses(styles[state])}>
        {MARK[state]}
      </span>
      <span>{text}</span>
    </span>
  );
}
