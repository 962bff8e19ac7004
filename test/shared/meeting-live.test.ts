import fc from 'fast-check';
import {
  AGENDA_HEADINGS,
  DomainError,
  addMeetingActionItem,
  addMeetingNote,
  bindTeamsMeeting,
  mergeNoteEntries,
  setMeetingFocus,
  setMeetingPresence,
  erasurePseudonyms,
  planProgrammeErasure,
  type Meeting,
  type MeetingNoteEntry,
} from '@ambassadors/shared';
import { ANNA, BO, EMPLOYEE, LEADER, makeActive, makeBoard, makeMeeting, makeProgramme } from './fixtures';

const programme = makeProgramme({ startDate: '2026-01-01' });
const board = makeBoard(programme, {
  ambassadorships: [
    makeActive(programme, ANNA, new Date('2026-01-02T08:00:00Z')),
    makeActive(programme, BO, new Date('2026-01-02T08:00:00Z')),
  ],
});
const START = '2026-03-05T09:00:00.000Z';
const during = new Date('2026-03-05T09:30:00Z');

function meeting(overrides: Partial<Meeting> = {}): Meeting {
  return makeMeeting({ id: 'm-1', scheduledAt: START, ...overrides });
}

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  throw new Error('expected a DomainError, but nothing was thrown');
}

const people = [LEADER, ANNA, BO];
const entryArb: fc.Arbitrary<MeetingNoteEntry> = fc.record({
  id: fc.stringMatching(/^[a-z0-9]{1,8}$/),
  heading: fc.constantFrom(...AGENDA_HEADINGS),
  author: fc.constantFrom(...people),
  text: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() === s && s !== ''),
  at: fc.integer({ min: 0, max: 3_600_000 }).map((ms) => new Date(Date.parse(START) + ms).toISOString()),
});
const entriesArb = fc.uniqueArray(entryArb, { selector: (e) => e.id, maxLength: 12 });

describe('live meeting notes', () => {
  it('law: note-takers writing at once never overwrite each other — whatever order the writes land in, every note survives once', () => {
    fc.assert(
      fc.property(entriesArb, fc.integer({ min: 0, max: 1000 }), (entries, seed) => {
        // Each writer adds their note to the version they read; a lost race re-applies on the newest one.
        const shuffled = fc.sample(fc.shuffledSubarray(entries, { minLength: entries.length }), {
          seed,
          numRuns: 1,
        })[0]!;
        const inOrder = entries.reduce((m, e) => addMeetingNote(m, e, during), meeting());
        const otherOrder = shuffled.reduce((m, e) => addMeetingNote(m, e, during), meeting());
        expect(inOrder.noteEntries).toEqual(otherOrder.noteEntries);
        expect(new Set(inOrder.noteEntries.map((e) => e.id))).toEqual(new Set(entries.map((e) => e.id)));
        expect(inOrder.noteEntries).toHaveLength(entries.length);
      }),
    );
  });

  it('law: merging note lists is commutative, associative and idempotent', () => {
    fc.assert(
      fc.property(entriesArb, entriesArb, entriesArb, (a, b, c) => {
        expect(mergeNoteEntries(a, b)).toEqual(mergeNoteEntries(b, a));
        expect(mergeNoteEntries(mergeNoteEntries(a, b), c)).toEqual(
          mergeNoteEntries(a, mergeNoteEntries(b, c)),
        );
        expect(mergeNoteEntries(mergeNoteEntries(a, b), b)).toEqual(mergeNoteEntries(a, b));
      }),
    );
  });

  it('erasing a note-taker keeps their notes’ text and leaves nothing that names them', () => {
    const entry = {
      id: 'n1',
      heading: 'challenges',
      author: ANNA,
      text: 'Shift handovers are rushed',
      at: START,
    } as const;
    const written = addMeetingNote(meeting(), entry, during);
    const plan = planProgrammeErasure({
      programme,
      documents: [written],
      userId: ANNA.userId,
      pseudonyms: erasurePseudonyms('seed1234', 'en'),
      successor: LEADER,
      now: during,
      isOwnCheckIn: () => false,
    });
    const cleaned = plan.replacements.find((d) => d.type === 'meeting') as Meeting;
    expect(JSON.stringify(cleaned)).not.toContain(ANNA.userId);
    expect(JSON.stringify(cleaned)).not.toContain(ANNA.displayName);
    expect(cleaned.noteEntries.map((e) => e.text)).toEqual(['Shift handovers are rushed']);
  });

  it('keeps the heading texts and takes no note in a cancelled meeting', () => {
    const entry = {
      id: 'n1',
      heading: 'progress',
      author: ANNA,
      text: 'Ten colleagues joined',
      at: START,
    } as const;
    const next = addMeetingNote(
      meeting({ notes: { ...meeting().notes, progress: 'earlier' } }),
      entry,
      during,
    );
    expect(next.notes.progress).toBe('earlier');
    expect(next.noteEntries).toEqual([entry]);
    expect(codeOf(() => addMeetingNote(meeting({ cancelledAt: START }), entry, during))).toBe(
      'MEETING_CANCELLED',
    );
  });
});

describe('presence in a running meeting', () => {
  it('lets an ambassador mark only themself, a leader anyone of the programme', () => {
    const anna = { user: ANNA, role: 'ambassador' as const };
    const leader = { user: LEADER, role: 'leader' as const };
    const here = setMeetingPresence(board, meeting(), anna, { present: true }, during);
    expect(here.attended.map((p) => p.userId)).toEqual([ANNA.userId]);
    expect(
      codeOf(() => setMeetingPresence(board, here, anna, { userId: BO.userId, present: true }, during)),
    ).toBe('MEETING_PRESENCE_ONLY_SELF');
    const ticked = setMeetingPresence(board, here, leader, { userId: BO.userId, present: true }, during);
    expect(ticked.attended.map((p) => p.userId).sort()).toEqual([ANNA.userId, BO.userId].sort());
    const gone = setMeetingPresence(board, ticked, leader, { userId: ANNA.userId, present: false }, during);
    expect(gone.attended.map((p) => p.userId)).toEqual([BO.userId]);
    expect(
      codeOf(() =>
        setMeetingPresence(board, ticked, leader, { userId: EMPLOYEE.userId, present: true }, during),
      ),
    ).toBe('MEETING_PERSON_NOT_IN_PROGRAMME');
    expect(
      codeOf(() =>
        setMeetingPresence(board, meeting(), anna, { present: true }, new Date('2026-03-05T08:00:00Z')),
      ),
    ).toBe('MEETING_NOT_STARTED');
  });

  it('is idempotent: ticking someone present twice changes nothing', () => {
    const leader = { user: LEADER, role: 'leader' as const };
    const once = setMeetingPresence(board, meeting(), leader, { userId: BO.userId, present: true }, during);
    expect(setMeetingPresence(board, once, leader, { userId: BO.userId, present: true }, during)).toBe(once);
  });
});

describe('action items, focus and the Teams meeting binding', () => {
  it('appends an action item and keeps the others', () => {
    let n = 0;
    const newId = () => `a${(n += 1)}`;
    const one = addMeetingActionItem(
      board,
      meeting(),
      { text: 'Book room', owner: ANNA, dueDate: '2026-03-12' },
      during,
      newId,
    );
    const two = addMeetingActionItem(
      board,
      one,
      { text: 'Send poster', owner: BO, dueDate: '2026-03-19' },
      during,
      newId,
    );
    expect(two.actionItems.map((a) => a.text)).toEqual(['Book room', 'Send poster']);
    expect(
      codeOf(() =>
        addMeetingActionItem(
          board,
          two,
          { text: 'x', owner: EMPLOYEE, dueDate: '2026-03-19' },
          during,
          newId,
        ),
      ),
    ).toBe('MEETING_PERSON_NOT_IN_PROGRAMME');
  });

  it('sets the focus and binds one Teams meeting to one record only', () => {
    expect(setMeetingFocus(meeting(), 'challenges', during).focus).toBe('challenges');
    const a = bindTeamsMeeting([], meeting(), 'teams-1', during, programme.timeZone);
    expect(a.teamsMeetingId).toBe('teams-1');
    expect(bindTeamsMeeting([a], a, 'teams-1', during, programme.timeZone)).toBe(a);
    expect(
      codeOf(() => bindTeamsMeeting([a], meeting({ id: 'm-2' }), 'teams-1', during, programme.timeZone)),
    ).toBe('MEETING_ALREADY_BOUND');
  });
});
