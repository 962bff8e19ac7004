import { applicantDecisionOf } from '../application-round';
import { outcomeDueAt } from '../undo';
import { instantKey, makeReminder, type PlanningContext, type ReminderPlanner } from './planning-context';
import type { ReminderIn } from './reminder';

export interface ApplicationOutcomeReminderData {
  /**
   * Key `<applicationId>:<decided at>`: the applicant hears the outcome once, when it is decided.
   * The data carries only what the applicant may read — the outcome and the message meant for
   * them (null: the kind default in their language) — never the leaders' internal note.
   */
  applicationOutcome: {
    applicationId: string;
    title: string;
    outcome: 'selected' | 'declined';
    message: string | null;
  };
}

/**
 * Each decided application: its applicant is told the outcome by the bot once the decision's undo
 * window has passed (`outcomeDueAt`), so a decision undone in time is never told; a decision
 * undone leaves the application undecided and so plans nothing.
 */
function applicationOutcomeReminders(ctx: PlanningContext): ReminderIn<ApplicationOutcomeReminderData>[] {
  const { programme } = ctx;
  const title = programme.steps.posting.posting?.title ?? programme.name;
  return ctx.board.applications.flatMap((application) => {
    if (application.programmeId !== programme.id || !application.decision) return [];
    const seen = applicantDecisionOf(application.decision);
    const at = outcomeDueAt(seen);
    return [
      makeReminder(
        ctx,
        'applicationOutcome',
        { type: 'posting', id: programme.id },
        application.id,
        instantKey(new Date(seen.at)),
        at,
        [application.applicant],
        { applicationId: application.id, title, outcome: seen.outcome, message: seen.message },
      ),
    ];
  });
}

export const applicationOutcomePlanner: ReminderPlanner<ApplicationOutcomeReminderData> = {
  kinds: ['applicationOutcome'],
  plan: applicationOutcomeReminders,
  afterProgrammeEnd: false,
};
