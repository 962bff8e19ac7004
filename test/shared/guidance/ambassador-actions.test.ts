import {
  acceptAgreement,
  localDateOf,
  nextActions,
  planReminders,
  proposeAgreementVersion,
  type NextAction,
} from '@ambassadors/shared';
import {
  ANNA,
  BO,
  LEADER,
  TERMS,
  makeActive,
  makeBoard,
  makeCandidate,
  makeMeeting,
  rawAmbassadorship,
} from '../fixtures';
import { MODULES, NOW, completeProgramme, onTrackBoard, trainedAmbassador } from './guidance-fixtures';

const kinds = (actions: NextAction[]) => actions.map((a) => a.kind);
const noMeetings = () => {
  const programme = completeProgramme();
  return {
    ...programme,
    steps: { ...programme.steps, meetings: { ...programme.steps.meetings, cadence: null } },
  };
};

describe('an ambassador’s next actions', () => {
  it('has nothing to do when trained, with no meeting ahead or behind and the term far off', () => {
    const programme = noMeetings();
    const board = makeBoard(programme, { ambassadorships: [trainedAmbassador(programme)] });
    expect(nextActions(board, { userId: ANNA.userId }, NOW)).toEqual([]);
  });

  it('tells a candidate whose agreement is not written yet that it is on its way (on the agreement step)', () => {
    const programme = noMeetings();
    const board = makeBoard(programme, { ambassadorships: [makeCandidate(programme, BO, NOW)] });
    expect(nextActions(board, { userId: BO.userId }, NOW)).toEqual([
      expect.objectContaining({ kind: 'awaitAgreement', step: 'agreement', params: {} }),
    ]);
  });

  it('asks the candidate to accept, by the term’s first day — the last day acceptance is possible', () => {
    const programme = noMeetings();
    const proposed = proposeAgreementVersion(
      makeCandidate(programme, BO, NOW),
      TERMS,
      { start: '2026-04-01', end: '2027-03-31' },
      LEADER,
      NOW,
      programme.settings,
    );
    const board = makeBoard(programme, { ambassadorships: [proposed] });
    expect(nextActions(board, { userId: BO.userId }, NOW)).toEqual([
      expect.objectContaining({
        kind: 'acceptMyAgreement',
        step: 'agreement',
        due: '2026-04-01',
        overdue: false,
      }),
    ]);
    const onStartDay = new Date('2026-04-01T15:00:00Z');
    expect(nextActions(board, { userId: BO.userId }, onStartDay)[0]).toMatchObject({ overdue: false });

    const accepted = acceptAgreement(proposed, 'ambassador', 1, BO, NOW);
    expect(
      nextActions(makeBoard(programme, { ambassadorships: [accepted] }), { userId: BO.userId }, NOW),
    ).not.toContainEqual(expect.objectContaining({ kind: 'awaitAgreement' }));
    // The leaders accepted by proposing: the ambassador's acceptance makes them active.
    expect(accepted.state).toBe('active');
  });

  it('names the next training module by its due day (earliest due first)', () => {
    const modules = [
      { ...MODULES[0]!, dueWithinDays: 30 },
      { ...MODULES[1]!, dueWithinDays: 7 },
    ];
    const base = noMeetings();
    const programme = { ...base, steps: { ...base.steps, training: { ...base.steps.training, modules } } };
    const bo = makeActive(programme, BO, new Date('2026-03-16T09:00:00Z'));
    const actions = nextActions(makeBoard(programme, { ambassadorships: [bo] }), { userId: BO.userId }, NOW);
    expect(actions).toEqual([
      expect.objectContaining({
        kind: 'completeTrainingModule',
        step: 'training',
        due: '2026-03-23',
        params: expect.objectContaining({ moduleId: 'm2', title: 'Dialogues' }),
      }),
    ]);
  });

  it('asks for the check-in the bot requested after a held meeting, within the check-in interval only', () => {
    const board = { ...onTrackBoard(noMeetings()) };
    const requests = planReminders(board, { from: new Date('2026-03-01T00:00:00Z'), to: NOW }).filter(
      (r) => r.kind === 'checkInRequest',
    );
    expect(requests).toHaveLength(1);
    expect(kinds(nextActions(board, { userId: ANNA.userId }, NOW))).toEqual(['sendCheckIn']);
    const longAgo = {
      ...board,
      meetings: [makeMeeting({ id: 'old', scheduledAt: '2026-03-01T09:00:00.000Z', held: true })],
    };
    expect(nextActions(longAgo, { userId: ANNA.userId }, NOW)).toEqual([]);
  });

  it('names the next meeting the reminders announce, cadence meetings included', () => {
    const programme = completeProgramme();
    const board = makeBoard(programme, { ambassadorships: [trainedAmbassador(programme)] });
    // The last Thursday of March, 10:00 in Copenhagen (still winter time).
    expect(nextActions(board, { userId: ANNA.userId }, NOW)).toEqual([
      expect.objectContaining({
        kind: 'attendMeeting',
        step: 'meetings',
        due: '2026-03-26',
        params: { at: '2026-03-26T09:00:00.000Z', meetingKind: 'regular' },
      }),
    ]);
  });

  it('asks to prepare the exit from 30 days left (today counted), not at 31', () => {
    const programme = noMeetings();
    const ending = (end: string) =>
      rawAmbassadorship({
        id: 'amb-bo',
        person: BO,
        term: { start: '2025-06-01', end },
        activatedAt: '2025-06-01T08:00:00.000Z',
        training: MODULES.map((m) => ({ moduleId: m.id, completedAt: '2025-07-01T08:00:00.000Z' })),
      });
    const at = (end: string) =>
      nextActions(makeBoard(programme, { ambassadorships: [ending(end)] }), { userId: BO.userId }, NOW);
    expect(at('2026-04-18')).toEqual([
      expect.objectContaining({
        kind: 'prepareMyExit',
        watchOut: 'limitPeriod',
        due: '2026-04-18',
        params: { days: 30 },
      }),
    ]);
    expect(at('2026-04-19')).toEqual([]);
    expect(localDateOf(NOW, programme.timeZone)).toBe('2026-03-20');
  });
});
