import { DEFAULT_APPLICANT_MESSAGES, planReminders, type BoardData } from '@ambassadors/shared';
import { createDemoBoard } from '@ambassadors/shared';
import { reminderCard } from '../../../bot/src/cards/reminder-cards';

/**
 * The bot tells an applicant the outcome with a card planned from the decision: the card shows
 * the message meant for them (or the kind default in their language), never the leaders' note.
 */
describe('the application outcome card', () => {
  const NOTE = 'INTERNAL: too quiet in meetings';
  const now = new Date('2026-11-27T08:00:00Z');
  const ctx = (locale: 'da' | 'en') => ({
    locale,
    tabUrl: 'https://teams.microsoft.com/l/entity/x',
    timeZone: 'Europe/Copenhagen',
    ref: { cardId: 'c1', outboxId: 'o1', reminderId: 'r1', programmeId: 'p1' },
  });

  function declinedBoard(applicantMessage?: string): BoardData {
    const board = createDemoBoard('t-1', now);
    const applicant = { userId: 'applicant-1', displayName: 'Sofie Nielsen' };
    const decidedAt = new Date(now.getTime() + 60_000).toISOString();
    const application = {
      ...board.applications[0]!,
      id: 'app-declined',
      applicant,
      decision: {
        outcome: 'declined' as const,
        reason: NOTE,
        ...(applicantMessage ? { applicantMessage } : {}),
        by: board.programme.owners[0]!,
        at: decidedAt,
      },
    };
    return { ...board, applications: [...board.applications, application] };
  }

  const outcomeOf = (board: BoardData) =>
    planReminders(board, { from: now, to: new Date(now.getTime() + 3_600_000) }).find(
      (r) => r.kind === 'applicationOutcome',
    )!;

  it('is planned for the applicant at the decision and shows only their message', () => {
    const reminder = outcomeOf(declinedBoard('Tak, Sofie – vi håber, du søger igen.'));
    expect(reminder.recipients.map((r) => r.userId)).toEqual(['applicant-1']);
    expect(JSON.stringify(reminder)).not.toContain(NOTE);
    const card = JSON.stringify(reminderCard(reminder.kind, reminder.data, ctx('da')));
    expect(card).toContain('Tak, Sofie – vi håber, du søger igen.');
    expect(card).not.toContain(NOTE);
  });

  it('without a message, shows the kind default in the card’s language', () => {
    const reminder = outcomeOf(declinedBoard());
    const da = JSON.stringify(reminderCard(reminder.kind, reminder.data, ctx('da')));
    const en = JSON.stringify(reminderCard(reminder.kind, reminder.data, ctx('en')));
    expect(da).toContain(DEFAULT_APPLICANT_MESSAGES.declined.da.slice(0, 40));
    expect(en).toContain(DEFAULT_APPLICANT_MESSAGES.declined.en.slice(0, 40));
    expect(da + en).not.toContain(NOTE);
  });
});
