import {
  can,
  PERMISSIONS,
  PROGRAMME_ACTIONS,
  permissionsOf,
  roleOf,
  withdraw,
  assertCan,
} from '@ambassadors/shared';
import {
  ANNA,
  BO,
  CARL,
  EMPLOYEE,
  LEADER,
  makeActive,
  makeBoard,
  makeCandidate,
  makeProgramme,
  thrown,
} from './fixtures';

describe('roles', () => {
  const programme = makeProgramme();
  const at = new Date('2026-02-01T09:00:00Z');
  const anna = makeActive(programme, ANNA, at);
  const bo = makeCandidate(programme, BO, at);
  const carl = withdraw(
    makeActive(programme, CARL, at),
    'Moved team',
    LEADER,
    new Date('2026-03-01T09:00:00Z'),
  );
  const board = makeBoard(programme, { ambassadorships: [anna, bo, carl] });
  const now = new Date('2026-04-01T09:00:00Z');

  it('derives owners as leaders, candidates and active as ambassadors, everyone else as employees', () => {
    expect(roleOf(board, LEADER.userId, now)).toBe('leader');
    expect(roleOf(board, ANNA.userId, now)).toBe('ambassador');
    expect(roleOf(board, BO.userId, now)).toBe('ambassador');
    expect(roleOf(board, CARL.userId, now)).toBe('employee');
    expect(roleOf(board, EMPLOYEE.userId, now)).toBe('employee');
  });

  it('makes a former ambassador an employee once the term is over, even before the state moves', () => {
    expect(roleOf(board, ANNA.userId, new Date('2027-02-15T09:00:00Z'))).toBe('employee');
  });

  it('treats an owner who is also an ambassador as a leader', () => {
    const both = makeBoard(makeProgramme({ owners: [LEADER, ANNA] }), { ambassadorships: [anna] });
    expect(roleOf(both, ANNA.userId, now)).toBe('leader');
  });

  it('has an explicit permission for every action', () => {
    for (const action of PROGRAMME_ACTIONS) expect(PERMISSIONS[action].length).toBeGreaterThan(0);
    expect(can('leader', 'programme:edit')).toBe(true);
    expect(can('ambassador', 'programme:edit')).toBe(false);
    expect(can('employee', 'posting:apply')).toBe(true);
    expect(can('ambassador', 'checkIn:submit')).toBe(true);
    expect(can('leader', 'checkIn:submit')).toBe(false);
    expect(can('employee', 'feedback:viewOverview')).toBe(false);
    expect(can('ambassador', 'feedback:viewOverview')).toBe(false);
    expect(can('leader', 'decision:record')).toBe(true);
    expect(can('ambassador', 'agreement:accept')).toBe(true);
    expect(can('leader', 'ambassador:select')).toBe(true);
    expect(can('employee', 'youSaidWeDid:view')).toBe(true);
  });

  it('lists permissions per role and guards with FORBIDDEN', () => {
    expect(permissionsOf('employee')).toEqual(['programme:view', 'posting:apply', 'youSaidWeDid:view']);
    expect(permissionsOf('leader')).toContain('feedback:viewOverview');
    expect(thrown(() => assertCan('employee', 'programme:edit')).code).toBe('FORBIDDEN');
    expect(() => assertCan('leader', 'programme:edit')).not.toThrow();
  });
});
