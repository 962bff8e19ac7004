import {
  alignmentMeetingRequired,
  currentKeyMessage,
  nextAlignmentMeeting,
  publishKeyMessage,
  withdraw,
} from '@ambassadors/shared';
import {
  ANNA,
  BO,
  CARL,
  LEADER,
  makeActive,
  makeBoard,
  makeCandidate,
  makeMeeting,
  makeProgramme,
  thrown,
} from './fixtures';

describe('key messages and alignment', () => {
  const programme = makeProgramme();
  const t = new Date('2026-02-01T09:00:00Z');

  it('publishes versioned key messages and keeps the old ones', () => {
    expect(currentKeyMessage(programme)).toBeNull();
    const v1 = publishKeyMessage(programme, 'We keep each other company', LEADER, t);
    const v2 = publishKeyMessage(v1, 'We speak up early', LEADER, new Date('2026-03-01T09:00:00Z'));
    expect(currentKeyMessage(v2)).toMatchObject({ version: 2, text: 'We speak up early', createdBy: LEADER });
    expect(v2.keyMessages.map((m) => m.version)).toEqual([1, 2]);
    expect(programme.keyMessages).toEqual([]);
    expect(thrown(() => publishKeyMessage(programme, '   ', LEADER, t)).code).toBe('VALIDATION_FAILED');
  });

  it('requires an alignment meeting from two current ambassadors', () => {
    const anna = makeActive(programme, ANNA, t);
    const bo = makeActive(programme, BO, new Date('2026-02-10T09:00:00Z'));
    const now = new Date('2026-02-15T09:00:00Z');
    expect(alignmentMeetingRequired(makeBoard(programme, { ambassadorships: [anna] }), now)).toBe(false);
    expect(
      alignmentMeetingRequired(
        makeBoard(programme, { ambassadorships: [anna, makeCandidate(programme, CARL, t)] }),
        now,
      ),
    ).toBe(false);
    expect(
      alignmentMeetingRequired(
        makeBoard(programme, { ambassadorships: [anna, withdraw(bo, 'x', LEADER, now)] }),
        now,
      ),
    ).toBe(false);
    expect(alignmentMeetingRequired(makeBoard(programme, { ambassadorships: [anna, bo] }), now)).toBe(true);
  });

  it('gives the next planned alignment meeting, else the monthly due date', () => {
    const anna = makeActive(programme, ANNA, t);
    const bo = makeActive(programme, BO, new Date('2026-02-10T09:00:00Z'));
    const now = new Date('2026-02-15T09:00:00Z');
    const board = makeBoard(programme, { ambassadorships: [anna, bo] });
    // Required since 10 Feb (second activation) → due 10 March at 09:00 local (CET).
    expect(nextAlignmentMeeting(board, now)).toEqual({
      source: 'due',
      at: '2026-03-10T08:00:00.000Z',
      meetingId: null,
      overdue: false,
    });
    const held = makeMeeting({
      id: 'al-1',
      kind: 'alignment',
      scheduledAt: '2026-03-05T13:00:00.000Z',
      held: true,
    });
    const after = new Date('2026-04-20T09:00:00Z');
    // Last held 5 March → 5 April is Easter Sunday, then Easter Monday: due Tuesday 7 April (CEST),
    // overdue by 20 April.
    expect(nextAlignmentMeeting({ ...board, meetings: [held] }, after)).toEqual({
      source: 'due',
      at: '2026-04-07T07:00:00.000Z',
      meetingId: null,
      overdue: true,
    });
    const planned = makeMeeting({ id: 'al-2', kind: 'alignment', scheduledAt: '2026-04-28T13:00:00.000Z' });
    expect(nextAlignmentMeeting({ ...board, meetings: [held, planned] }, after)).toEqual({
      source: 'planned',
      at: '2026-04-28T13:00:00.000Z',
      meetingId: 'al-2',
      overdue: false,
    });
    expect(nextAlignmentMeeting(makeBoard(programme, { ambassadorships: [anna] }), now)).toBeNull();
  });
});
