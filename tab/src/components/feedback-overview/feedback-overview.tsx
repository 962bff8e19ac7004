import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  Spinner,
} from '@fluentui/react-components';
import type { Gated } from '@ambassadors/shared/rules/feedback/anonymity-gate';
import type { FeedbackOverviewProps } from './feedback-overview.types';
import { isHiddenAggregate, useFeedbackOverview } from './use-feedback-overview';
import { useFeedbackOverviewStyles } from './feedback-overview.styles';

/** Leaders' overview of check-ins: alignment trend, themes, change-course votes, free text. */
export function FeedbackOverview(props: FeedbackOverviewProps) {
  const { t, overview, error, number } = useFeedbackOverview(props);
  const styles = useFeedbackOverviewStyles();
  const show = <T,>(value: Gated<T> | null, render: (v: T) => string, min?: number) =>
    value === null
      ? '–'
      : isHiddenAggregate(value)
        ? t('feedback.hiddenShort', { minimum: value.minimum ?? min })
        : render(value);
  return (
    <Dialog open modalType="modal" onOpenChange={(_e, d) => !d.open && props.onClose()}>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>{t('feedback.title')}</DialogTitle>
          <DialogContent className={styles.content}>
            {error && (
              <MessageBar intent="error">
                <MessageBarBody>{error}</MessageBarBody>
              </MessageBar>
            )}
            {!overview && !error && <Spinner label={t('common.loading')} />}
            {overview && (
              <>
                <p>
                  {t('feedback.privacy', {
                    minimum: overview.minimumAnswers,
                    minimumFreeText: overview.minimumFreeText,
                  })}
                </p>
                <dl>
                  <dt>{t('feedback.checkIns')}</dt>
                  <dd>{show(overview.checkIns, (n) => number(n))}</dd>
                  <dt>{t('feedback.alignmentAverage')}</dt>
                  <dd>
                    {show(overview.alignmentAverage, (n) => t('feedback.outOf5', { value: number(n) }))}
                  </dd>
                </dl>
                <h3 className={styles.heading}>{t('feedback.trend')}</h3>
                {overview.months.length === 0 ? (
                  <p className={styles.hidden}>{t('feedback.noData')}</p>
                ) : (
                  <table className={styles.table}>
                    <thead>
                      <tr>
                        <th scope="col">{t('feedback.month')}</th>
                        <th scope="col">{t('feedback.checkIns')}</th>
                        <th scope="col">{t('feedback.alignmentAverage')}</th>
                        <th scope="col">{t('feedback.change')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {overview.months.map((m) => (
                        <tr key={m.month}>
                          <th scope="row">{m.month}</th>
                          <td>{show(m.checkIns, (n) => number(n))}</td>
                          <td>{show(m.alignmentAverage, (n) => number(n))}</td>
                          <td>{show(m.trend, (n) => (n > 0 ? `+${number(n)}` : number(n)))}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
                <h3 className={styles.heading}>{t('feedback.themes')}</h3>
                {isHiddenAggregate(overview.themes) ? (
                  <p className={styles.hidden}>
                    {t('feedback.hidden', { minimum: overview.themes.minimum })}
                  </p>
                ) : overview.themes.length === 0 ? (
                  <p className={styles.hidden}>
                    {t('feedback.noThemes', { minimum: overview.minimumAnswers })}
                  </p>
                ) : (
                  <ul className={styles.list}>
                    {overview.themes.map((theme) => (
                      <li key={theme.theme}>
                        {t('feedback.themeCount', { theme: theme.theme, count: theme.count })} ·{' '}
                        {theme.answered ? t('feedback.answered') : t('feedback.unanswered')}
                        {!theme.answered && (
                          <>
                            {' '}
                            <Button size="small" onClick={() => props.onAnswer(theme.theme)}>
                              {t('decision.answerTheme')}
                            </Button>
                          </>
                        )}
                      </li>
                    ))}
                  </ul>
                )}
                <h3 className={styles.heading}>{t('feedback.changeCourse')}</h3>
                <p>
                  {show(overview.changeCourse, (v) =>
                    t('feedback.votes', { yes: v.yes, no: v.no, unsure: v.unsure }),
                  )}
                </p>
                <h3 className={styles.heading}>{t('feedback.freeText')}</h3>
                {isHiddenAggregate(overview.freeText) ? (
                  <p className={styles.hidden}>
                    {t('feedback.hiddenFreeText', { minimum: overview.freeText.minimum })}
                  </p>
                ) : (
                  (['progress', 'challenges', 'successes', 'changeCourseSuggestions'] as const).map((key) => {
                    const list = (overview.freeText as Exclude<typeof overview.freeText, { hidden: true }>)[
                      key
                    ];
                    return list.length === 0 ? null : (
                      <div key={key}>
                        <h4 className={styles.heading}>{t(`feedback.lists.${key}`)}</h4>
                        <ul className={styles.list}>
                          {list.map((text, i) => (
                            <li key={i}>{text}</li>
                          ))}
                        </ul>
                      </div>
                    );
                  })
                )}
              </>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={props.onClose}>
              {t('common.close')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
