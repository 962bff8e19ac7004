import { answerAudience } from '../feedback/open-situations';
import {
  instantKey,
  isCurrentAt,
  makeReminder,
  type PlanningContext,
  type ReminderPlanner,
} from './planning-context';
import type { ReminderIn } from './reminder';

export interface ThemeAnswerReminderData {
  /**
   * Key `<decisionId>:<answered at>`: ambassadors are told once, when a leader answers a theme.
   * The data is what everybody in the programme reads in "you said, we did" — the theme and the
   * answer — and whether it answered an open situation, never who reported an anonymous theme.
   */
  themeAnswered: {
    decisionId: string;
    theme: string;
    outcome: 'changeCourse' | 'keepCourse' | 'explain';
    explanation: string;
    /** 'named' / 'group': the answer to an open situation; null: a theme of the anonymous pulse. */
    openSituation: 'named' | 'group' | null;
  };
}

/**
 * Each leaders' answer tells the ambassadors at the moment it is given: the raiser of a named
 * open situation, or — for a group situation or a theme of the anonymous pulse — every
 * ambassador active then (`answerAudience`), so nobody learns who reported the theme.
 */
function themeAnswerReminders(ctx: PlanningContext): ReminderIn<ThemeAnswerReminderData>[] {
  const { programme, board } = ctx;
  return board.decisions.flatMap((decision) => {
    if (decision.programmeId !== programme.id) return [];
    const at = new Date(decision.at);
    if (at.getTime() < ctx.window.from.getTime() || at.getTime() >= ctx.window.to.getTime()) return [];
    const active = ctx.active.filter((amb) => isCurrentAt(ctx, amb, at));
    const recipients = answerAudience(board, decision, active);
    if (recipients.length === 0) return [];
    const situation = decision.openSituationId
      ? (board.openSituations ?? []).find((s) => s.id === decision.openSituationId)
      : undefined;
    return [
      makeReminder(
        ctx,
        'themeAnswered',
        { type: 'programme', id: programme.id },
        decision.id,
        instantKey(at),
        at,
        recipients,
        {
          decisionId: decision.id,
          theme: decision.theme,
          outcome: decision.outcome,
          explanation: decision.explanation,
          openSituation: situation ? situation.raisedAs : null,
        },
      ),
    ];
  });
}

export const themeAnswerPlanner: ReminderPlanner<ThemeAnswerReminderData> = {
  kinds: ['themeAnswered'],
  plan: themeAnswerReminders,
  afterProgrammeEnd: false,
};
