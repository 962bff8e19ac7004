import { Button, Field, Radio, RadioGroup, Textarea, mergeClasses } from '@fluentui/react-components';
import { fieldErrorsOf } from '../form-dialog';
import type { AlignmentRoundProps } from './alignment-round.types';
import { useAlignmentRound } from './use-alignment-round';
import { useAlignmentRoundStyles } from './alignment-round.styles';

const SCORES = [1, 2, 3, 4, 5] as const;

/**
 * The monthly alignment meeting's round: the key message now and the draft of the next (leaders
 * edit it), the ambassadors' 1–5 score as a radio group, the figure only from the anonymity
 * threshold ("Shown from 5 people (3 so far)"), the caller's own score, and "Publish as the key
 * message" for leaders. The `stage` variant shows the same read-only.
 */
export function AlignmentRound(props: AlignmentRoundProps) {
  const view = useAlignmentRound(props);
  const styles = useAlignmentRoundStyles();
  const { t, round } = view;
  const fieldError = fieldErrorsOf(view.problem);
  const Heading = props.variant === 'board' ? 'h4' : 'h2';
  if (!round) return null;
  return (
    <section
      className={mergeClasses(styles.root, props.variant === 'stage' && styles.stage)}
      aria-label={t('alignmentRound.regionLabel', { date: view.when })}
      data-testid="alignment-round"
      data-variant={props.variant}
      data-meeting-id={props.meeting.id}
    >
      <Heading className={styles.heading}>{t('alignmentRound.title')}</Heading>
      <div>
        <p className={styles.label}>{t('alignmentRound.keyMessageNow')}</p>
        <p className={styles.text} data-testid="alignment-key-message">
          {view.keyMessage?.text ?? t('alignmentRound.noKeyMessage')}
        </p>
      </div>
      {view.canEditDraft ? (
        <div className={styles.row}>
          <Field {...fieldError('draft')} label={t('alignmentRound.draft')} className={styles.textarea}>
            <Textarea
              value={view.draft}
              onChange={(_e, d) => view.setDraft(d.value)}
              resize="vertical"
              rows={3}
              maxLength={1000}
            />
          </Field>
          <Button size="small" disabled={!view.draftDirty || view.saving} onClick={view.saveDraft}>
            {t('alignmentRound.saveDraft')}
          </Button>
        </div>
      ) : (
        <div>
          <p className={styles.label}>{t('alignmentRound.draft')}</p>
          <p className={round.draft ? styles.text : styles.muted} data-testid="alignment-draft">
            {round.draft || t('alignmentRound.draftEmpty')}
          </p>
        </div>
      )}
      {view.canScore && (
        <div className={styles.row}>
          <Field
            {...fieldError('score')}
            label={t('alignmentRound.score')}
            hint={t('alignmentRound.scoreHint')}
          >
            <RadioGroup
              layout="horizontal"
              className={styles.scores}
              value={view.picked === null ? '' : String(view.picked)}
              onChange={(_e, d) => view.pick(Number(d.value))}
            >
              {SCORES.map((score) => (
                <Radio key={score} value={String(score)} label={String(score)} labelPosition="below" />
              ))}
            </RadioGroup>
          </Field>
          <Button
            size="small"
            appearance="primary"
            disabled={!view.scoreChanged || view.saving}
            onClick={view.giveScore}
          >
            {round.ownScore === null ? t('alignmentRound.giveScore') : t('alignmentRound.changeScore')}
          </Button>
        </div>
      )}
      {props.meeting.held && props.board.role === 'ambassador' && (
        <p className={styles.muted}>{t('alignmentRound.closed')}</p>
      )}
      {round.ownScore !== null && (
        <p className={styles.text} data-testid="alignment-own-score">
          {t('alignmentRound.yourScore', { score: round.ownScore })}
        </p>
      )}
      {round.aggregate ? (
        <div data-testid="alignment-aggregate">
          <p className={styles.label}>
            {t('alignmentRound.aggregate', {
              mean: view.meanText,
              count: round.aggregate.people,
            })}
          </p>
          <ul className={styles.distribution} aria-label={t('alignmentRound.distribution')}>
            {round.aggregate.distribution.map((count, i) => (
              <li key={i}>{t('alignmentRound.distributionItem', { score: i + 1, count })}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p className={styles.muted} data-testid="alignment-hidden">
          {t('alignmentRound.hiddenUntil', { minimum: round.minimum, count: round.people })}
        </p>
      )}
      {round.publishedText !== null && props.meeting.publishedKeyMessageVersion !== null && (
        <p className={styles.muted} data-testid="alignment-published">
          {t('alignmentRound.publishedAs', {
            version: props.meeting.publishedKeyMessageVersion,
            text: round.publishedText,
          })}
        </p>
      )}
      {view.canPublish && (
        <div className={styles.row}>
          <Button appearance="primary" disabled={view.saving || view.draftDirty} onClick={view.publish}>
            {t('alignmentRound.publish')}
          </Button>
        </div>
      )}
      {view.problem && (
        <p className={styles.text} role="alert">
          {view.problem.message}
        </p>
      )}
      <p className={styles.muted} role="status" aria-live="polite">
        {view.announcement}
      </p>
    </section>
  );
}
