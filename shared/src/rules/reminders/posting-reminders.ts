import { addDays, workingDayOnOrBefore } from '../calendar';
import {
  dayAt,
  instantKey,
  makeReminder,
  type PlanningContext,
  type ReminderPlanner,
} from './planning-context';
import type { ReminderIn } from './reminder';

/** Posting deadline reminder: days before the deadline. */
export const POSTING_DEADLINE_DAYS_BEFORE = 3;

export interface PostingReminderData {
  /** Key `posting:<publishedAt>.<invitee userId>`: one per invitation, at publication or when invited later. */
  postingAnnouncement: {
    audience: 'everyone';
    title: string;
    applicationDeadline: string;
    hoursPerMonth: number;
    termMonths: number;
    /** The inviting leader's personal note ('' for none) and name. */
    note: string;
    invitedBy: string | null;
  };
  /** Key `posting:<deadline day>`. */
  postingDeadline: { title: string; applicationDeadline: string; applications: number };
}

/**
 * Each invitee is told once: at publication when invited before, else when invited. The id is
 * per invitation, so a later invitation is never hidden behind the announcement already sent.
 */
function postingReminders(ctx: PlanningContext): ReminderIn<PostingReminderData>[] {
  const { programme } = ctx;
  const posting = programme.steps.posting.posting;
  if (!posting?.publishedAt) return [];
  const publishedAt = new Date(posting.publishedAt);
  const out: ReminderIn<PostingReminderData>[] = programme.steps.posting.invitations.map((inv) => {
    const invitedAt = new Date(inv.invitedAt);
    const at = invitedAt.getTime() > publishedAt.getTime() ? invitedAt : publishedAt;
    return makeReminder(
      ctx,
      'postingAnnouncement',
      { type: 'posting', id: programme.id },
      'posting',
      `${instantKey(publishedAt)}.${inv.invitee.userId}`,
      at,
      [inv.invitee],
      {
        audience: 'everyone',
        title: posting.title,
        applicationDeadline: posting.applicationDeadline,
        hoursPerMonth: posting.hoursPerMonth,
        termMonths: posting.termMonths,
        note: inv.note,
        invitedBy: inv.invitedBy.displayName,
      },
    );
  });
  // Three days before the deadline, or the working day before that.
  const callDay = workingDayOnOrBefore(
    addDays(posting.applicationDeadline, -POSTING_DEADLINE_DAYS_BEFORE),
    programme.settings.workingHours.days,
    programme.settings.country,
  );
  const deadlineCall = dayAt(ctx, callDay);
  if (deadlineCall.getTime() >= publishedAt.getTime()) {
    out.push(
      makeReminder(
        ctx,
        'postingDeadline',
        { type: 'posting', id: programme.id },
        'posting',
        posting.applicationDeadline,
        deadlineCall,
        ctx.owners,
        {
          title: posting.title,
          applicationDeadline: posting.applicationDeadline,
          applications: ctx.board.applications.filter((a) => a.programmeId === programme.id).length,
        },
      ),
    );
  }
  return out;
}

export const postingPlanner: ReminderPlanner<PostingReminderData> = {
  kinds: ['postingAnnouncement', 'postingDeadline'],
  plan: postingReminders,
  afterProgrammeEnd: false,
};
