import fc from 'fast-check';
import {
  DEMO_PEOPLE,
  DUE_REASONS,
  createDemoBoard,
  postingOpen,
  programmeChoice,
  type BoardData,
  type ProgrammeCommand,
} from '@ambassadors/shared';

const NOW = new Date('2026-12-01T10:00:00.000Z');
const ME = 'person-in-several';

/** Where the person stands in one demo programme: which demo person they are there. */
const SLOTS = ['leader', 'activeAmbassador', 'candidateAmbassador', 'endingAmbassador', 'employee'] as const;
type Slot = (typeof SLOTS)[number];

/** The demo board as programme `id`, with the person in `slot`'s place; the posting open or closed. */
function boardFor(id: string, slot: Slot, open: boolean): BoardData {
  const demo = createDemoBoard('tenant', NOW);
  const json = JSON.stringify(demo).split(`"${DEMO_PEOPLE[slot].userId}"`).join(`"${ME}"`);
  const board = JSON.parse(json) as BoardData;
  const posting = board.programme.steps.posting.posting!;
  board.programme = {
    ...board.programme,
    id,
    name: `Programme ${id}`,
    steps: {
      ...board.programme.steps,
      posting: {
        ...board.programme.steps.posting,
        posting: { ...posting, applicationDeadline: open ? '2027-01-31' : '2026-11-01' },
      },
    },
  };
  return board;
}

const rank = (due: string | null) =>
  due === null ? DUE_REASONS.length : DUE_REASONS.indexOf(due as (typeof DUE_REASONS)[number]);

describe('which programme a chat command is about (programmeChoice)', () => {
  it('a candidate in one programme and an active ambassador in another: status defaults to the agreement waiting', () => {
    const boards = [boardFor('a', 'activeAmbassador', false), boardFor('b', 'candidateAmbassador', false)];
    const choice = programmeChoice({ boards, userId: ME, command: 'status', now: NOW });
    expect(choice.options.map((o) => [o.programmeId, o.due])).toEqual([
      ['b', 'agreement'],
      ['a', 'checkIn'],
    ]);
    expect(choice.defaultId).toBe('b');
  });

  it('feedback offers only the programmes where the person is an active ambassador', () => {
    const boards = [boardFor('a', 'activeAmbassador', false), boardFor('b', 'candidateAmbassador', false)];
    const choice = programmeChoice({ boards, userId: ME, command: 'feedback', now: NOW });
    expect(choice.options.map((o) => o.programmeId)).toEqual(['a']);
  });

  it('a check-in already sent this interval is not due: with the author key, the other programme leads', () => {
    const a = boardFor('a', 'activeAmbassador', false);
    const b = boardFor('b', 'activeAmbassador', false);
    a.checkIns = [
      { ...a.checkIns[0]!, programmeId: 'a', authorKey: 'key-a', submittedAt: NOW.toISOString() },
    ];
    const choice = programmeChoice({
      boards: [a, b],
      userId: ME,
      command: 'feedback',
      now: NOW,
      authorKeyFor: (programmeId) => `key-${programmeId}`,
    });
    expect(choice.options.map((o) => [o.programmeId, o.due])).toEqual([
      ['b', 'checkIn'],
      ['a', null],
    ]);
  });

  it('apply offers open postings the person has not applied to and does not hold a role from', () => {
    const boards = [
      boardFor('a', 'employee', true),
      boardFor('b', 'employee', false),
      boardFor('c', 'activeAmbassador', true),
    ];
    const choice = programmeChoice({ boards, userId: ME, command: 'apply', now: NOW });
    expect(choice.options.map((o) => [o.programmeId, o.due])).toEqual([['a', 'posting']]);
  });

  it('laws: the default leads, is the most pressing, the rest keep their order, every option fits', () => {
    const arbitraryBoards = fc
      .array(fc.tuple(fc.constantFrom(...SLOTS), fc.boolean()), { minLength: 0, maxLength: 5 })
      .map((specs) => specs.map(([slot, open], i) => boardFor(`p${i}`, slot, open)));
    fc.assert(
      fc.property(
        arbitraryBoards,
        fc.constantFrom<ProgrammeCommand>('status', 'feedback', 'apply'),
        (boards, command) => {
          const { options, defaultId } = programmeChoice({ boards, userId: ME, command, now: NOW });
          const ids = options.map((o) => o.programmeId);
          expect(new Set(ids).size).toBe(ids.length);
          expect(defaultId).toBe(options[0]?.programmeId ?? null);
          for (const option of options)
            expect(rank(option.due)).toBeGreaterThanOrEqual(rank(options[0]!.due));
          const boardOrder = boards.map((b) => b.programme.id);
          const rest = ids.slice(1);
          expect(rest).toEqual(boardOrder.filter((id) => rest.includes(id)));
          if (command === 'status') expect(options.length > 0).toBe(boards.length > 0);
          if (command === 'feedback') for (const o of options) expect(o.role).toBe('ambassador');
          if (command === 'apply')
            for (const o of options) {
              const board = boards.find((b) => b.programme.id === o.programmeId)!;
              expect(postingOpen(board.programme, NOW)).toBe(true);
              expect(o.due).toBe('posting');
            }
        },
      ),
      { numRuns: 60 },
    );
  });
});
