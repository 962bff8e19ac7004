import {
  Button,
  Input,
  MessageBar,
  MessageBarBody,
  Spinner,
  Textarea,
  mergeClasses,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { WorkshopItemKey } from '@ambassadors/shared/model/workshop';
import { StatusMessage } from '../status-message';
import type { WorkshopProps } from './workshop.types';
import { useWorkshop } from './use-workshop';
import { useWorkshopStyles } from './workshop.styles';
import { WorkshopCapture } from './workshop-capture';

const CAPTURED: ReadonlySet<string> = new Set([
  'taskPlan',
  'posting',
  'agreement',
  'training',
  'meetings',
  'selectAmbassadors',
  'passOnInformation',
  'scopeOfRole',
]);

/** One agenda item's time box: typed in, saved when the field is left or Enter is pressed. */
function MinutesInput(props: {
  label: string;
  minutes: number;
  disabled: boolean;
  onSave(minutes: number): void;
}) {
  const styles = useWorkshopStyles();
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft === null) return;
    const value = Number(draft);
    setDraft(null);
    if (draft.trim() !== '' && value !== props.minutes) props.onSave(value);
  };
  return (
    <Input
      className={styles.minutes}
      type="number"
      aria-label={props.label}
      value={draft ?? String(props.minutes)}
      disabled={props.disabled}
      onChange={(_e, d) => setDraft(d.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
      }}
    />
  );
}

/**
 * The card's management workshop, full screen: the agenda with its time boxes, the shared timer
 * large, the item in focus with the card's guidance and (for the facilitator) its capture form.
 * `variant="stage"` is the same workshop read-only and larger, for everyone in the meeting.
 */
export function Workshop(props: WorkshopProps) {
  const w = useWorkshop(props);
  const styles = useWorkshopStyles();
  const { t, board, workshop } = w;
  const stage = w.variant === 'stage';

  if (w.loadError)
    return (
      <main className={styles.main}>
        <StatusMessage kind="error" title={t('workshop.title')} message={w.loadError} />
      </main>
    );
  if (!board) return <Spinner label={t('common.loading')} />;

  const focus = w.focusKey ? w.itemText(w.focusKey) : null;
  const finished = Boolean(workshop?.finishedAt);
  const summary = w.summaryText();

  return (
    <main
      className={styles.main}
      data-testid="workshop"
      data-variant={w.variant}
      aria-labelledby="workshop-title"
    >
      <header className={styles.header}>
        <h1 id="workshop-title" className={styles.title}>
          {t('workshop.title')}
        </h1>
        <p className={styles.subtle}>{board.programme.name}</p>
        {!stage && (
          <a href={w.boardHref} className={styles.subtle}>
            {t('workshop.backToBoard')}
          </a>
        )}
      </header>
      <div aria-live="polite" className={styles.visuallyHidden} data-testid="workshop-announcement">
        {w.announcement}
      </div>
      {w.error && (
        <MessageBar intent="error">
          <MessageBarBody>{w.error}</MessageBarBody>
        </MessageBar>
      )}

      {(!workshop || (finished && w.canRun)) && (
        <section className={styles.focus} aria-label={t('workshop.prepareTitle')}>
          <p className={styles.guidance}>{t('workshop.intro')}</p>
          {w.canRun ? (
            <Button
              appearance="primary"
              disabled={w.busy}
              onClick={() => void w.prepare()}
              style={{ alignSelf: 'flex-start' }}
            >
              {workshop ? t('workshop.prepareAgain') : t('workshop.prepare')}
            </Button>
          ) : (
            !workshop && <p className={styles.subtle}>{t('workshop.notPrepared')}</p>
          )}
        </section>
      )}

      {workshop && (
        <div className={styles.layout}>
          <section className={styles.agenda} aria-labelledby="workshop-agenda">
            <h2 id="workshop-agenda" className={styles.focusTitle}>
              {t('workshop.agenda')}
            </h2>
            <ol className={styles.agendaList}>
              {workshop.items.map((item, index) => {
                const title = w.itemText(item.key as WorkshopItemKey).title;
                const inFocus = index === workshop.timer.focus;
                return (
                  <li
                    key={item.key}
                    className={mergeClasses(styles.agendaItem, inFocus && styles.inFocus)}
                    aria-current={inFocus ? 'step' : undefined}
                    data-testid={`agenda-${item.key}`}
                  >
                    <span>
                      {title}
                      {item.capturedAt && (
                        <span className={styles.capturedMark}>✓ {t('workshop.captured')}</span>
                      )}
                    </span>
                    {w.canRun && !finished ? (
                      <MinutesInput
                        label={t('workshop.minutesFor', { title })}
                        minutes={item.minutes}
                        disabled={w.busy}
                        onSave={(minutes) => void w.setMinutes(item.key as WorkshopItemKey, minutes)}
                      />
                    ) : (
                      <span>{t('workshop.minutes', { count: item.minutes })}</span>
                    )}
                  </li>
                );
              })}
            </ol>
            <p className={styles.total}>
              {t('workshop.total', { total: w.agendaTotal, session: workshop.sessionMinutes })}
            </p>
          </section>

          <section
            className={styles.focus}
            aria-labelledby="workshop-focus"
            data-testid="workshop-focus"
            data-focus={w.focusKey ?? ''}
          >
            <h2 id="workshop-focus" className={styles.focusTitle}>
              {finished ? t('workshop.finishedTitle') : focus?.title}
            </h2>
            {!finished && (
              <>
                <p
                  role="timer"
                  aria-label={t('workshop.timeLeft')}
                  className={mergeClasses(
                    styles.timer,
                    stage && styles.stageTimer,
                    w.overTime && styles.overTime,
                  )}
                  data-testid="workshop-timer"
                >
                  {w.remaining}
                </p>
                {w.canRun && (
                  <div className={styles.controls} role="group" aria-label={t('workshop.timerControls')}>
                    <Button
                      disabled={w.busy || workshop.timer.focus === 0}
                      onClick={() => void w.timer('previous')}
                    >
                      {t('workshop.previous')}
                    </Button>
                    {w.running ? (
                      <Button disabled={w.busy} onClick={() => void w.timer('pause')}>
                        {t('workshop.pause')}
                      </Button>
                    ) : (
                      <Button appearance="primary" disabled={w.busy} onClick={() => void w.timer('start')}>
                        {t('workshop.start')}
                      </Button>
                    )}
                    <Button
                      disabled={w.busy || workshop.timer.focus === workshop.items.length - 1}
                      onClick={() => void w.timer('next')}
                    >
                      {t('workshop.next')}
                    </Button>
                    <Button disabled={w.busy} onClick={() => void w.finish()} data-testid="workshop-finish">
                      {t('workshop.finish')}
                    </Button>
                  </div>
                )}
                {focus?.guidance.map((line, i) => (
                  <p key={i} className={mergeClasses(styles.guidance, stage && styles.stageGuidance)}>
                    {line}
                  </p>
                ))}
                {w.canRun && w.focusKey && CAPTURED.has(w.focusKey) && (
                  <section aria-label={t('workshop.captureTitle')} className={styles.capture}>
                    <h3 className={styles.sectionTitle}>{t('workshop.captureTitle')}</h3>
                    <WorkshopCapture
                      key={w.focusKey}
                      board={board}
                      item={w.focusKey}
                      busy={w.busy}
                      onCapture={(body) => w.capture(w.focusKey!, body)}
                    />
                  </section>
                )}
              </>
            )}
            {(finished || stage) && workshop.summaryLines.length > 0 && (
              <div className={styles.summary} data-testid="workshop-summary">
                <h3 className={styles.sectionTitle}>{t('workshop.capturedSoFar')}</h3>
                <ul className={styles.list}>
                  {workshop.summaryLines.map((line) => (
                    <li key={line.key}>
                      <strong>{line.title}:</strong> {line.text}
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {finished && (
              <>
                <p className={styles.guidance} data-testid="workshop-summary-outcome">
                  {t(`workshop.summaryOutcome.${workshop.summary ?? 'none'}`)}
                </p>
                {w.isLeader && workshop.summary !== 'sent' && !stage && (
                  <>
                    <Textarea
                      readOnly
                      aria-label={t('workshop.summaryToCopy')}
                      className={styles.summaryText}
                      value={summary}
                    />
                    <Button style={{ alignSelf: 'flex-start' }} onClick={() => void w.copySummary(summary)}>
                      {w.copied ? t('workshop.copied') : t('workshop.copy')}
                    </Button>
                  </>
                )}
              </>
            )}
          </section>
        </div>
      )}
    </main>
  );
}
