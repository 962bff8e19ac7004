import { pseudonymise } from '@ambassadors/shared';
import { LEADER, makeProgramme } from './fixtures';

/** A sign-in name is personal data: erasing a person leaves no trace of it in what is kept. */
describe('erasing a person found in the directory', () => {
  it('replaces the person everywhere, sign-in name included', () => {
    const bo = { userId: 'bo', displayName: 'Bo Berg', upn: 'bo.berg@contoso.test' };
    const programme = makeProgramme({
      steps: {
        posting: {
          invitations: [{ invitee: bo, note: '', invitedBy: LEADER, invitedAt: '2026-03-01T08:00:00.000Z' }],
        },
      },
    });
    const pseudonym = { userId: 'erased:1234', displayName: 'Slettet person' };
    const kept = pseudonymise(programme, 'bo', pseudonym);
    expect(JSON.stringify(kept)).not.toContain('bo.berg@contoso.test');
    expect(kept.steps.posting.invitations[0]!.invitee).toEqual(pseudonym);
  });
});
