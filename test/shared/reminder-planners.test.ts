import { REMINDER_KINDS, REMINDER_PLANNERS } from '@ambassadors/shared';

describe('the reminder planners', () => {
  it('declare each kind once, and the kinds the cards, tab links and nudge cap know are theirs', () => {
    const declared = REMINDER_PLANNERS.flatMap((p) => [...p.kinds]);
    expect(new Set(declared).size).toBe(declared.length);
    expect(REMINDER_KINDS).toEqual(declared);
    expect(REMINDER_KINDS).toHaveLength(14);
  });

  it('keep only the term reminders and exits after the programme ends', () => {
    const after = REMINDER_PLANNERS.filter((p) => p.afterProgrammeEnd).flatMap((p) => [...p.kinds]);
    expect(after).toEqual(['termEnding30', 'termEnding7', 'termEndedExit']);
  });
});
