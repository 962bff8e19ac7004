import type { BoardData } from '../model/board';
import { localDateOf } from '../rules/calendar';
import { postingOpen } from '../rules/posting';
import type { NextAction } from './next-action';
import { action } from './rank-actions';

/**
 * What the card offers an employee: the open posting and its deadline (the same "open" the
 * apply route checks), and, once they applied, that the leaders will answer.
 */
export function employeeActions(board: BoardData, userId: string, now: Date): NextAction[] {
  const { programme } = board;
  const today = localDateOf(now, programme.timeZone);
  const own = board.applications.find((a) => a.programmeId === programme.id && a.applicant.userId === userId);
  if (own) {
    if (own.decision !== null) return [];
    return [
      action(
        {
          id: `awaitApplicationDecision:${own.id}`,
          kind: 'awaitApplicationDecision',
          step: 'posting',
          due: null,
          params: { submittedOn: localDateOf(new Date(own.submittedAt), programme.timeZone) },
        },
        today,
      ),
    ];
  }
  const posting = programme.steps.posting.posting;
  if (!posting || !postingOpen(programme, now)) return [];
  return [
    action(
      {
        id: `applyToPosting:${posting.applicationDeadline}`,
        kind: 'applyToPosting',
        step: 'posting',
        due: posting.applicationDeadline,
        params: { title: posting.title, hours: posting.hoursPerMonth, months: posting.termMonths },
      },
      today,
    ),
  ];
}
