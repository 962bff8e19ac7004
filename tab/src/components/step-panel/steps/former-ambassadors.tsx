import { Badge, Button } from '@fluentui/react-components';
import { useTranslation } from '../../../i18n/use-translation';
import { useAppContext } from '../../../app/app-context';
import { formatDate } from '../../../app/format';
import type { StepContentProps } from '../step-panel.types';
import { useStepContentStyles } from '../step-panel.styles';
import type { BoardView } from '@ambassadors/shared/views/board-view';
import { useUndoOffer } from '../../../app/undo-offer';
import { UndoHistory } from '../../undo-history';

/** "Undo" for the leader who just withdrew this ambassador, while it may be undone. */
function UndoWithdrawal({
  board,
  id,
  name,
  actions,
}: { board: BoardView; id: string; name: string } & Pick<StepContentProps, 'actions'>) {
  const { t } = useTranslation();
  const offer = useUndoOffer(board, 'ambassadorWithdrawal', id);
  if (!offer) return null;
  return (
    <Button
      size="small"
      appearance="secondary"
      onClick={() => actions.undo(offer)}
      aria-label={t('undo.withdrawalNamed', { name })}
    >
      {t('undo.action')}
    </Button>
  );
}

/**
 * Leaders: the planned exit of every former ambassador (ended or withdrawn) — debrief date,
 * whether it was held, thanks, hand-over notes. Former ambassadors never appear in the current
 * list (the card's "unwanted positioning"), so this is the only place their exit is followed up.
 */
export function FormerAmbassadors({ board, actions }: StepContentProps) {
  const { t } = useTranslation();
  const { locale } = useAppContext();
  const styles = useStepContentStyles();
  const former = board.formerAmbassadors ?? [];
  if (board.role !== 'leader') return null;
  return (
    <section className={styles.section} aria-labelledby="former-ambassadors" data-testid="former-ambassadors">
      <h4 id="former-ambassadors" className={styles.subheading}>
        {t('exit.heading')}
      </h4>
      {former.length === 0 ? (
        <p className={styles.muted}>{t('exit.none')}</p>
      ) : (
        <ul className={styles.plainList}>
          {former.map((f) => (
            <li key={f.id} className={styles.item} data-testid={`former-${f.id}`}>
              <div className={styles.row}>
                <span className={styles.name}>{f.person.displayName}</span>
                <Badge appearance="tint" color={f.state === 'withdrawn' ? 'warning' : 'informative'}>
                  {t(`exit.state.${f.state}`, { date: formatDate(f.endedOn, locale) })}
                </Badge>
              </div>
              {f.withdrawal && (
                <span className={styles.muted}>{t('exit.reason', { reason: f.withdrawal.reason })}</span>
              )}
              <dl className={styles.facts}>
                <dt className={styles.term}>{t('exit.debriefDate')}</dt>
                <dd className={styles.value}>
                  {f.exit.debriefDate ? formatDate(f.exit.debriefDate, locale) : t('exit.notPlanned')}
                </dd>
                <dt className={styles.term}>{t('exit.debriefHeldShort')}</dt>
                <dd className={styles.value}>
                  {f.exit.debriefHeldAt ? formatDate(f.exit.debriefHeldAt, locale) : t('exit.no')}
                </dd>
                <dt className={styles.term}>{t('exit.thankedShort')}</dt>
                <dd className={styles.value}>
                  {f.exit.thankedAt ? formatDate(f.exit.thankedAt, locale) : t('exit.no')}
                </dd>
                <dt className={styles.term}>{t('exit.handoverNotes')}</dt>
                <dd className={styles.value}>{f.exit.handoverNotes || '–'}</dd>
              </dl>
              <div className={styles.row}>
                <UndoWithdrawal board={board} id={f.id} name={f.person.displayName} actions={actions} />
                <Button
                  size="small"
                  onClick={() =>
                    actions.planExit({ id: f.id, name: f.person.displayName, etag: f.etag, exit: f.exit })
                  }
                  aria-label={t('exit.editNamed', { name: f.person.displayName })}
                >
                  {t('exit.edit')}
                </Button>
                <Button
                  size="small"
                  appearance="subtle"
                  onClick={() => actions.chat(f.person.userId)}
                  aria-label={t('exit.chatNamed', { name: f.person.displayName })}
                >
                  {t('exit.chat')}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <UndoHistory
        board={board}
        withNames
        subjects={(board.undoHistory ?? [])
          .filter((e) => e.act === 'ambassadorWithdrawal')
          .map((e) => e.subject)}
      />
    </section>
  );
}
