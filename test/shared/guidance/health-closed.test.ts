import {
  closeProgramme,
  describeStepHealth,
  describeWatchOutHealth,
  programmeHealth,
  type BoardData,
} from '@ambassadors/shared';
import { BO, LEADER, makeBoard, makeProgramme } from '../fixtures';
import { NOW, completeProgramme, onTrackBoard, trainedAmbassador } from './guidance-fixtures';

/** A running programme with two ambassadors, closed by a leader at `NOW`. */
function closedBoard(): BoardData {
  const programme = completeProgramme();
  const running = {
    ...onTrackBoard(programme),
    ambassadorships: [trainedAmbassador(programme), trainedAmbassador(programme, BO, 'amb-bo')],
  };
  const closed = closeProgramme(running, LEADER, NOW);
  const ended = new Map(closed.ambassadorships.map((a) => [a.id, a]));
  return {
    ...running,
    programme: closed.programme,
    ambassadorships: running.ambassadorships.map((a) => ended.get(a.id) ?? a),
  };
}

describe('the health lines of a closed programme', () => {
  it('say the watch-outs are closed, with the day, not that no ambassador has started', () => {
    const health = programmeHealth(closedBoard(), NOW, 'leader');
    expect(health.watchOuts.map((w) => [w.watchOut, w.state, w.reasons, w.params])).toEqual([
      ['limitPeriod', 'closed', ['programmeClosed'], { date: '2026-03-20' }],
      ['alignMessages', 'closed', ['programmeClosed'], { date: '2026-03-20' }],
      ['feedback', 'closed', ['programmeClosed'], { date: '2026-03-20' }],
    ]);
    expect(describeWatchOutHealth(health.watchOuts[0]!, 'en')).toMatch(
      /^Closed: the programme was closed on /,
    );
    expect(describeWatchOutHealth(health.watchOuts[0]!, 'da')).toMatch(/^Lukket: programmet blev lukket /);
    for (const w of health.watchOuts)
      expect(describeWatchOutHealth(w, 'en')).not.toMatch(/no active ambassadors/);
    // Ambassadors and employees read the same line for the watch-out they see.
    expect(programmeHealth(closedBoard(), NOW, 'ambassador').watchOuts[0]!.state).toBe('closed');
  });

  it('say a step that was not done is closed; a done step stays done', () => {
    const board = closedBoard();
    const steps = programmeHealth(board, NOW, 'leader').steps;
    for (const step of steps) {
      if (step.reasons.includes('done')) expect(step.state).toBe('onTrack');
      else expect(step).toMatchObject({ state: 'closed', reasons: ['programmeClosed'] });
    }
    expect(steps.some((s) => s.state === 'onTrack')).toBe(true);
    // Closed before anything began: every step reads closed, none "not started".
    const fresh = makeBoard(makeProgramme({ now: NOW }));
    const early = programmeHealth(
      { ...fresh, programme: closeProgramme(fresh, LEADER, NOW).programme },
      NOW,
      'leader',
    );
    expect(early.steps.map((s) => s.state)).toEqual(['closed', 'closed', 'closed', 'closed', 'closed']);
    expect(describeStepHealth(early.steps[0]!, 'en')).toBe('Closed: the programme is closed');
    expect(describeStepHealth(early.steps[0]!, 'da')).toBe('Lukket: programmet er lukket');
  });
});
