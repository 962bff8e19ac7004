import { DateTime } from 'luxon';
import type { Meeting } from '../../model/meeting';
import type { AgendaHeading, Programme } from '../../model/programme';
import { addDays, atLocalTime, DAY_MS, localDateOf } from '../calendar';
import { currentKeyMessage } from '../key-messages';
import { meetingOccurrences, type MeetingCalendar } from '../meeting-cadence';
import {
  currentAt,
  instantKey,
  makeReminder,
  type PlanningContext,
  type ReminderPlanner,
} from './planning-context';
import type { ReminderIn } from './reminder';

/**
 * A meeting's reminder goes out one day before, at the same local time ("24 h before", which on
 * the night of a DST switch is 23 or 25 real hours: the reminder keeps the meeting's wall clock).
 */
export const MEETING_REMINDER_LEAD_DAYS = 1;
const MEETING_REMINDER_LEAD_MS = MEETING_REMINDER_LEAD_DAYS * DAY_MS;

export interface MeetingReminderData {
  /**
   * Key `cadence:<local day>` for cadence meetings (also when a meeting document fills in the
   * details), `<meetingId>:<start>` for other planned meetings.
   */
  meeting: {
    meetingId: string | null;
    meetingKind: Meeting['kind'];
    startsAt: string;
    durationMinutes: number;
    joinUrl: string | null;
    agenda: AgendaHeading[];
    keyMessage: string | null;
  };
}

/** The programme's closed days for its cadence meetings: its country's public holidays. */
export function meetingCalendarOf(programme: Pick<Programme, 'settings'>): MeetingCalendar {
  return { country: programme.settings.country, workingDays: programme.settings.workingHours.days };
}

function meetingReminders(ctx: PlanningContext): ReminderIn<MeetingReminderData>[] {
  const { programme } = ctx;
  const settings = programme.steps.meetings;
  const keyMessage = currentKeyMessage(programme)?.text ?? null;
  const planned = ctx.board.meetings.filter(
    (m) => m.programmeId === programme.id && !m.held && m.cancelledAt === null,
  );
  // Rhythm days a generated meeting stands for (moved, cancelled or deleted): its document decides.
  const rhythmDays = new Set([
    ...settings.skippedOccurrences,
    ...ctx.board.meetings.filter((m) => m.programmeId === programme.id).flatMap((m) => m.occurrence ?? []),
  ]);
  // Meetings whose reminder can fall in the window, widened by a day for DST and moved documents.
  const from = new Date(ctx.window.from.getTime() + MEETING_REMINDER_LEAD_MS - DAY_MS);
  const to = new Date(ctx.window.to.getTime() + MEETING_REMINDER_LEAD_MS + DAY_MS);
  const out: ReminderIn<MeetingReminderData>[] = [];
  const usedDocs = new Set<string>();

  const push = (
    idSubject: string,
    key: string,
    startsAt: Date,
    doc: Meeting | null,
    kind: Meeting['kind'],
    duration: number,
  ) => {
    const dueAt = DateTime.fromJSDate(startsAt, { zone: ctx.tz })
      .minus({ days: MEETING_REMINDER_LEAD_DAYS })
      .toJSDate();
    const ambassadors = currentAt(ctx, dueAt);
    if (ambassadors.length === 0) return;
    out.push(
      makeReminder(
        ctx,
        'meeting',
        { type: doc ? 'meeting' : 'programme', id: doc?.id ?? programme.id },
        idSubject,
        key,
        dueAt,
        [...ambassadors.map((a) => a.person), ...ctx.owners],
        {
          meetingId: doc?.id ?? null,
          meetingKind: kind,
          startsAt: startsAt.toISOString(),
          durationMinutes: duration,
          joinUrl: doc?.joinUrl ?? null,
          agenda: [...settings.agenda],
          keyMessage,
        },
      ),
    );
  };

  if (settings.cadence) {
    for (const occurrence of meetingOccurrences(
      settings.cadence,
      ctx.tz,
      from,
      to,
      programme.startDate,
      meetingCalendarOf(programme),
    )) {
      const day = localDateOf(occurrence, ctx.tz);
      if (rhythmDays.has(day)) continue;
      // A planned regular meeting on the occurrence's day fills in its details; the id stays
      // the cadence's, so creating the meeting document after planning does not send twice.
      const doc = planned.find(
        (m) => m.kind === 'regular' && localDateOf(new Date(m.scheduledAt), ctx.tz) === day,
      );
      if (doc) usedDocs.add(doc.id);
      const startsAt = doc ? new Date(doc.scheduledAt) : occurrence;
      push(
        'cadence',
        day,
        startsAt,
        doc ?? null,
        'regular',
        doc?.durationMinutes ?? settings.cadence.durationMinutes,
      );
    }
  }
  for (const doc of planned) {
    if (usedDocs.has(doc.id)) continue;
    const startsAt = new Date(doc.scheduledAt);
    if (startsAt.getTime() < from.getTime() || startsAt.getTime() >= to.getTime()) continue;
    // A generated meeting still on its rhythm day keeps the rhythm's reminder id.
    if (doc.occurrence !== null) {
      const onItsDay = localDateOf(startsAt, ctx.tz) === doc.occurrence;
      if (onItsDay) push('cadence', doc.occurrence, startsAt, doc, doc.kind, doc.durationMinutes);
      else push(doc.id, instantKey(startsAt), startsAt, doc, doc.kind, doc.durationMinutes);
      continue;
    }
    // A cadence occurrence just outside the widened range must not be doubled by its own document.
    if (settings.cadence && doc.kind === 'regular') {
      const day = localDateOf(startsAt, ctx.tz);
      const sameDay = meetingOccurrences(
        settings.cadence,
        ctx.tz,
        atLocalTime(day, '00:00', ctx.tz),
        atLocalTime(addDays(day, 1), '00:00', ctx.tz),
        programme.startDate,
        meetingCalendarOf(programme),
      );
      if (sameDay.length > 0) {
        push('cadence', day, startsAt, doc, 'regular', doc.durationMinutes);
        continue;
      }
    }
    push(doc.id, instantKey(startsAt), startsAt, doc, doc.kind, doc.durationMinutes);
  }
  return out;
}

export const meetingPlanner: ReminderPlanner<MeetingReminderData> = {
  kinds: ['meeting'],
  plan: meetingReminders,
  afterProgrammeEnd: false,
};
