import { useId, useState } from 'react';
import { Button, Checkbox, Field, Input, Select, Textarea } from '@fluentui/react-components';
import { useTranslation } from '../../i18n/use-translation';
import type { UserRef } from '@ambassadors/shared/model/common';
import { useAppContext } from '../../app/app-context';
import { formatDate, formatDateTime, todayIn } from '../../app/format';
import { AlignmentRound } from '../alignment-round';
import { PeopleSearch } from '../people-search';
import { boardLoadStatus } from '../status-message/board-load-status';
import { useMeetingPanel } from './use-meeting-panel';
import { useMeetingPanelStyles } from './meeting-panel.styles';
import type { ActionItemFormProps } from './meeting-panel.types';

/** An action item's form: what, who (a programme person, or found in the directory), by when. */
function ActionItemForm({ people, programmeId, timeZone, onAdd, disabled }: ActionItemFormProps) {
  const { t } = useTranslation();
  const styles = useMeetingPanelStyles();
  const [text, setText] = useState('');
  const [owner, setOwner] = useState<UserRef | null>(null);
  const [dueDate, setDueDate] = useState(todayIn(timeZone));
  const [searching, setSearching] = useState(false);
  const choices = owner && !people.some((p) => p.userId === owner.userId) ? [...people, owner] : people;
  return (
    <form
      className={styles.list}
      onSubmit={(e) => {
        e.preventDefault();
        if (!owner || !text.trim()) return;
        void onAdd({ text: text.trim(), owner, dueDate }).then((ok) => {
          if (ok) setText('');
        });
      }}
    >
      <Field label={t('meetingPanel.actionWhat')} required>
        <Input className={styles.full} value={text} onChange={(_, d) => setText(d.value)} maxLength={500} />
      </Field>
      <Field label={t('meetingPanel.actionOwner')} required>
        <Select
          className={styles.full}
          value={owner?.userId ?? ''}
          onChange={(_, d) => setOwner(choices.find((p) => p.userId === d.value) ?? null)}
        >
          <option value="">{t('meetingPanel.actionOwnerPick')}</option>
          {choices.map((p) => (
            <option key={p.userId} value={p.userId}>
              {p.displayName}
            </option>
          ))}
        </Select>
      </Field>
      <Button appearance="subtle" onClick={() => setSearching((s) => !s)} aria-expanded={searching}>
        {t('meetingPanel.actionFind')}
      </Button>
      {searching && (
        <PeopleSearch
          programmeId={programmeId}
          chosenIds={owner ? [owner.userId] : []}
          actionLabel={t('meetingPanel.actionChoose')}
          onChoose={(person) => {
            setOwner(person);
            setSearching(false);
          }}
        />
      )}
      <Field label={t('meetingPanel.actionDue')} required>
        <Input className={styles.full} type="date" value={dueDate} onChange={(_, d) => setDueDate(d.value)} />
      </Field>
      <Button type="submit" appearance="primary" disabled={disabled || !owner || !text.trim()}>
        {t('meetingPanel.actionAdd')}
      </Button>
    </form>
  );
}

/**
 * The meeting side panel (320 px in Teams): the agenda the card names with the current key
 * message, notes that several people write at once, attendance, action items, and "Share to
 * stage" when the host allows it.
 */
export function MeetingPanel() {
  const p = useMeetingPanel();
  const { t } = p;
  const { locale } = useAppContext();
  const styles = useMeetingPanelStyles();
  const idBase = useId();

  const status = boardLoadStatus({
    state: p.state,
    hasBoard: !!p.board,
    title: t('meetingPanel.title'),
    t,
    retry: p.retry,
  });
  if (status || !p.board) return status;
  const { board, meeting } = p;

  return (
    <main
      className={styles.root}
      data-testid="meeting-panel"
      data-stage-sharing={p.canShare === null ? 'unknown' : String(p.canShare)}
      aria-labelledby={`${idBase}-title`}
    >
      <header>
        <h1 id={`${idBase}-title`} className={styles.title}>
          {t('meetingPanel.title')}
        </h1>
        <p className={styles.subtitle}>{board.programme.name}</p>
      </header>

      <section className={styles.section} aria-labelledby={`${idBase}-key`}>
        <h2 id={`${idBase}-key`} className={styles.sectionTitle}>
          {t('meetingPanel.currentKeyMessage')}
        </h2>
        <p className={styles.keyMessage} data-testid="panel-key-message">
          {board.keyMessage?.text ?? t('meetingPanel.noKeyMessage')}
        </p>
      </section>

      {meeting?.kind === 'alignment' && (
        <AlignmentRound board={board} meeting={meeting} variant="panel" onSaved={p.showBoard} />
      )}

      {p.problem && (
        <p role="alert" className={styles.error}>
          {p.problem.message}
        </p>
      )}

      {!meeting ? (
        <section className={styles.section} aria-labelledby={`${idBase}-bind`} data-testid="panel-binding">
          <h2 id={`${idBase}-bind`} className={styles.sectionTitle}>
            {t('meetingPanel.bindTitle')}
          </h2>
          {!p.inMeeting ? (
            <p className={styles.muted}>{t('meetingPanel.notInMeeting')}</p>
          ) : !p.canBind ? (
            <p className={styles.muted}>{t('meetingPanel.leaderBinds')}</p>
          ) : (
            <>
              <p className={styles.muted}>{t('meetingPanel.bindHint')}</p>
              <ul className={styles.list}>
                {p.todays.map((m) => (
                  <li key={m.id}>
                    <Button disabled={p.saving} onClick={() => void p.bind(m.id)}>
                      {t('meetingPanel.useRecord', {
                        start: formatDateTime(m.scheduledAt, locale, p.timeZone),
                      })}
                    </Button>
                  </li>
                ))}
              </ul>
              <Button appearance="primary" disabled={p.saving} onClick={() => void p.bind()}>
                {t('meetingPanel.startNow')}
              </Button>
            </>
          )}
        </section>
      ) : (
        <>
          <p className={styles.muted} data-testid="panel-record">
            {t('meetingPanel.record', { start: formatDateTime(meeting.scheduledAt, locale, p.timeZone) })}
          </p>
          {p.canShare && (
            <Button appearance="primary" onClick={p.shareToStage} data-testid="share-to-stage">
              {t('meetingPanel.share')}
            </Button>
          )}
          {p.canShare && p.canShareWorkshop && (
            <Button onClick={p.shareWorkshopToStage} data-testid="share-workshop-to-stage">
              {t('meetingPanel.shareWorkshop')}
            </Button>
          )}
          {p.shared && (
            <p role="status" className={styles.muted}>
              {t('meetingPanel.sharedNow')}
            </p>
          )}
          {p.shareError && (
            <p role="alert" className={styles.error}>
              {p.shareError}
            </p>
          )}

          {p.headings.map((h) => {
            const inFocus = meeting.focus === h.heading;
            const titleId = `${idBase}-${h.heading}`;
            return (
              <section
                key={h.heading}
                className={inFocus ? `${styles.section} ${styles.focused}` : styles.section}
                aria-labelledby={titleId}
                data-testid={`panel-heading-${h.heading}`}
              >
                <h2 id={titleId} className={styles.sectionTitle}>
                  {h.title}
                </h2>
                {p.canNote && (
                  <Button
                    size="small"
                    appearance={inFocus ? 'primary' : 'secondary'}
                    aria-pressed={inFocus}
                    aria-label={t('meetingPanel.focusOf', { heading: h.title })}
                    disabled={p.saving}
                    onClick={() => void p.setFocus(inFocus ? null : h.heading)}
                  >
                    {t('meetingPanel.focus')}
                  </Button>
                )}
                {h.notes.length === 0 ? (
                  <p className={styles.muted}>{t('meetingPanel.noNotes')}</p>
                ) : (
                  <ul className={styles.list} aria-label={t('meetingPanel.notesOf', { heading: h.title })}>
                    {h.notes.map((n) => (
                      <li key={n.id} className={styles.note}>
                        <span className={styles.author}>{n.author}:</span> {n.text}
                      </li>
                    ))}
                  </ul>
                )}
                {p.canNote && (
                  <form
                    className={styles.list}
                    onSubmit={(e) => {
                      e.preventDefault();
                      void p.addNote(h.heading);
                    }}
                  >
                    <Field label={t('meetingPanel.noteLabel', { heading: h.title })}>
                      <Textarea
                        className={styles.full}
                        value={p.drafts[h.heading] ?? ''}
                        onChange={(_, d) => p.setDraft(h.heading, d.value)}
                        maxLength={2000}
                        resize="vertical"
                      />
                    </Field>
                    <Button
                      type="submit"
                      aria-label={t('meetingPanel.addNoteOf', { heading: h.title })}
                      disabled={p.saving || !(p.drafts[h.heading] ?? '').trim()}
                    >
                      {t('meetingPanel.addNote')}
                    </Button>
                  </form>
                )}
              </section>
            );
          })}

          <section
            className={styles.section}
            aria-labelledby={`${idBase}-presence`}
            data-testid="panel-attendance"
          >
            <h2 id={`${idBase}-presence`} className={styles.sectionTitle}>
              {t('meetingPanel.attendance')}
            </h2>
            {p.canNote && (
              <Button
                aria-pressed={meeting.callerPresent}
                appearance={meeting.callerPresent ? 'primary' : 'secondary'}
                disabled={p.saving}
                onClick={() => void p.setPresence(!meeting.callerPresent)}
              >
                {meeting.callerPresent ? t('meetingPanel.hereDone') : t('meetingPanel.here')}
              </Button>
            )}
            {p.canRecord ? (
              <fieldset className={styles.list}>
                <legend>{t('meetingPanel.tick')}</legend>
                {p.people.map((person) => (
                  <Checkbox
                    key={person.userId}
                    label={person.displayName}
                    checked={meeting.attended.some((a) => a.userId === person.userId)}
                    disabled={p.saving}
                    onChange={(_, d) => void p.setPresence(!!d.checked, person.userId)}
                  />
                ))}
              </fieldset>
            ) : (
              <p className={styles.muted}>
                {t('meetingPanel.presentCount', { count: meeting.attended.length })}
              </p>
            )}
          </section>

          <section
            className={styles.section}
            aria-labelledby={`${idBase}-actions`}
            data-testid="panel-actions"
          >
            <h2 id={`${idBase}-actions`} className={styles.sectionTitle}>
              {t('meetingPanel.actionItems')}
            </h2>
            {meeting.actionItems.length === 0 ? (
              <p className={styles.muted}>{t('meetingPanel.noActions')}</p>
            ) : (
              <ul className={styles.list}>
                {meeting.actionItems.map((a) => (
                  <li key={a.id}>
                    {t('meetingPanel.actionLine', {
                      text: a.text,
                      owner: a.owner.displayName,
                      due: formatDate(a.dueDate, locale),
                    })}
                  </li>
                ))}
              </ul>
            )}
            {p.canRecord && (
              <ActionItemForm
                people={p.people}
                programmeId={board.programme.id}
                timeZone={p.timeZone}
                onAdd={p.addActionItem}
                disabled={p.saving}
              />
            )}
          </section>
        </>
      )}
    </main>
  );
}
