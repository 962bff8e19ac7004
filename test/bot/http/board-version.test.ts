import { DEMO_PEOPLE, createDemoBoard, type ProgrammeBoard } from '@ambassadors/shared';
import { boardVersion } from '../../../bot/src/http/board-events';

const NOW = new Date('2026-12-01T10:00:00.000Z');

/** The demo board as the store returns it (every document with an ETag), without check-ins. */
function storedDemo(): ProgrammeBoard {
  const board = createDemoBoard('tenant', NOW);
  const stored = <T extends object>(doc: T, i: number) => ({ ...doc, etag: `"e${i}"` });
  return {
    programme: stored(board.programme, 0),
    ambassadorships: board.ambassadorships.map(stored),
    applications: board.applications.map(stored),
    meetings: board.meetings.map(stored),
    checkIns: [],
    decisions: board.decisions.map(stored),
  };
}

describe('boardVersion: a digest of what one person may see', () => {
  it('one check-in below the anonymity threshold leaves the leader’s and the employee’s version as it was', () => {
    const before = storedDemo();
    const template = createDemoBoard('tenant', NOW).checkIns[0]!;
    const after: ProgrammeBoard = {
      ...before,
      checkIns: [
        {
          ...template,
          id: 'new-check-in',
          authorKey: 'someone',
          submittedAt: NOW.toISOString(),
          etag: '"n"',
        },
      ],
    };
    for (const person of [DEMO_PEOPLE.leader, DEMO_PEOPLE.employee])
      expect(boardVersion(after, person.userId, NOW)).toBe(boardVersion(before, person.userId, NOW));
  });

  it('a change the person can see changes their version; the time the view was built does not', () => {
    const before = storedDemo();
    const renamed: ProgrammeBoard = { ...before, programme: { ...before.programme, name: 'Another name' } };
    const later = new Date(NOW.getTime() + 1000);
    expect(boardVersion(before, DEMO_PEOPLE.employee.userId, later)).toBe(
      boardVersion(before, DEMO_PEOPLE.employee.userId, NOW),
    );
    expect(boardVersion(renamed, DEMO_PEOPLE.employee.userId, NOW)).not.toBe(
      boardVersion(before, DEMO_PEOPLE.employee.userId, NOW),
    );
  });
});
