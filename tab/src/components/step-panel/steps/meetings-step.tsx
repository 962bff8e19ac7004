import { Badge, Button, Link } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { Cadence } from '@ambassadors/shared/model/cadence';
import type { BoardView, MeetingView } from '@ambassadors/shared/views/board-view';
import { describeZone } from '../../../app/zoned-time';
import { useAppContext } from '../../../app/app-context';
import { formatDateTime } from '../../../app/format';
import { scheduleMeetingLink } from '../../../host/deep-link';
import type { StepContentProps } from '../step-panel.types';
import { useStepContentStyles } from '../step-panel.styles';

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
    attendees: (meeting?.attendees.length ? meeting.attendees : board.ambassadors.map((a) => a.person)).map(
      (p) => p.userId,
    ),
    content: agenda,
    startTime: start?.toISOString(),
    endTime: start
      ? new Date(start.getTime() + (meeting?.durationMinutes ?? 60) * 60_000).toISOString()
      : undefined,
  });
}

/** Step 5: cadence and agenda, upcoming meetings (with "schedule in Teams") and notes of recent ones. */
export function MeetingsStep({ board, actions }: StepContentProps) {
  const { t } = useTranslation();
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
  const meetingsList = (meetings: MeetingView[], withNotes: boolean) => (
    <ul className={styles.plainList}>
      {meetings.map((m) => (
        <li key={m.id} className={styles.item}>
          <div className={styles.row}>
            <span className={styles.name}>
              {formatDateTime(m.scheduledAt, locale, board.programme.timeZone)}
            </span>
            <Badge appearance="tint" color={m.kind === 'alignment' ? 'brand' : 'informative'}>
              {t(`meetings.kind.${m.kind}`)}
            </Badge>
            {m.held && <Badge appearance="outline">{t('meetings.held')}</Badge>}
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
              <Button size="small" onClick={() => actions.meeting(m)}>
                {m.held ? t('meetingDialog.editNotes') : t('meetingDialog.writeNotes')}
              </Button>
            )}
            {isLeader && !m.held && !m.joinUrl && (
              <Button
                size="small"
                onClick={() => actions.openLink(meetingDeepLink(board, m, subjectFor(m), agendaText))}
              >
                {t('meetings.scheduleInTeams')}
              </Button>
            )}
          </div>
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
