import { lazy, Suspense } from 'react';
import { Badge, Button } from '@fluentui/react-components';
import { PlanExitLink } from '../plan-exit-link';
import type { WatchOutsProps } from './watch-outs.types';
import { useWatchOuts } from './use-watch-outs';
import { useWatchOutsStyles } from './watch-outs.styles';

/**
 * Open situations carry a form (radio group, select, text areas): a chunk of their own, fetched
 * after the board's first render, so the first view stays within its size budget.
 */
const OpenSituations = lazy(() => import('../open-situations').then((m) => ({ default: m.OpenSituations })));

const OUTCOME_COLOR = { changeCourse: 'important', keepCourse: 'success', explain: 'informative' } as const;

/**
 * "Vær opmærksom på": terms with days left and upcoming exits; the key message and the next
 * alignment meeting; recent feedback and what the leaders did about it.
 */
export function WatchOuts(props: WatchOutsProps) {
  const { board } = props;
  const view = useWatchOuts(props);
  const { actions } = view;
  const styles = useWatchOutsStyles();
  const { t } = view;
  return (
    <section aria-labelledby="watch-outs-heading">
      <h2 id="watch-outs-heading">{t('watchOuts.heading')}</h2>
      <div className={styles.grid}>
        <article className={styles.panel} aria-labelledby="wo-limit" data-testid="watch-out-limitPeriod">
          <h3 id="wo-limit" className={styles.title}>
            {view.title('limitPeriod')}
          </h3>
          <p className={styles.description}>{view.description('limitPeriod')}</p>
          {view.ambassadors.length === 0 ? (
            <p className={styles.muted}>
              {t(view.closed ? 'watchOuts.closedNoAmbassadors' : 'watchOuts.noAmbassadors')}
            </p>
          ) : (
            <ul className={styles.list}>
              {view.ambassadors.map((amb) => (
                <li key={amb.id} className={styles.person} data-testid={`term-${amb.person.userId}`}>
                  <div className={styles.personMain}>
                    <div className={styles.row}>
                      <span className={styles.name}>{amb.person.displayName}</span>
                      <Badge appearance="tint" color={amb.state === 'active' ? 'success' : 'informative'}>
                        {t(`ambassadorState.${amb.state}`)}
                      </Badge>
                    </div>
                    <span className={styles.muted}>
                      {t('watchOuts.term', {
                        start: view.formatDate(amb.term.start),
                        end: view.formatDate(amb.term.end),
                      })}
                    </span>
                    {amb.termEndingSoon ? (
                      <div className={styles.row}>
                        <Badge appearance="filled" color="warning">
                          {t('watchOuts.endsIn', { count: Math.max(amb.daysLeft, 0) })}
                        </Badge>
                        {view.isLeader && <PlanExitLink ambassador={amb} />}
                      </div>
                    ) : (
                      <span className={styles.muted}>{t('watchOuts.daysLeft', { count: amb.daysLeft })}</span>
                    )}
                  </div>
                  {view.canChat && (
                    <Button
                      size="small"
                      appearance="subtle"
                      onClick={() => view.chat(amb.person.userId)}
                      aria-label={t('common.chatWith', { name: amb.person.displayName })}
                    >
                      {t('common.chat')}
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          )}
          {view.exits.length > 0 && (
            <p className={styles.muted} role="note">
              {t('watchOuts.upcomingExits', { count: view.exits.length })}
            </p>
          )}
        </article>

        <article className={styles.panel} aria-labelledby="wo-align" data-testid="watch-out-alignMessages">
          <h3 id="wo-align" className={styles.title}>
            {view.title('alignMessages')}
          </h3>
          <p className={styles.description}>{view.description('alignMessages')}</p>
          <span className={styles.name}>{t('watchOuts.keyMessage')}</span>
          {board.keyMessage ? (
            <>
              <blockquote className={styles.message}>{board.keyMessage.text}</blockquote>
              <span className={styles.muted}>
                {t('watchOuts.keyMessageVersion', {
                  version: board.keyMessage.version,
                  date: view.formatDate(board.keyMessage.createdAt),
                })}
              </span>
            </>
          ) : (
            <p className={styles.muted}>{t('watchOuts.noKeyMessage')}</p>
          )}
          <span className={styles.name}>{t('watchOuts.nextAlignment')}</span>
          {board.nextAlignmentMeeting ? (
            <span>
              {view.formatDateTime(board.nextAlignmentMeeting.at)}
              {!board.nextAlignmentMeeting.meetingId && (
                <span className={styles.muted}> · {t('watchOuts.notPlannedYet')}</span>
              )}
            </span>
          ) : (
            <p className={styles.muted}>
              {board.alignmentRequired
                ? t('watchOuts.alignmentMissing')
                : t('watchOuts.alignmentNotRequired')}
            </p>
          )}
          {view.canWrite && (
            <div className={styles.row}>
              <Button appearance="secondary" onClick={actions.publishKeyMessage}>
                {t('keyMessage.open')}
              </Button>
              {!board.nextAlignmentMeeting?.meetingId && board.alignmentRequired && (
                <Button appearance="secondary" onClick={() => actions.meeting()}>
                  {t('meetingDialog.planAlignment')}
                </Button>
              )}
            </div>
          )}
        </article>

        <article className={styles.panel} aria-labelledby="wo-feedback" data-testid="watch-out-feedback">
          <h3 id="wo-feedback" className={styles.title}>
            {view.title('feedback')}
          </h3>
          <p className={styles.description}>{view.description('feedback')}</p>
          <span className={styles.name}>{t('watchOuts.youSaidWeDid')}</span>
          {board.youSaidWeDid.length === 0 ? (
            <p className={styles.muted}>{t('watchOuts.noDecisions')}</p>
          ) : (
            <ul className={styles.list}>
              {board.youSaidWeDid.slice(0, 4).map((decision) => (
                <li key={decision.id}>
                  <div className={styles.row}>
                    <span className={styles.name}>{decision.theme}</span>
                    <Badge appearance="tint" color={OUTCOME_COLOR[decision.outcome]}>
                      {t(`outcome.${decision.outcome}`)}
                    </Badge>
                  </div>
                  <p className={styles.description}>{decision.explanation}</p>
                  <span className={styles.muted}>
                    {/* "answers N check-ins" only when the server shows the count (enough people) */}
                    {decision.checkInCount === undefined
                      ? t('watchOuts.decisionByPlain', {
                          name: decision.by.displayName,
                          date: view.formatDate(decision.at),
                        })
                      : t('watchOuts.decisionBy', {
                          name: decision.by.displayName,
                          date: view.formatDate(decision.at),
                          count: decision.checkInCount,
                        })}
                  </span>
                </li>
              ))}
            </ul>
          )}
          {view.isLeader && (
            <div className={styles.row}>
              <Button appearance="secondary" onClick={actions.openFeedbackOverview}>
                {t('watchOuts.openOverview')}
              </Button>
              {view.canWrite && (
                <Button appearance="secondary" onClick={() => actions.recordDecision()}>
                  {t('decision.open')}
                </Button>
              )}
            </div>
          )}
          {view.canCheckIn && (
            <Button appearance="primary" onClick={actions.checkIn}>
              {t('checkIn.open')}
            </Button>
          )}
          <Suspense fallback={null}>
            <OpenSituations board={board} />
          </Suspense>
        </article>
      </div>
    </section>
  );
}
