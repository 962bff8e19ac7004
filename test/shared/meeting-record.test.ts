import {
  DomainError,
  cancelMeeting,
  changeMeeting,
  currentKeyMessage,
  deleteMeeting,
  publishMeetingKeyMessage,
  planReminders,
  planProgrammeErasure,
  erasurePseudonyms,
  buildPersonExport,
  meetingSchema,
  type Meeting,
} from '@ambassadors/shared';
import { ANNA, BO, EMPLOYEE, LEADER, makeActive, makeBoard, makeMeeting, makeProgramme } from './fixtures';

const programme = makeProgramme({ startDate: '2026-01-01' });
const anna = makeActive(programme, ANNA, new Date('2026-01-02T08:00:00Z'));
const board = makeBoard(programme, { ambassadorships: [anna] });
const START = '2026-03-05T09:00:00.000Z';
const before = new Date('2026-03-05T08:59:00Z');
const after = new Date('2026-03-05T09:30:00Z');
let ids = 0;
const newId = () => `item-${(ids += 1)}`;

function meeting(overrides: Partial<Meeting> = {}): Meeting {
  return makeMeeting({ id: 'm-1', scheduledAt: START, kind: 'alignment', ...overrides });
}

function caught(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError, but nothing was thrown');
}
const codeOf = (fn: () => unknown) => caught(fn).code;

describe('a meeting after it is planned', () => {
  it('refuses "held" before the meeting has started, saying when it starts (da and en)', () => {
    const e = caught(() => changeMeeting(board, meeting(), { held: true }, before, newId));
    expect(e.code).toBe('MEETING_NOT_STARTED');
    expect(e.messageIn('en')).toContain('5 March 2026, 10:00');
    expect(e.messageIn('da')).toContain('5. marts 2026 kl. 10.00');
    expect(changeMeeting(board, meeting(), { held: true }, after, newId).held).toBe(true);
  });

  it('judges "held" against the new start when moved and marked held at once', () => {
    const moved = { scheduledAt: '2026-03-04T09:00:00.000Z', held: true };
    expect(changeMeeting(board, meeting(), moved, before, newId)).toMatchObject({
      held: true,
      scheduledAt: '2026-03-04T09:00:00.000Z',
    });
    expect(
      codeOf(() =>
        changeMeeting(board, meeting(), { ...moved, scheduledAt: '2026-03-06T09:00:00Z' }, after, newId),
      ),
    ).toBe('MEETING_NOT_STARTED');
  });

  it('records who attended — only people of the programme, only once it started', () => {
    const recorded = changeMeeting(board, meeting(), { attended: [ANNA, LEADER, ANNA] }, after, newId);
    expect(recorded.attended).toEqual([ANNA, LEADER]);
    expect(codeOf(() => changeMeeting(board, meeting(), { attended: [ANNA] }, before, newId))).toBe(
      'MEETING_NOT_STARTED',
    );
    const stranger = caught(() => changeMeeting(board, meeting(), { attended: [EMPLOYEE] }, after, newId));
    expect(stranger.code).toBe('MEETING_PERSON_NOT_IN_PROGRAMME');
    expect(stranger.messageIn('en')).toContain('Eva Employee');
  });

  it('keeps action items with an owner of the programme and a due date; done keeps its first time', () => {
    const first = changeMeeting(
      board,
      meeting(),
      { actionItems: [{ text: 'Share the dialogue cards', owner: ANNA, dueDate: '2026-03-20' }] },
      before,
      newId,
    );
    expect(first.actionItems).toEqual([
      {
        id: expect.any(String),
        text: 'Share the dialogue cards',
        owner: ANNA,
        dueDate: '2026-03-20',
        doneAt: null,
      },
    ]);
    const id = first.actionItems[0]!.id;
    const done = changeMeeting(
      board,
      first,
      {
        actionItems: [
          { id, text: 'Share the dialogue cards', owner: ANNA, dueDate: '2026-03-20', done: true },
        ],
      },
      after,
      newId,
    );
    expect(done.actionItems[0]).toMatchObject({ id, doneAt: after.toISOString() });
    const later = new Date('2026-03-09T09:00:00Z');
    const again = changeMeeting(
      board,
      done,
      {
        actionItems: [
          { id, text: 'Share the dialogue cards', owner: ANNA, dueDate: '2026-03-20', done: true },
        ],
      },
      later,
      newId,
    );
    expect(again.actionItems[0]!.doneAt).toBe(after.toISOString());
    expect(
      codeOf(() =>
        changeMeeting(
          board,
          meeting(),
          { actionItems: [{ text: 'x', owner: BO, dueDate: '2026-03-20' }] },
          after,
          newId,
        ),
      ),
    ).toBe('MEETING_PERSON_NOT_IN_PROGRAMME');
  });

  it('a cancelled meeting cannot be moved, held or attended; a held one cannot be moved, cancelled or deleted', () => {
    const cancelled = cancelMeeting(meeting(), before);
    expect(cancelled.cancelledAt).toBe(before.toISOString());
    expect(cancelMeeting(cancelled, after)).toBe(cancelled);
    expect(codeOf(() => changeMeeting(board, cancelled, { held: true }, after, newId))).toBe(
      'MEETING_CANCELLED',
    );
    expect(
      codeOf(() => changeMeeting(board, cancelled, { scheduledAt: '2026-03-06T09:00:00Z' }, after, newId)),
    ).toBe('MEETING_CANCELLED');
    const held = meeting({ held: true });
    expect(codeOf(() => cancelMeeting(held, after))).toBe('MEETING_ALREADY_HELD');
    expect(codeOf(() => deleteMeeting(programme, held, after))).toBe('MEETING_ALREADY_HELD');
    expect(
      codeOf(() => changeMeeting(board, held, { scheduledAt: '2026-03-06T09:00:00Z' }, after, newId)),
    ).toBe('MEETING_ALREADY_HELD');
  });

  it('deleting a rhythm meeting remembers its day; a hand-planned one leaves the programme as it is', () => {
    expect(deleteMeeting(programme, meeting(), after)).toBeNull();
    const next = deleteMeeting(programme, meeting({ occurrence: '2026-03-05' }), after)!;
    expect(next.steps.meetings.skippedOccurrences).toEqual(['2026-03-05']);
  });

  it('publishes the alignment meeting’s agreed message as the current key message, once', () => {
    const agreed = meeting({
      notes: { progress: '', challenges: '', successes: '', keyMessage: 'We solve it together' },
    });
    const result = publishMeetingKeyMessage(programme, agreed, LEADER, after);
    expect(currentKeyMessage(result.programme)).toMatchObject({ version: 1, text: 'We solve it together' });
    expect(result.meeting.publishedKeyMessageVersion).toBe(1);
    const again = publishMeetingKeyMessage(result.programme, result.meeting, LEADER, after);
    expect(again.published).toBe(false);
    expect(again.programme.keyMessages).toHaveLength(1);
    expect(codeOf(() => publishMeetingKeyMessage(programme, agreed, LEADER, before))).toBe(
      'MEETING_NOT_STARTED',
    );
    expect(
      codeOf(() => publishMeetingKeyMessage(programme, { ...agreed, kind: 'regular' }, LEADER, after)),
    ).toBe('MEETING_NOT_ALIGNMENT');
    expect(codeOf(() => publishMeetingKeyMessage(programme, meeting(), LEADER, after))).toBe(
      'MEETING_NO_KEY_MESSAGE',
    );
  });
});

describe('meeting reminders follow the generated meetings', () => {
  const cadence = {
    kind: 'monthly' as const,
    weekOfMonth: 1 as const,
    weekday: 4,
    time: '10:00',
    durationMinutes: 60,
  };
  const withRhythm = makeProgramme({ startDate: '2026-01-01', steps: { meetings: { cadence } } });
  const bo = makeActive(withRhythm, BO, new Date('2026-01-02T08:00:00Z'));
  const ann = makeActive(withRhythm, ANNA, new Date('2026-01-02T08:00:00Z'));
  const window = { from: new Date('2026-02-20T00:00:00Z'), to: new Date('2026-03-10T00:00:00Z') };
  const generated = makeMeeting({
    id: 'gen-mar',
    scheduledAt: START,
    occurrence: '2026-03-05',
    kind: 'alignment',
  });
  const meetingReminders = (meetings: Meeting[]) =>
    planReminders(makeBoard(withRhythm, { ambassadorships: [bo, ann], meetings }), window).filter(
      (r) => r.kind === 'meeting',
    );

  it('reminds once for a generated meeting, under the rhythm’s id, as before it was generated', () => {
    const fromRhythm = meetingReminders([]);
    const fromDocument = meetingReminders([generated]);
    expect(fromRhythm.map((r) => r.id)).toEqual(fromDocument.map((r) => r.id));
    expect(fromDocument).toHaveLength(1);
    expect(fromDocument[0]!.data).toMatchObject({ meetingId: 'gen-mar' });
  });

  it('sends no reminder for a cancelled rhythm meeting, and one at the new time for a moved one', () => {
    expect(meetingReminders([cancelMeeting(generated, window.from)])).toEqual([]);
    const moved = {
      ...generated,
      scheduledAt: '2026-03-06T12:00:00.000Z',
      updatedAt: window.from.toISOString(),
    };
    const reminders = meetingReminders([moved]);
    expect(reminders).toHaveLength(1);
    expect(reminders[0]!.data).toMatchObject({
      meetingId: 'gen-mar',
      startsAt: '2026-03-06T12:00:00.000Z',
    });
  });
});

describe('a meeting’s attendance and action items under the data rights', () => {
  it('erasure leaves no trace of the person in attendance or action items; the export lists theirs', () => {
    const recorded = changeMeeting(
      board,
      meeting(),
      {
        attended: [ANNA, LEADER],
        actionItems: [{ text: 'Share the dialogue cards', owner: ANNA, dueDate: '2026-03-20' }],
      },
      after,
      newId,
    );
    const plan = planProgrammeErasure({
      programme,
      documents: [anna, recorded],
      userId: ANNA.userId,
      pseudonyms: erasurePseudonyms('seed1234', 'en'),
      successor: LEADER,
      now: after,
      isOwnCheckIn: () => false,
    });
    const cleaned = plan.replacements.find((d) => d.type === 'meeting') as Meeting;
    expect(JSON.stringify(cleaned)).not.toContain(ANNA.userId);
    expect(JSON.stringify(cleaned)).not.toContain(ANNA.displayName);
    expect(cleaned.attended).toEqual([LEADER]);
    expect(cleaned.actionItems).toHaveLength(1);
    expect(() => meetingSchema.parse(cleaned)).not.toThrow();

    const exported = buildPersonExport({
      tenantId: programme.tenantId,
      person: ANNA,
      exportedAt: after,
      boards: [{ programme, documents: [anna, recorded] }],
      delivery: { conversations: [], preferences: [], outbox: [], cardActions: [] },
    });
    expect(exported.programmes[0]!.meetings).toEqual([
      expect.objectContaining({
        id: 'm-1',
        attended: true,
        actionItems: [{ text: 'Share the dialogue cards', dueDate: '2026-03-20', doneAt: null }],
      }),
    ]);
  });
});
