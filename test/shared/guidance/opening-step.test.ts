import { openingStep, type NextAction } from '@ambassadors/shared';

const act = (kind: NextAction['kind'], step: NextAction['step']) => ({ kind, step });
const steps = (done: number) =>
  (['taskPlan', 'posting', 'agreement', 'training', 'meetings'] as const).map((key, i) => ({
    key,
    status: i < done ? ('done' as const) : ('inProgress' as const),
  }));

describe('the step a board opens on', () => {
  it('opens a pending ambassador on the agreement, even when a dated action ranks first', () => {
    expect(
      openingStep(
        'ambassador',
        [act('attendMeeting', 'meetings'), act('acceptMyAgreement', 'agreement')],
        steps(5),
      ),
    ).toBe('agreement');
    expect(openingStep('ambassador', [act('awaitAgreement', 'agreement')], steps(5))).toBe('agreement');
  });

  it('otherwise opens on the step of the first next action, else the meetings or the posting', () => {
    expect(openingStep('ambassador', [act('completeTrainingModule', 'training')], steps(5))).toBe('training');
    expect(openingStep('ambassador', [], steps(5))).toBe('meetings');
    expect(openingStep('employee', [], steps(5))).toBe('posting');
  });

  it('opens leaders on the first step not done', () => {
    expect(openingStep('leader', [act('planExit', 'agreement')], steps(3))).toBe('training');
    expect(openingStep('leader', [], steps(5))).toBe('taskPlan');
  });
});
