import { applicationSchema, nextActions } from '@ambassadors/shared';
import { EMPLOYEE, LEADER, PROGRAMME_ID, TENANT, makeBoard } from '../fixtures';
import { NOW, completeProgramme } from './guidance-fixtures';

const employee = { userId: EMPLOYEE.userId };

function withOpenPosting(deadline: string) {
  const programme = completeProgramme();
  const posting = { ...programme.steps.posting.posting!, applicationDeadline: deadline };
  return { ...programme, steps: { ...programme.steps, posting: { ...programme.steps.posting, posting } } };
}

const application = (decided: boolean) =>
  applicationSchema.parse({
    id: 'app-1',
    tenantId: TENANT,
    programmeId: PROGRAMME_ID,
    type: 'application',
    applicant: EMPLOYEE,
    motivation: 'I would like to help – jeg vil gerne styrke vores arbejdsfællesskab',
    invited: false,
    submittedAt: '2026-03-18T09:00:00.000Z',
    decision: decided
      ? { outcome: 'declined', reason: 'Next round', by: LEADER, at: '2026-03-19T09:00:00.000Z' }
      : null,
  });

describe('an employee’s next actions', () => {
  it('offers the open posting with its deadline, until the deadline day is over', () => {
    const board = makeBoard(withOpenPosting('2026-03-20'));
    expect(nextActions(board, employee, NOW)).toEqual([
      expect.objectContaining({
        kind: 'applyToPosting',
        step: 'posting',
        due: '2026-03-20',
        overdue: false,
        params: { title: 'Workplace-community ambassador', hours: 3, months: 12 },
      }),
    ]);
    expect(nextActions(board, employee, new Date('2026-03-20T23:30:00Z'))).toEqual([]);
  });

  it('has nothing to do without an open posting', () => {
    expect(nextActions(makeBoard(completeProgramme()), employee, NOW)).toEqual([]);
  });

  it('says the leaders will answer an application, and nothing once they have', () => {
    const programme = withOpenPosting('2026-03-31');
    expect(nextActions(makeBoard(programme, { applications: [application(false)] }), employee, NOW)).toEqual([
      expect.objectContaining({ kind: 'awaitApplicationDecision', params: { submittedOn: '2026-03-18' } }),
    ]);
    expect(nextActions(makeBoard(programme, { applications: [application(true)] }), employee, NOW)).toEqual(
      [],
    );
  });
});
