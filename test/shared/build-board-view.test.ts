import { DEMO_PEOPLE, buildBoardView, createDemoBoard, type ProgrammeBoard } from '@ambassadors/shared';

/**
 * The role cut of the board as a pure function (the HTTP tests cover the same over the wire):
 * here the edge of time — a term that has run out before the scheduler marked it ended.
 */
function storedDemo(now: Date): ProgrammeBoard {
  const board = createDemoBoard('tenant-x', now);
  const stored = <T extends object>(doc: T) => ({ ...doc, etag: 'etag-1' });
  return {
    programme: stored(board.programme),
    ambassadorships: board.ambassadorships.map(stored),
    applications: board.applications.map(stored),
    meetings: board.meetings.map(stored),
    checkIns: board.checkIns.map(stored),
    decisions: board.decisions.map(stored),
  };
}

describe('buildBoardView', () => {
  const seededAt = new Date('2026-11-27T10:00:00Z');
  const board = storedDemo(seededAt);

  it('a term that has run out: not shown as an ambassador to anyone, listed as an exit for leaders', () => {
    const later = new Date(seededAt.getTime() + 30 * 86_400_000);
    const lars = DEMO_PEOPLE.endingAmbassador.userId;
    expect(board.ambassadorships.find((a) => a.person.userId === lars)!.state).toBe('active');
    const leaderView = buildBoardView(board, DEMO_PEOPLE.leader.userId, later);
    expect(leaderView.ambassadors.map((a) => a.person.userId)).not.toContain(lars);
    expect(leaderView.formerAmbassadors!.find((a) => a.person.userId === lars)).toMatchObject({
      state: 'ended',
    });
    const employeeView = buildBoardView(board, DEMO_PEOPLE.employee.userId, later);
    expect(employeeView.ambassadors.map((a) => a.person.userId)).not.toContain(lars);
    const own = buildBoardView(board, lars, later);
    expect(own.role).toBe('employee');
    expect(own.myAmbassadorship).toBeUndefined();
  });

  it('before the end, the same term is flagged as an upcoming exit for leaders only', () => {
    const leaderView = buildBoardView(board, DEMO_PEOPLE.leader.userId, seededAt);
    const lars = leaderView.ambassadors.find((a) => a.id === 'amb-lars')!;
    expect(lars).toMatchObject({ termEndingSoon: true, daysLeft: 22 });
    const asLars = buildBoardView(board, DEMO_PEOPLE.endingAmbassador.userId, seededAt);
    expect(asLars.myAmbassadorship).toMatchObject({ id: 'amb-lars', daysLeft: 22, canCheckIn: true });
  });

  it('never puts per-person check-in data on any board', () => {
    for (const person of Object.values(DEMO_PEOPLE)) {
      const text = JSON.stringify(buildBoardView(board, person.userId, seededAt));
      for (const checkIn of board.checkIns) {
        expect(text).not.toContain(checkIn.authorKey);
        expect(text).not.toContain(checkIn.id);
      }
    }
  });
});
