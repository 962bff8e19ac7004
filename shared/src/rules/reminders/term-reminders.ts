import { addDays } from '../calendar';
import { nextWorkingInstant } from '../working-hours';
import {
  dayAt,
  dayInWindow,
  dayReminderAt,
  makeReminder,
  type PlanningContext,
  type ReminderPlanner,
} from './planning-context';
import type { ReminderIn } from './reminder';

/** To the ambassador only; leaders read term ends in their digest. */
interface TermEndingData {
  ambassadorshipId: string;
  ambassadorName: string;
  termEnd: string;
  /** Calendar days from the reminder's day to the term's last day (30 or 7). */
  daysLeft: number;
}

export interface TermReminderData {
  /** Key `<ambassadorshipId>:<last day>`. */
  termEnding30: TermEndingData;
  termEnding7: TermEndingData;
  /** Key `<ambassadorshipId>:end.<last day>` or `<ambassadorshipId>:withdrawn`. */
  termEndedExit: {
    ambassadorshipId: string;
    ambassadorName: string;
    termEnd: string;
    reason: 'termEnded' | 'withdrawn';
    debriefDate: string | null;
  };
}

/** The ambassador's own reminders 30 and 7 days before the term's last day, and the exit after it or a withdrawal. */
function termReminders(ctx: PlanningContext): ReminderIn<TermReminderData>[] {
  const { programme, board } = ctx;
  const out: ReminderIn<TermReminderData>[] = [];
  for (const amb of board.ambassadorships) {
    if (amb.programmeId !== programme.id) continue;
    // Term ends and exits are the ambassador's own; leaders read them in their digest.
    const recipients = [amb.person];
    const base = { ambassadorshipId: amb.id, ambassadorName: amb.person.displayName, termEnd: amb.term.end };
    if (amb.state === 'active') {
      for (const [kind, days] of [
        ['termEnding30', 30],
        ['termEnding7', 7],
      ] as const) {
        const day = addDays(amb.term.end, -days);
        const t = dayReminderAt(ctx, amb, day);
        if (!t) continue;
        out.push(
          makeReminder(
            ctx,
            kind,
            { type: 'ambassadorship', id: amb.id },
            amb.id,
            amb.term.end,
            t,
            recipients,
            {
              ...base,
              daysLeft: days,
            },
          ),
        );
      }
    }
    const exit = (key: string, t: Date, reason: 'termEnded' | 'withdrawn') =>
      out.push(
        makeReminder(
          ctx,
          'termEndedExit',
          { type: 'ambassadorship', id: amb.id },
          amb.id,
          key,
          t,
          recipients,
          {
            ...base,
            reason,
            debriefDate: amb.exit.debriefDate,
          },
        ),
      );
    const exitDay = addDays(amb.term.end, 1);
    if (
      (amb.state === 'active' || amb.state === 'ended') &&
      amb.activatedAt &&
      !amb.exit.debriefHeldAt &&
      dayInWindow(ctx, exitDay)
    ) {
      exit(`end.${amb.term.end}`, dayAt(ctx, exitDay), 'termEnded');
    }
    if (amb.state === 'withdrawn' && amb.withdrawal && !amb.exit.debriefHeldAt) {
      exit(
        'withdrawn',
        nextWorkingInstant(new Date(amb.withdrawal.at), programme.settings.workingHours, ctx.tz),
        'withdrawn',
      );
    }
  }
  return out;
}

/** A person's own term end and exit are still sent after the programme's end date. */
export const termPlanner: ReminderPlanner<TermReminderData> = {
  kinds: ['termEnding30', 'termEnding7', 'termEndedExit'],
  plan: termReminders,
  afterProgrammeEnd: true,
};
