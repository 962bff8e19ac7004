import { REMINDER_KINDS, REMINDER_PLANNERS } from '@ambassadors/shared';

describe('the reminder planners', () => {
  it('declare each kind once, and together the kinds the cards, the tab links and the nudge cap know', () => {
    const declared = REMINDER_PLANNERS.flatMap((p) => [...p.kinds]);
    expect(new Set(declared).size).toBe(declared.length);
    expect(REMINDER_KINDS).toEqual([
      'postingAnnouncement',
      'postingDeadline',
      'agreementAcceptance',
      'trainingModule',
      'meeting',
      'alignmentMeeting',
      'checkInRequest',
      'termEnding30',
      'termEnding7',
      'termEndedExit',
      'leaderDigest',
    ]);
  });

  it('keep only the term reminders and exits after the programme ends', () => {
    const after = REMINDER_PLANNERS.filter((p) => p.afterProgrammeEnd).flatMap((p) => [...p.kinds]);
    expect(after).toEqual(['termEnding30', 'termEnding7', 'termEndedExit']);
  });
});
