import { Link, mergeClasses } from '@fluentui/react-components';
import { HealthLine } from './health-line';
import type { NextActionsProps } from './next-actions.types';
import { useNextActions } from './use-next-actions';
import { useNextActionsStyles } from './next-actions.styles';

/**
 * "What now" at the top of the board: the few next actions the card calls for, for the reader's
 * role (the server computed them), each a link that opens its step; beside them, the health of
 * the watch-outs the reader may see.
 */
export function NextActions(props: NextActionsProps) {
  const view = useNextActions(props);
  const styles = useNextActionsStyles();
  return (
    <section className={styles.root} aria-labelledby="next-actions-heading" data-testid="next-actions">
      <div>
        <h2 id="next-actions-heading">{view.heading}</h2>
        {view.lines.length === 0 ? (
          <p className={styles.empty} data-testid="next-actions-empty">
            {view.empty}
          </p>
        ) : (
          <ol className={styles.list}>
            {view.lines.map((line) => (
              <li key={line.action.id} className={styles.item} data-kind={line.action.kind}>
                <Link as="button" className={styles.link} onClick={() => props.onOpen(line.action)}>
                  {line.text}
                </Link>
                {line.due && (
                  <span className={mergeClasses(styles.due, line.action.overdue && styles.overdue)}>
                    {line.due}
                  </span>
                )}
              </li>
            ))}
          </ol>
        )}
      </div>
      {view.watchOuts.length > 0 && (
        <div>
          <h3 id="watch-out-health-heading" className={styles.subheading}>
            {view.healthHeading}
          </h3>
          <ul
            className={styles.health}
            aria-labelledby="watch-out-health-heading"
            data-testid="watch-out-health"
          >
            {view.watchOuts.map((w) => (
              <li key={w.key}>
                <span className={styles.healthTitle}>{w.title}</span>
                <HealthLine state={w.state} text={w.text} testId={`health-${w.key}`} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
