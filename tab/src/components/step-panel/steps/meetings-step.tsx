import { useState } from 'react';
import { Badge, Button, Link } from '@fluentui/react-components';
import { useTranslation } from '../../../i18n/use-translation';
import { hasMeetingStarted } from '@ambassadors/shared/rules/meeting-started';
import type { Cadence } from '@ambassadors/shared/model/cadence';
import type { BoardView, MeetingView } from '@ambassadors/shared/views/board-view';
import { describeZone, wallTimeIn } from '../../../app/zoned-time';
import { useAppContext } from '../../../app/app-context';
import { formatDate, formatDateTime } from '../../../app/format';
import { scheduleMeetingLink } from '../../../host/deep-link';
import { meetingInviteAddresses } from '@ambassadors/shared/rules/meeting-invite-addresses';
import type { StepContentProps } from '../step-panel.types';
import { useStepContentStyles } from '../step-panel.styles';
import { AlignmentRound } from '../../alignment-round';

function weekdayName(isoWeekday: number, tag: string): string {
  // 1 January 2024 was a Monday, so ISO weekday n is 2024-01-0n.
  return new Intl.DateTimeFormat(tag, { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, isoWeekday)),
  );
}

/** The "schedule in Teams" link for a meeting: subject, the ambassadors, the agenda as body. */
export function meetingDeepLink(
  board: BoardView,
  meeting: MeetingView | null,
  subject: string,
  agenda: string,
): string {
  const start = meeting ? new Date(meeting.scheduledAt) : null;
  return scheduleMeetingLink({
    subject,
    attendees: meetingInviteAddresses(
      meeting?.attendees.length ? meeting.attendees : board.ambassadors.map((a) => a.person),
    ).addresses,
    content: agenda,
    startTime: start?.toISOString(),
    endTime: start
      ? new Date(start.getTime() + (meeting?.durationMinutes ?? 60) * 60_000).toISOString()
      : undefined,
  });
}

/**
 * Step 5: the rhythm and agenda; the year of meetings it creates (each can be moved, cancelled or
 * deleted, or scheduled in Teams); recent meetings with notes, attendance, action items and, for
 * an alignment meeting, "publish as key message". Times are the programme's zone, in the user's
 * language.
 */
export function MeetingsStep({ board, actions }: StepContentProps) {
  const { t } = useTranslation();
  /** The meeting whose cancel or delete awaits a second click ("Cancel this meeting?"). */
  const [confirming, setConfirming] = useState<{ id: string; what: 'cancel' | 'delete' } | null>(null);
  const { locale } = useAppContext();
  const styles = useStepContentStyles();
  const tag = locale === 'da' ? 'da-DK' : 'en-GB';
  const { cadence, agenda } = board.meetingPlan;
  const agendaText = [
    t('meetings.agendaIntro'),
    ...agenda.map((h, i) => `${i + 1}. ${t(`agenda.${h}`)}`),
    board.keyMessage ? `${t('watchOuts.keyMessage')}: ${board.keyMessage.text}` : '',
  ]
    .filter(Boolean)
    .join('\n');
  const describe = (c: Cadence) =>
    c.kind === 'weekly'
      ? t('meetings.cadenceWeekly', {
          count: c.intervalWeeks,
          weekday: weekdayName(c.weekday, tag),
          time: c.time,
        })
      : t('meetings.cadenceMonthly', {
          nth: t(`meetings.nth.${c.weekOfMonth}`),
          weekday: weekdayName(c.weekday, tag),
          time: c.time,
        });
  const isLeader = board.role === 'leader';
  const subjectFor = (m: MeetingView | null) =>
    `${board.programme.name}: ${t(`meetings.kind.${m?.kind ?? 'regular'}`)}`;
  const when = (m: MeetingView) => formatDateTime(m.scheduledAt, locale, board.programme.timeZone);
  const localDay = (iso: string) => wallTimeIn(new Date(iso), board.programme.timeZone).slice(0, 10);
  /** An alignment meeting that has started, with an agreed message not yet the current one. */
  const canPublish = (m: MeetingView) =>
    m.kind === 'alignment' &&
    !m.cancelledAt &&
    !!m.notes?.keyMessage.trim() &&
    hasMeetingStarted(m, new Date()) &&
    !(board.keyMessage && board.keyMessage.text === m.notes.keyMessage.trim());
  /** The round shows on the next alignment meeting and on those under way or past, not the whole year. */
  const nextAlignmentId = board.nextAlignmentMeeting?.meetingId ?? null;
  const upcomingIds = new Set(board.meetings.upcoming.map((m) => m.id));
  const meetingsList = (meetings: MeetingView[], withNotes: boolean) => (
    <ul className={styles.plainList}>
      {meetings.map((m) => (
        <li key={m.id} className={styles.item}>
          <div className={styles.row}>
            <span
              className={styles.name}
              style={m.cancelledAt ? { textDecoration: 'line-through' } : undefined}
            >
              {formatDateTime(m.scheduledAt, locale, board.programme.timeZone)}
            </span>
            <Badge appearance="tint" color={m.kind === 'alignment' ? 'brand' : 'informative'}>
              {t(`meetings.kind.${m.kind}`)}
            </Badge>
            {m.held && <Badge appearance="outline">{t('meetings.held')}</Badge>}
            {m.cancelledAt && (
              <Badge appearance="filled" color="danger">
                {t('meetings.cancelled')}
              </Badge>
            )}
            {m.occurrence && m.occurrence !== localDay(m.scheduledAt) && !m.cancelledAt && (
              <Badge appearance="outline" color="warning">
                {t('meetings.moved', { date: formatDate(m.occurrence, locale) })}
              </Badge>
            )}
          </div>
          {m.attendees.length > 0 && (
            <span className={styles.muted}>{m.attendees.map((a) => a.displayName).join(', ')}</span>
          )}
          <div className={styles.row}>
            {m.joinUrl && (
              <Link href={m.joinUrl} target="_blank" rel="noreferrer">
                {t('meetings.join')}
              </Link>
            )}
            {isLeader && (
              <Button
                size="small"
                aria-label={t(m.held ? 'meetings.editNotesNamed' : 'meetings.editNamed', { date: when(m) })}
                onClick={() => actions.meeting(m)}
              >
                {m.held ? t('meetingDialog.editNotes') : t('meetings.edit')}
              </Button>
            )}
            {isLeader && !m.held && !m.cancelledAt && confirming?.id !== m.id && (
              <Button
                size="small"
                appearance="subtle"
                aria-label={t('meetings.cancelNamed', { date: when(m) })}
                onClick={() => setConfirming({ id: m.id, what: 'cancel' })}
              >
                {t('meetings.cancel')}
              </Button>
            )}
            {isLeader && !m.held && confirming?.id !== m.id && (
              <Button
                size="small"
                appearance="subtle"
                aria-label={t('meetings.deleteNamed', { date: when(m) })}
                onClick={() => setConfirming({ id: m.id, what: 'delete' })}
              >
                {t('meetings.delete')}
              </Button>
            )}
            {isLeader && canPublish(m) && (
              <Button
                size="small"
                appearance="primary"
                disabled={actions.busy === `meeting:publish:${m.id}`}
                onClick={() => actions.publishMeetingKeyMessage(m)}
              >
                {t('meetings.publishKeyMessage')}
              </Button>
            )}
            {isLeader && !m.held && !m.joinUrl && !m.cancelledAt && (
              <Button
                size="small"
                onClick={() => actions.openLink(meetingDeepLink(board, m, subjectFor(m), agendaText))}
              >
                {t('meetings.scheduleInTeams')}
              </Button>
            )}
          </div>
          {confirming?.id === m.id && (
            <div className={styles.row} role="group" aria-label={t(`meetings.${confirming.what}Question`)}>
              <span>{t(`meetings.${confirming.what}Question`)}</span>
              <Button
                size="small"
                appearance="primary"
                onClick={() => {
                  setConfirming(null);
                  if (confirming.what === 'cancel') actions.cancelMeeting(m);
                  else actions.deleteMeeting(m);
                }}
              >
                {t(`meetings.${confirming.what}Yes`)}
              </Button>
              <Button size="small" onClick={() => setConfirming(null)}>
                {t('meetings.keep')}
              </Button>
            </div>
          )}
          {m.alignmentRound && !m.cancelledAt && (m.id === nextAlignmentId || !upcomingIds.has(m.id)) && (
            <AlignmentRound board={board} meeting={m} variant="board" onSaved={actions.show} />
          )}
          {m.publishedKeyMessageVersion !== null && (
            <span className={styles.muted}>
              {t('meetings.publishedAs', { version: m.publishedKeyMessageVersion })}
            </span>
          )}
          {m.attended.length > 0 && (
            <span className={styles.muted}>
              {t('meetings.attendedList', { names: m.attended.map((a) => a.displayName).join(', ') })}
            </span>
          )}
          {m.actionItems.length > 0 && (
            <ul className={styles.plainList} aria-label={t('meetingDialog.actionItems')}>
              {m.actionItems.map((item) => (
                <li key={item.id} className={styles.muted}>
                  {t(item.doneAt ? 'meetings.actionDone' : 'meetings.actionOpen', {
                    text: item.text,
                    owner: item.owner.displayName,
                    date: formatDate(item.dueDate, locale),
                  })}
                </li>
              ))}
            </ul>
          )}
          {withNotes && m.notes && (
            <dl className={styles.facts}>
              {agenda
                .filter((h) => m.notes?.[h])
                .map((h) => (
                  <div key={h} style={{ display: 'contents' }}>
                    <dt className={styles.term}>{t(`agenda.${h}`)}</dt>
                    <dd className={styles.value}>{m.notes?.[h]}</dd>
                  </div>
                ))}
            </dl>
          )}
        </li>
      ))}
    </ul>
  );
  return (
    <div className={styles.section}>
      <dl className={styles.facts}>
        <dt className={styles.term}>{t('meetings.cadence')}</dt>
        <dd className={styles.value}>{cadence ? describe(cadence) : t('meetings.noCadence')}</dd>
        <dt className={styles.term}>{t('meetings.agenda')}</dt>
        <dd className={styles.value}>{agenda.map((h) => t(`agenda.${h}`)).join(' · ')}</dd>
      </dl>
      <div className={styles.row}>
        {isLeader && cadence && (board.meetingPlan.rhythmToCreate ?? 0) > 0 && (
          <Button
            appearance="primary"
            disabled={actions.busy === 'meetings:generate'}
            onClick={actions.generateMeetings}
          >
            {t('meetings.generate', { count: board.meetingPlan.rhythmToCreate })}
          </Button>
        )}
        {isLeader && (
          <Button appearance="secondary" onClick={() => actions.meeting()}>
            {t('meetingDialog.planTitle')}
          </Button>
        )}
        {isLeader && (
          <Button
            appearance="primary"
            onClick={() => actions.openLink(meetingDeepLink(board, null, subjectFor(null), agendaText))}
          >
            {t('meetings.scheduleInTeams')}
          </Button>
        )}
        {board.myAmbassadorship?.canCheckIn && (
          <Button appearance="primary" onClick={actions.checkIn}>
            {t('checkIn.open')}
          </Button>
        )}
      </div>
      <h4 className={styles.subheading}>{t('meetings.upcoming')}</h4>
      <span className={styles.muted} data-testid="meetings-zone">
        {t('meetings.timesIn', { zone: describeZone(board.programme.timeZone, tag) })}
      </span>
      {board.meetings.upcoming.length === 0 ? (
        <p className={styles.muted}>{t('meetings.noUpcoming')}</p>
      ) : (
        meetingsList(board.meetings.upcoming, false)
      )}
      <h4 className={styles.subheading}>{t('meetings.recent')}</h4>
      {board.meetings.recent.length === 0 ? (
        <p className={styles.muted}>{t('meetings.noRecent')}</p>
      ) : (
        meetingsList(board.meetings.recent, true)
      )}
    </div>
  );
}
