import fc from 'fast-check';
import {
  ACTION_ROLE,
  DEMO_PEOPLE,
  addDays,
  buildBoardView,
  createDemoBoard,
  boardViewSchema,
  type ProgrammeBoard,
} from '@ambassadors/shared';

const BASE = new Date('2026-12-01T10:00:00Z');

/** The demo board as the store returns it (every document with an ETag). */
function stored(): ProgrammeBoard {
  const demo = createDemoBoard('tenant-1', BASE);
  const tag = <T extends object>(d: T) => ({ ...d, etag: 'e' });
  return {
    programme: tag(demo.programme),
    ambassadorships: demo.ambassadorships.map(tag),
    applications: demo.applications.map(tag),
    meetings: demo.meetings.map(tag),
    checkIns: demo.checkIns.map(tag),
    decisions: demo.decisions.map(tag),
  };
}

describe('the board view’s guidance', () => {
  it('holds only actions written for the caller’s role, on any day of the demo programme', () => {
    const board = stored();
    fc.assert(
      fc.property(
        fc.integer({ min: -150, max: 400 }),
        fc.constantFrom(...Object.values(DEMO_PEOPLE).map((p) => p.userId), 'someone-else'),
        (offset, userId) => {
          const now = new Date(`${addDays('2026-12-01', offset)}T10:00:00Z`);
          const view = buildBoardView(board, userId, now);
          for (const action of view.guidance.nextActions) expect(ACTION_ROLE[action.kind]).toBe(view.role);
          expect(view.guidance.nextActions.length).toBeLessThanOrEqual(5);
          boardViewSchema.parse(view);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('gives the demo’s pending candidate her agreement first, and the employee the posting', () => {
    const board = stored();
    const aisha = buildBoardView(board, DEMO_PEOPLE.candidateAmbassador.userId, BASE);
    expect(aisha.guidance.nextActions[0]).toMatchObject({ kind: 'acceptMyAgreement', step: 'agreement' });
    const sofie = buildBoardView(board, DEMO_PEOPLE.employee.userId, BASE);
    expect(sofie.guidance.nextActions.map((a) => a.kind)).toEqual(['applyToPosting']);
  });
});
