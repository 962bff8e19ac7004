import { Badge, Button } from '@fluentui/react-components';
import { useTranslation } from '../../../i18n/use-translation';
import type { AgreementTerms } from '@ambassadors/shared/model/programme';
import { useAppContext } from '../../../app/app-context';
import { formatDate } from '../../../app/format';
import type { StepContentProps } from '../step-panel.types';
import { PlanExitLink } from '../../plan-exit-link';
import { FormerAmbassadors } from './former-ambassadors';
import { useStepContentStyles } from '../step-panel.styles';

function Terms({ terms }: { terms: AgreementTerms }) {
  const { t } = useTranslation();
  const styles = useStepContentStyles();
  return (
    <dl className={styles.facts}>
      <dt className={styles.term}>{t('agreement.role')}</dt>
      <dd className={styles.value}>{terms.role}</dd>
      <dt className={styles.term}>{t('agreement.responsibilities')}</dt>
      <dd className={styles.value}>{terms.responsibilities.join(' · ') || '–'}</dd>
      <dt className={styles.term}>{t('agreement.expectations')}</dt>
      <dd className={styles.value}>{terms.expectations.join(' · ') || '–'}</dd>
      <dt className={styles.term}>{t('agreement.time')}</dt>
      <dd className={styles.value}>{t('common.hoursPerMonth', { count: terms.hoursPerMonth })}</dd>
      <dt className={styles.term}>{t('agreement.passOn')}</dt>
      <dd className={styles.value}>
        {[terms.passOn.themes.join(', '), terms.passOn.situations].filter(Boolean).join(' – ') || '–'}
      </dd>
      {terms.confidentiality && (
        <>
          <dt className={styles.term}>{t('agreement.confidentiality')}</dt>
          <dd className={styles.value}>{terms.confidentiality}</dd>
        </>
      )}
    </dl>
  );
}

/** Step 3: each ambassador's agreement and who has accepted it; the ambassador accepts theirs. */
export function AgreementStep({ board, actions }: StepContentProps) {
  const { t } = useTranslation();
  const { locale } = useAppContext();
  const styles = useStepContentStyles();
  const mine = board.myAmbassadorship;
  const current = mine?.agreement.current ?? null;
  const accepted = !!mine?.agreement.status.ambassadorAccepted;
  return (
    <div className={styles.section}>
      {mine && (
        <article className={styles.section} aria-labelledby="my-agreement" data-testid="my-agreement">
          <h4 id="my-agreement" className={styles.subheading}>
            {t('agreement.mine')}
          </h4>
          {!current ? (
            <p className={styles.muted}>{t('agreement.noneYet')}</p>
          ) : (
            <>
              <span className={styles.muted}>
                {t('agreement.version', {
                  version: current.version,
                  start: formatDate(current.term.start, locale),
                  end: formatDate(current.term.end, locale),
                })}
              </span>
              <Terms terms={current} />
              {accepted ? (
                <p className={styles.text} role="status">
                  {t('agreement.youAccepted', { version: current.version })}
                  {!mine.agreement.status.leaderAccepted && ` ${t('agreement.waitingForLeader')}`}
                </p>
              ) : (
                <Button
                  appearance="primary"
                  style={{ alignSelf: 'flex-start' }}
                  disabled={actions.busy === `accept:${mine.id}`}
                  onClick={() => actions.acceptAgreement(mine.id, current.version)}
                >
                  {t('agreement.accept', { version: current.version })}
                </Button>
              )}
            </>
          )}
        </article>
      )}

      {board.role === 'leader' && (
        <>
          <h4 className={styles.subheading}>{t('agreement.template')}</h4>
          {board.agreementTemplate ? (
            <Terms terms={board.agreementTemplate} />
          ) : (
            <p className={styles.muted}>{t('agreement.noTemplate')}</p>
          )}
        </>
      )}

      {board.role === 'leader' && (
        <>
          <h4 className={styles.subheading}>{t('agreement.whoAccepted')}</h4>
          {board.ambassadors.length === 0 ? (
            <p className={styles.muted}>{t('watchOuts.noAmbassadors')}</p>
          ) : (
            <ul className={styles.plainList}>
              {board.ambassadors.map((amb) => (
                <li key={amb.id} className={styles.item}>
                  <div className={styles.row}>
                    <span className={styles.name}>{amb.person.displayName}</span>
                    {!amb.agreement ? null : amb.agreement.currentVersion === null ? (
                      <Badge appearance="tint" color="subtle">
                        {t('agreement.noneYet')}
                      </Badge>
                    ) : amb.agreement.fullyAccepted ? (
                      <Badge appearance="tint" color="success">
                        {t('agreement.fullyAccepted', { version: amb.agreement.currentVersion })}
                      </Badge>
                    ) : (
                      <Badge appearance="tint" color="warning">
                        {t('agreement.pending', {
                          sides: amb.agreement.pendingSides
                            .map((side) => t(`agreement.side.${side}`))
                            .join(', '),
                        })}
                      </Badge>
                    )}
                  </div>
                  {amb.termEndingSoon && (
                    <span className={styles.muted} data-testid={`upcoming-exit-${amb.id}`}>
                      {t('exit.upcoming', {
                        count: Math.max(0, amb.daysLeft),
                        date: formatDate(amb.term.end, locale),
                      })}{' '}
                      <PlanExitLink ambassador={amb} />
                    </span>
                  )}
                  {amb.selectionReason && (
                    <span className={styles.muted}>
                      {t('agreement.selectionReason', { reason: amb.selectionReason })}
                    </span>
                  )}
                  {board.role === 'leader' && amb.agreement?.currentVersion === null && (
                    <Button
                      size="small"
                      style={{ alignSelf: 'flex-start' }}
                      disabled={!board.agreementTemplate || actions.busy === `propose:${amb.id}`}
                      onClick={() => actions.proposeAgreement(amb)}
                      aria-label={t('agreement.proposeNamed', { name: amb.person.displayName })}
                    >
                      {board.agreementTemplate ? t('agreement.propose') : t('agreement.proposeNeedsTemplate')}
                    </Button>
                  )}
                  {board.role === 'leader' &&
                    amb.agreement &&
                    amb.agreement.currentVersion !== null &&
                    amb.agreement.pendingSides.includes('leader') && (
                      <Button
                        size="small"
                        style={{ alignSelf: 'flex-start' }}
                        disabled={actions.busy === `accept:${amb.id}`}
                        onClick={() => actions.acceptAgreement(amb.id, amb.agreement!.currentVersion!)}
                      >
                        {t('agreement.acceptAsLeader')}
                      </Button>
                    )}
                  <Button
                    size="small"
                    appearance="subtle"
                    style={{ alignSelf: 'flex-start' }}
                    onClick={() => actions.withdraw(amb)}
                    aria-label={t('withdraw.openNamed', { name: amb.person.displayName })}
                  >
                    {t('withdraw.open')}
                  </Button>
                </li>
              ))}
            </ul>
          )}
          {!board.closure && <FormerAmbassadors board={board} actions={actions} />}
        </>
      )}
    </div>
  );
}
