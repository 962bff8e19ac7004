import { currentAgreementVersion } from '../agreement';
import { DAY_MS } from '../calendar';
import { agreedCheckInThemes } from '../feedback/check-in-themes';
import { checkInPrivacy, type CheckInPrivacy } from '../feedback/check-ins';
import { currentKeyMessage } from '../key-messages';
import { isCurrentAt, makeReminder, type PlanningContext, type ReminderPlanner } from './planning-context';
import type { ReminderIn } from './reminder';

/** A check-in request follows a meeting marked held up to this long after it ended. */
export const CHECK_IN_REQUEST_MAX_DELAY_MS = 7 * DAY_MS;

export interface CheckInRequestData {
  /** Key `<ambassadorshipId>:<meetingId>`. */
  checkInRequest: {
    ambassadorshipId: string;
    afterMeetingId: string;
    keyMessageVersion: number | null;
    /** The themes the ambassador's agreement says they pass on, offered as choices on the card. */
    agreedThemes: string[];
  } & CheckInPrivacy;
}

/**
 * After each held meeting, a check-in request to every ambassador current when it ended — at most
 * one per `checkInIntervalDays` each, sent when the meeting is marked held if that came later.
 */
function checkInRequests(ctx: PlanningContext): ReminderIn<CheckInRequestData>[] {
  const { programme, board } = ctx;
  const intervalMs = programme.settings.checkInIntervalDays * DAY_MS;
  const held = board.meetings
    .filter((m) => m.programmeId === programme.id && m.held)
    .map((m) => {
      const endsAt = new Date(new Date(m.scheduledAt).getTime() + m.durationMinutes * 60_000);
      // Leaders often mark a meeting held afterwards: the request then goes out when they do
      // (the meeting's last update), unless that is more than a week late — then it is stale.
      const updated = new Date(m.updatedAt).getTime();
      const late = updated > endsAt.getTime() && updated <= endsAt.getTime() + CHECK_IN_REQUEST_MAX_DELAY_MS;
      return { meeting: m, endsAt, sendAt: late ? new Date(updated) : endsAt };
    })
    .filter((h) => h.endsAt.getTime() < ctx.window.to.getTime())
    .sort((a, b) => a.endsAt.getTime() - b.endsAt.getTime() || a.meeting.id.localeCompare(b.meeting.id));
  const keyMessageVersion = currentKeyMessage(programme)?.version ?? null;
  const from = ctx.window.from.getTime();
  const out: ReminderIn<CheckInRequestData>[] = [];
  for (const amb of ctx.active) {
    // Walk the whole history in order, so whether a meeting triggers a request never depends
    // on which window is being planned (stable ids, no gaps between overlapping windows).
    // Check-ins name nobody (only a keyed pseudonym), so the planner cannot tell who sent
    // one: the requests themselves keep to at most one per interval.
    let lastContact = Number.NEGATIVE_INFINITY;
    for (const { meeting, endsAt, sendAt } of held) {
      const t = endsAt.getTime();
      if (!isCurrentAt(ctx, amb, endsAt)) continue;
      if (t - lastContact < intervalMs) continue;
      lastContact = t;
      if (sendAt.getTime() < from) continue;
      out.push(
        makeReminder(
          ctx,
          'checkInRequest',
          { type: 'ambassadorship', id: amb.id },
          amb.id,
          meeting.id,
          sendAt,
          [amb.person],
          {
            ambassadorshipId: amb.id,
            afterMeetingId: meeting.id,
            keyMessageVersion,
            agreedThemes: agreedCheckInThemes(currentAgreementVersion(amb)),
            ...checkInPrivacy(programme, amb),
          },
        ),
      );
    }
  }
  return out;
}

export const checkInRequestPlanner: ReminderPlanner<CheckInRequestData> = {
  kinds: ['checkInRequest'],
  plan: checkInRequests,
  afterProgrammeEnd: false,
};
