import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import type { ClosureBannerProps } from './closure-banner.types';
import { useClosureBanner } from './use-closure-banner';
import { useClosureBannerStyles } from './closure-banner.styles';

/** "This programme is closed": shown above a closed programme's board, for every role. */
export function ClosureBanner(props: ClosureBannerProps) {
  const view = useClosureBanner(props);
  const styles = useClosureBannerStyles();
  const { t, closure } = view;
  if (!closure) return null;
  return (
    <div className={styles.root}>
      <MessageBar intent="warning" layout="multiline" data-testid="closed-banner">
        <MessageBarBody>
          <MessageBarTitle>{t('closure.bannerTitle')}</MessageBarTitle>
          {t('closure.bannerText', { date: view.closedOn, name: closure.closedBy.displayName })}{' '}
          {view.isLeader &&
            (closure.canReopen
              ? t('closure.reopenUntil', { date: view.reopenUntil })
              : t('closure.reopenOver', { date: view.reopenUntil }))}
        </MessageBarBody>
        {view.canReopen && (
          <MessageBarActions>
            <Button onClick={view.reopen} disabled={view.saving} data-testid="reopen-programme">
              {t('closure.reopen')}
            </Button>
          </MessageBarActions>
        )}
      </MessageBar>
      {view.problem && (
        <MessageBar intent="error" data-testid="reopen-error">
          <MessageBarBody>{view.problem.message}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
