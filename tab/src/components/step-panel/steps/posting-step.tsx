import { Badge, Button, Link } from '@fluentui/react-components';
import { useTranslation } from '../../../i18n/use-translation';
import { useAppContext } from '../../../app/app-context';
import { formatDate } from '../../../app/format';
import { applicantMessageOf } from '@ambassadors/shared/rules/application-round';
import type { StepContentProps } from '../step-panel.types';
import { useStepContentStyles } from '../step-panel.styles';
import type { ApplicationView, BoardView, MyApplicationView } from '@ambassadors/shared/views/board-view';
import { useUndoOffer } from '../../../app/undo-offer';
import { UndoHistory } from '../../undo-history';

/** "Undo" for the caller's own decision on an application, while it may be undone. */
function UndoDecision({
  board,
  app,
  actions,
}: { board: BoardView; app: ApplicationView } & Pick<StepContentProps, 'actions'>) {
  const { t } = useTranslation();
  const offer = useUndoOffer(board, 'decision', app.id);
  if (!offer) return null;
  return (
    <Button
      size="small"
      appearance="secondary"
      onClick={() => actions.undo(offer)}
      aria-label={t('undo.decisionNamed', { name: app.applicant.displayName })}
      data-testid="undo-decision"
    >
      {t('undo.action')}
    </Button>
  );
}

/** "Undo my withdrawal" for the applicant, while it may be undone. */
function UndoOwnWithdrawal({
  board,
  mine,
  actions,
}: { board: BoardView; mine: MyApplicationView } & Pick<StepContentProps, 'actions'>) {
  const { t } = useTranslation();
  const offer = useUndoOffer(board, 'applicationWithdrawal', mine.id);
  if (!offer) return null;
  return (
    <Button
      size="small"
      appearance="secondary"
      onClick={() => actions.undo(offer)}
      style={{ alignSelf: 'flex-start' }}
    >
      {t('undo.withdrawalOwn')}
    </Button>
  );
}

/** Step 2: the posting; employees apply, leaders see applications and select with a reason. */
export function PostingStep({ board, actions }: StepContentProps) {
  const { t } = useTranslation();
  const { locale } = useAppContext();
  const styles = useStepContentStyles();
  const { posting, open, canApply, invitations } = board.posting;
  const mine = board.myApplication;
  return (
    <div className={styles.section}>
      {!posting ? (
        <p className={styles.muted}>
          {board.role === 'leader' ? t('posting.emptyLeader') : t('posting.empty')}
        </p>
      ) : (
        <article className={styles.section} aria-labelledby="posting-title">
          <div className={styles.row}>
            <h4 id="posting-title" className={styles.subheading}>
              {posting.title}
            </h4>
            <Badge appearance="tint" color={open ? 'success' : 'subtle'}>
              {open ? t('posting.open') : posting.publishedAt ? t('posting.closed') : t('posting.draft')}
            </Badge>
          </div>
          <dl className={styles.facts}>
            <dt className={styles.term}>{t('posting.time')}</dt>
            <dd className={styles.value}>{t('common.hoursPerMonth', { count: posting.hoursPerMonth })}</dd>
            <dt className={styles.term}>{t('posting.term')}</dt>
            <dd className={styles.value}>{t('common.months', { count: posting.termMonths })}</dd>
            <dt className={styles.term}>{t('posting.deadline')}</dt>
            <dd className={styles.value}>{formatDate(posting.applicationDeadline, locale)}</dd>
          </dl>
          {posting.responsibilities.length > 0 && (
            <>
              <span className={styles.name}>{t('posting.responsibilities')}</span>
              <ul className={styles.list}>
                {posting.responsibilities.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            </>
          )}
          {posting.expectations.length > 0 && (
            <>
              <span className={styles.name}>{t('posting.expectations')}</span>
              <ul className={styles.list}>
                {posting.expectations.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            </>
          )}
        </article>
      )}

      {mine && (
        <div className={styles.section} role="status" data-testid="my-application">
          {mine.decision ? (
            <>
              <span className={styles.name}>{t(`posting.myDecisionTitle.${mine.decision.outcome}`)}</span>
              <p className={styles.text}>
                {applicantMessageOf(
                  // The board names the leaders' message `message` (null: the kind default).
                  { outcome: mine.decision.outcome, applicantMessage: mine.decision.message ?? undefined },
                  locale,
                )}
              </p>
            </>
          ) : mine.withdrawnAt ? (
            <p className={styles.text}>
              {t('posting.withdrawn', { date: formatDate(mine.withdrawnAt, locale) })}
            </p>
          ) : (
            <p className={styles.text}>
              {t('posting.applied', { date: formatDate(mine.submittedAt, locale) })}
            </p>
          )}
          {mine.canWithdraw && (
            <Button
              size="small"
              appearance="secondary"
              disabled={actions.busy !== null}
              onClick={() => actions.withdrawApplication(mine.id)}
              style={{ alignSelf: 'flex-start' }}
            >
              {t('posting.withdraw')}
            </Button>
          )}
          <UndoOwnWithdrawal board={board} mine={mine} actions={actions} />
          <UndoHistory board={board} subjects={[mine.id]} />
        </div>
      )}
      {canApply && (
        <Button appearance="primary" onClick={actions.apply} style={{ alignSelf: 'flex-start' }}>
          {t('posting.apply')}
        </Button>
      )}

      {invitations && invitations.length > 0 && (
        <>
          <h4 className={styles.subheading}>{t('posting.invitations')}</h4>
          <ul className={styles.list}>
            {invitations.map((inv) => (
              <li key={inv.invitee.userId} data-testid={`invitation-${inv.invitee.userId}`}>
                {inv.invitee.displayName}
                {inv.note && <span className={styles.muted}> – {inv.note}</span>}{' '}
                <Link
                  as="button"
                  onClick={() => actions.chat(inv.invitee.userId)}
                  aria-label={t('invitations.chatNamed', { name: inv.invitee.displayName })}
                >
                  {t('invitations.chat')}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}

      {board.applications && (
        <>
          <h4 className={styles.subheading}>
            {t('posting.applications', { count: board.applications.length })}
          </h4>
          {board.applications.length === 0 ? (
            <p className={styles.muted}>{t('posting.noApplications')}</p>
          ) : (
            <ul className={styles.plainList}>
              {board.applications.map((app) => (
                <li key={app.id} className={styles.item} data-testid={`application-${app.applicant.userId}`}>
                  <div className={styles.row}>
                    <span className={styles.name}>{app.applicant.displayName}</span>
                    {app.invited && <Badge appearance="outline">{t('posting.invited')}</Badge>}
                    {app.withdrawnAt && (
                      <Badge appearance="outline">{t('posting.applicationWithdrawn')}</Badge>
                    )}
                    {app.earlier.length > 0 && (
                      <span className={styles.muted}>
                        {t('posting.earlierRounds', { count: app.earlier.length })}
                      </span>
                    )}
                    {app.decision && (
                      <Badge
                        appearance="tint"
                        color={app.decision.outcome === 'selected' ? 'success' : 'subtle'}
                      >
                        {t(`posting.outcome.${app.decision.outcome}`)}
                      </Badge>
                    )}
                    <span className={styles.muted}>{formatDate(app.submittedAt, locale)}</span>
                  </div>
                  <p className={styles.text}>{app.motivation}</p>
                  {app.decision && (
                    <span className={styles.muted}>
                      {app.decision.outcome === 'declined'
                        ? t('posting.internalNote', { reason: app.decision.reason })
                        : t('posting.reason', { reason: app.decision.reason })}
                    </span>
                  )}
                  {app.decision?.outcome === 'declined' && (
                    <span className={styles.muted} data-testid="applicant-message">
                      {t('posting.applicantMessage', { message: applicantMessageOf(app.decision, locale) })}
                    </span>
                  )}
                  <UndoHistory board={board} subjects={[app.id]} />
                  <div className={styles.row}>
                    <UndoDecision board={board} app={app} actions={actions} />
                    {!app.decision && !app.withdrawnAt && (
                      <Button
                        size="small"
                        appearance="primary"
                        onClick={() => actions.selectApplication(app)}
                        aria-label={t('posting.selectNamed', { name: app.applicant.displayName })}
                      >
                        {t('posting.select')}
                      </Button>
                    )}
                    <Button
                      size="small"
                      appearance="subtle"
                      onClick={() => actions.chat(app.applicant.userId)}
                      aria-label={t('common.chatWith', { name: app.applicant.displayName })}
                    >
                      {t('common.chat')}
                    </Button>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
