import {
  addTrainingSession,
  nextActions,
  describeNextAction,
  recordSessionAttendance,
  trainingSessionInputSchema,
  type NextAction,
} from '@ambassadors/shared';
import { ANNA, BO, LEADER, makeActive, makeBoard } from '../fixtures';
import { NOW, completeProgramme, onTrackBoard, trainedAmbassador } from './guidance-fixtures';

const text = (a: NextAction, locale: 'da' | 'en', tz: string) => describeNextAction(a, locale, tz).text;
const kinds = (actions: NextAction[]) => actions.map((a) => a.kind);
const session = (title: string, date: string, over: Record<string, unknown> = {}) =>
  trainingSessionInputSchema.parse({ title, date, time: '09:00', place: 'Room 1', ...over });

/** The course's sessions in the guidance, by the one completion rule. */
describe('next actions for a training course', () => {
  const base = completeProgramme();
  /** Before the ambassadors finished their modules: the sessions count for them. */
  const added = new Date('2026-01-15T09:00:00Z');

  it('names the ambassador’s next session while it is ahead, not once it is over', () => {
    const programme = addTrainingSession(base, session('Kick-off', '2026-03-24'), 's1', added);
    const board = { ...onTrackBoard(programme), meetings: [] };
    const actions = nextActions(board, { userId: ANNA.userId }, NOW);
    const next = actions.find((a) => a.kind === 'attendTrainingSession')!;
    expect(next).toMatchObject({ step: 'training', due: '2026-03-24', params: { sessionId: 's1' } });
    expect(text(next, 'en', 'Europe/Copenhagen')).toContain('Next training session: "Kick-off"');
    const later = new Date('2026-03-25T10:00:00Z');
    expect(kinds(nextActions(board, { userId: ANNA.userId }, later))).not.toContain('attendTrainingSession');
  });

  it('an optional session is never the ambassador’s next item', () => {
    const programme = addTrainingSession(
      base,
      session('Extra', '2026-03-24', { required: false }),
      's1',
      added,
    );
    const board = { ...onTrackBoard(programme), meetings: [] };
    expect(kinds(nextActions(board, { userId: ANNA.userId }, NOW))).not.toContain('attendTrainingSession');
  });

  it('asks leaders to record attendance of a started session, and counts who has not finished', () => {
    const programme = addTrainingSession(base, session('Kick-off', '2026-03-18'), 's1', added);
    const anna = trainedAmbassador(programme, ANNA, 'amb-anna');
    const bo = trainedAmbassador(programme, BO, 'amb-bo');
    const board = { ...onTrackBoard(programme), ambassadorships: [anna, bo] };
    const actions = nextActions(board, { userId: LEADER.userId }, NOW);
    expect(actions.find((a) => a.kind === 'recordSessionAttendance')).toMatchObject({
      params: { sessionId: 's1', count: 2 },
    });
    const notFinished = actions.find((a) => a.kind === 'trainingNotFinished')!;
    expect(text(notFinished, 'en', 'Europe/Copenhagen')).toBe('2 ambassadors have not finished training');
    expect(text(notFinished, 'da', 'Europe/Copenhagen')).toBe('2 ambassadører har ikke gennemført træningen');
    const recorded = makeBoard(programme, {
      ambassadorships: [
        recordSessionAttendance(anna, programme, 's1', true, LEADER, NOW),
        recordSessionAttendance(bo, programme, 's1', true, LEADER, NOW),
      ],
      meetings: board.meetings,
    });
    const after = kinds(nextActions(recorded, { userId: LEADER.userId }, NOW));
    expect(after).not.toContain('recordSessionAttendance');
    expect(after).not.toContain('trainingNotFinished');
  });

  it('leaves one person with an overdue module to their own follow-up line', () => {
    const modules = [{ ...base.steps.training.modules[0]!, dueWithinDays: 7 }];
    const programme = { ...base, steps: { ...base.steps, training: { ...base.steps.training, modules } } };
    const bo = makeActive(programme, BO, new Date('2026-03-01T09:00:00Z'));
    const board = { ...onTrackBoard(programme), ambassadorships: [bo] };
    const actions = kinds(nextActions(board, { userId: LEADER.userId }, NOW));
    expect(actions).toContain('followUpTraining');
    expect(actions).not.toContain('trainingNotFinished');
  });
});
