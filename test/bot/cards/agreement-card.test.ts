import {
  DEMO_PEOPLE,
  createDemoBoard,
  planReminders,
  proposeAgreementVersion,
  checkAgreementAdjustment,
  type BoardData,
} from '@ambassadors/shared';
import { reminderCard } from '../../../bot/src/cards/reminder-cards';

/**
 * The card that asks an ambassador to accept their agreement shows the version they accept: the
 * tasks, the hours and the term the leader adjusted for them, planned from the proposal itself.
 */
describe('the agreement card', () => {
  const now = new Date('2026-11-27T08:00:00Z');
  const ctx = {
    locale: 'da' as const,
    tabUrl: 'https://teams.microsoft.com/l/entity/x',
    timeZone: 'Europe/Copenhagen',
    ref: { cardId: 'c1', outboxId: 'o1', reminderId: 'r1', programmeId: 'p1' },
  };

  function proposedBoard(): BoardData {
    const board = createDemoBoard('t-1', now);
    const amb = board.ambassadorships.find(
      (a) => a.person.userId === DEMO_PEOPLE.candidateAmbassador.userId,
    )!;
    const fresh = { ...amb, agreement: { versions: [], ambassadorAcceptances: [], leaderAcceptances: [] } };
    const template = board.programme.steps.agreement.template!;
    const { terms, term } = checkAgreementAdjustment(
      {
        terms: { ...template, hoursPerMonth: 7, responsibilities: ['Svar på spørgsmål fra nattevagten'] },
        term: { start: '2026-12-01', end: '2027-11-30' },
        termMonths: 9,
      },
      board.programme.settings,
    );
    const proposed = proposeAgreementVersion(
      fresh,
      terms,
      term,
      DEMO_PEOPLE.leader,
      now,
      board.programme.settings,
      {
        timeZone: board.programme.timeZone,
        ambassadorships: board.ambassadorships,
      },
    );
    return { ...board, ambassadorships: board.ambassadorships.map((a) => (a.id === amb.id ? proposed : a)) };
  }

  it('shows the adjusted tasks, hours and term to the ambassador', () => {
    const reminder = planReminders(proposedBoard(), {
      from: now,
      to: new Date(now.getTime() + 3_600_000),
    }).find((r) => r.kind === 'agreementAcceptance')!;
    expect(reminder.recipients.map((r) => r.userId)).toEqual([DEMO_PEOPLE.candidateAmbassador.userId]);
    const card = JSON.stringify(reminderCard(reminder.kind, reminder.data, ctx));
    expect(card).toContain('• Svar på spørgsmål fra nattevagten');
    expect(card).toContain('Cirka 7 timer om måneden, fra 1. december 2026 til 31. august 2027.');
  });
});
