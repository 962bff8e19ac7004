import { addDays, localDateOf } from '../calendar';
import { alignmentDueDate, alignmentRequiredSince, currentKeyMessage } from '../key-messages';
import {
  currentAt,
  dayAt,
  makeReminder,
  type PlanningContext,
  type ReminderPlanner,
} from './planning-context';
import type { ReminderIn } from './reminder';

/** The alignment-meeting call goes to leaders this many days before it is due, to plan it. */
export const ALIGNMENT_CALL_DAYS_BEFORE = 7;
/** Safety cap on loops over months (a term is at most 36 months; programmes run for years). */
const MAX_MONTHS = 240;

export interface AlignmentReminderData {
  /** Key `alignment:<due day>`. */
  alignmentMeeting: { dueDate: string; activeAmbassadors: number; keyMessage: string | null };
}

/**
 * Monthly alignment-meeting calls to the leaders, a week before each due date. The rhythm starts
 * when the requirement begins and restarts from every held alignment meeting; a due date is
 * skipped when an alignment meeting is already planned for it or fewer than two are current.
 */
function alignmentReminders(ctx: PlanningContext): ReminderIn<AlignmentReminderData>[] {
  const { programme, board } = ctx;
  const since = alignmentRequiredSince(board);
  if (!since) return [];
  const alignment = board.meetings.filter((m) => m.programmeId === programme.id && m.kind === 'alignment');
  const heldDays = alignment
    .filter((m) => m.held)
    .map((m) => localDateOf(new Date(m.scheduledAt), ctx.tz))
    .sort();
  const keyMessage = currentKeyMessage(programme)?.text ?? null;
  const out: ReminderIn<AlignmentReminderData>[] = [];
  let anchor = localDateOf(since, ctx.tz);
  let k = 1;
  for (let guard = 0; guard < MAX_MONTHS * 2; guard += 1) {
    const dueDate = alignmentDueDate(anchor, k, programme.settings);
    const callDay = addDays(dueDate, -ALIGNMENT_CALL_DAYS_BEFORE);
    if (callDay > ctx.toDay) break;
    const heldInPeriod = heldDays.find((day) => day > anchor && day <= dueDate);
    if (heldInPeriod) {
      anchor = heldInPeriod;
      k = 1;
      continue;
    }
    k += 1;
    if (callDay < ctx.fromDay) continue;
    const t = dayAt(ctx, callDay);
    if (currentAt(ctx, t).length < 2) continue;
    // Already planned: a not-yet-held alignment meeting still ahead at call time, around the due date.
    const planUntil = dayAt(ctx, addDays(dueDate, ALIGNMENT_CALL_DAYS_BEFORE)).getTime();
    const planned = alignment.some((m) => {
      const at = new Date(m.scheduledAt).getTime();
      return !m.held && m.cancelledAt === null && at >= t.getTime() && at <= planUntil;
    });
    if (planned) continue;
    out.push(
      makeReminder(
        ctx,
        'alignmentMeeting',
        { type: 'programme', id: programme.id },
        'alignment',
        dueDate,
        t,
        ctx.owners,
        {
          dueDate,
          activeAmbassadors: currentAt(ctx, t).length,
          keyMessage,
        },
      ),
    );
  }
  return out;
}

export const alignmentPlanner: ReminderPlanner<AlignmentReminderData> = {
  kinds: ['alignmentMeeting'],
  plan: alignmentReminders,
  afterProgrammeEnd: false,
};
