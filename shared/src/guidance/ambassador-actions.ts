import type { BoardData } from '../model/board';
import { agreementStatus, currentAgreementVersion } from '../rules/agreement';
import { isOpenAmbassadorship, isShownAsAmbassador } from '../rules/ambassadorship-lifecycle';
import { DAY_MS, localDateOf } from '../rules/calendar';
import { DIGEST_TERM_ENDING_DAYS } from '../rules/reminders/leader-digests';
import { MEETING_REMINDER_LEAD_DAYS } from '../rules/reminders/meeting-reminders';
import { planReminders } from '../rules/reminders/plan-reminders';
import type { ReminderOf } from '../rules/reminders/reminder-planners';
import { daysLeft, termHasEnded } from '../rules/term';
import { moduleDueDate, trainingProgress } from '../rules/training';
import { nextTrainingItem } from '../rules/training-completion';
import type { NextAction } from './next-action';
import { action } from './rank-actions';

/** How far ahead the "next meeting" line looks (the scheduler re-plans about as far). */
export const NEXT_MEETING_HORIZON_DAYS = 35;

/**
 * What the card asks of one ambassador now: their side of the agreement (by the term's first
 * day, the last day it can still be accepted), the next training module by its due day, the
 * check-in the bot asked for after the last meeting, the next meeting and, near the end, the
 * exit. The check-in and meeting lines are the reminder schedule's own occurrences.
 */
export function ambassadorActions(board: BoardData, userId: string, now: Date): NextAction[] {
  const { programme } = board;
  const tz = programme.timeZone;
  const today = localDateOf(now, tz);
  const mine = board.ambassadorships.find(
    (a) =>
      a.programmeId === programme.id &&
      a.person.userId === userId &&
      isOpenAmbassadorship(a) &&
      !termHasEnded(a.term, now, tz),
  );
  if (!mine) return [];
  const out: NextAction[] = [];
  const current = currentAgreementVersion(mine);
  const status = agreementStatus(mine);
  if (!current) {
    if (mine.state === 'candidate')
      out.push(
        action(
          {
            id: `awaitAgreement:${mine.id}`,
            kind: 'awaitAgreement',
            step: 'agreement',
            due: null,
            params: {},
          },
          today,
        ),
      );
  } else if (status.pendingSides.includes('ambassador')) {
    out.push(
      action(
        {
          id: `acceptMyAgreement:${mine.id}:v${current.version}`,
          kind: 'acceptMyAgreement',
          step: 'agreement',
          // A version whose term has begun can no longer be accepted (unless it keeps a running term).
          due: mine.state === 'candidate' ? current.term.start : null,
          params: { version: current.version, ambassadorshipId: mine.id },
        },
        today,
      ),
    );
  } else if (status.pendingSides.includes('leader')) {
    out.push(
      action(
        {
          id: `awaitLeaderAcceptance:${mine.id}:v${current.version}`,
          kind: 'awaitAgreement',
          step: 'agreement',
          due: null,
          params: { version: current.version, waitingFor: 'leader' },
        },
        today,
      ),
    );
  }
  if (!isShownAsAmbassador(mine, now, tz)) return out;

  // The course's next item by the one completion rule: a session still ahead comes first.
  const nextItem = nextTrainingItem(mine, programme.steps.training, now);
  const nextSession =
    nextItem?.kind === 'session'
      ? programme.steps.training.sessions.find((s) => s.id === nextItem.id)
      : undefined;
  if (nextSession) {
    out.push(
      action(
        {
          id: `attendTrainingSession:${mine.id}:${nextSession.id}`,
          kind: 'attendTrainingSession',
          step: 'training',
          due: localDateOf(new Date(nextSession.startsAt), tz),
          params: { title: nextSession.title, at: nextSession.startsAt, sessionId: nextSession.id },
        },
        today,
      ),
    );
  }
  const nextModule = trainingProgress(mine, programme.steps.training)
    .openModules.map((m, index) => ({
      module: m,
      index,
      due: moduleDueDate(mine, m, tz, programme.settings),
    }))
    .sort((a, b) => (a.due ?? '9999-12-31').localeCompare(b.due ?? '9999-12-31') || a.index - b.index)[0];
  if (nextModule) {
    out.push(
      action(
        {
          id: `completeTrainingModule:${mine.id}:${nextModule.module.id}`,
          kind: 'completeTrainingModule',
          step: 'training',
          due: nextModule.due,
          params: {
            title: nextModule.module.title,
            moduleId: nextModule.module.id,
            ambassadorshipId: mine.id,
          },
        },
        today,
      ),
    );
  }

  // The reminders the bot sends this person, planned once: the board narrowed to their own
  // ambassadorship plans exactly their reminders (meetings go out while any ambassador is current).
  const intervalMs = programme.settings.checkInIntervalDays * DAY_MS;
  const lookbackMs = Math.max(intervalMs, (MEETING_REMINDER_LEAD_DAYS + 1) * DAY_MS);
  const theirs = planReminders(
    { ...board, ambassadorships: [mine], applications: [], checkIns: [], decisions: [] },
    {
      from: new Date(now.getTime() - lookbackMs),
      to: new Date(now.getTime() + NEXT_MEETING_HORIZON_DAYS * DAY_MS),
    },
  );
  // The latest check-in request within the interval …
  const requested = theirs
    .filter((r): r is ReminderOf<'checkInRequest'> => r.kind === 'checkInRequest')
    .filter(
      (r) =>
        r.data.ambassadorshipId === mine.id &&
        new Date(r.dueAt).getTime() <= now.getTime() &&
        new Date(r.dueAt).getTime() > now.getTime() - intervalMs,
    )
    .pop();
  if (requested) {
    out.push(
      action(
        {
          id: `sendCheckIn:${mine.id}:${requested.data.afterMeetingId}`,
          kind: 'sendCheckIn',
          step: 'meetings',
          watchOut: 'feedback',
          due: null,
          params: { since: localDateOf(new Date(requested.dueAt), tz) },
        },
        today,
      ),
    );
  }
  // … and the next meeting whose reminder goes to them (cadence meetings included).
  const meeting = theirs
    .filter((r): r is ReminderOf<'meeting'> => r.kind === 'meeting')
    .filter((r) => r.recipients.some((p) => p.userId === userId))
    .filter((r) => new Date(r.data.startsAt).getTime() >= now.getTime())
    .sort((a, b) => a.data.startsAt.localeCompare(b.data.startsAt))[0];
  if (meeting) {
    out.push(
      action(
        {
          id: `attendMeeting:${meeting.id}`,
          kind: 'attendMeeting',
          step: 'meetings',
          watchOut: meeting.data.meetingKind === 'alignment' ? 'alignMessages' : null,
          due: localDateOf(new Date(meeting.data.startsAt), tz),
          params: { at: meeting.data.startsAt, meetingKind: meeting.data.meetingKind },
        },
        today,
      ),
    );
  }

  const left = daysLeft(mine.term, now, tz);
  if (left <= DIGEST_TERM_ENDING_DAYS) {
    out.push(
      action(
        {
          id: `prepareMyExit:${mine.id}`,
          kind: 'prepareMyExit',
          step: 'agreement',
          watchOut: 'limitPeriod',
          due: mine.term.end,
          params: { days: left },
        },
        today,
      ),
    );
  }
  return out;
}
