import fc from 'fast-check';
import { applyToPosting, postingSchema, type UserRef } from '@ambassadors/shared';
import { meetingInviteAddresses } from '@ambassadors/shared/rules/meeting-invite-addresses';
import { BO, LEADER, makeBoard, makeProgramme } from './fixtures';

/**
 * A Teams meeting invitation reaches people by their sign-in name (UPN), not by their object id:
 * people found in the directory bring it, and an invited colleague keeps it when they apply.
 */
describe('meeting invitation addresses', () => {
  const person = fc.record({
    userId: fc.stringMatching(/^[a-z0-9-]{1,20}$/),
    displayName: fc.constant('X'),
    upn: fc.option(fc.stringMatching(/^[a-z]{1,8}@[a-z]{1,8}\.test$/), { nil: undefined }),
  });

  it('invites by UPN whoever has one, and names those known only by object id', () => {
    fc.assert(
      fc.property(fc.uniqueArray(person, { maxLength: 12, selector: (p) => p.userId }), (people) => {
        fc.pre(new Set(people.map((p) => p.upn).filter(Boolean)).size === people.filter((p) => p.upn).length);
        const { addresses, withoutUpn } = meetingInviteAddresses(people as UserRef[]);
        expect(addresses).toEqual(people.map((p) => p.upn ?? p.userId));
        for (const p of people) if (p.upn) expect(addresses).not.toContain(p.userId);
        expect(withoutUpn.map((p) => p.userId)).toEqual(people.filter((p) => !p.upn).map((p) => p.userId));
      }),
    );
  });

  it('lists each address once', () => {
    const jonas = { userId: 'a', displayName: 'Jonas', upn: 'jonas@contoso.test' };
    expect(meetingInviteAddresses([jonas, { ...jonas }]).addresses).toEqual(['jonas@contoso.test']);
  });

  it('an invited colleague found in the directory keeps their UPN when they apply', () => {
    const posting = postingSchema.parse({
      title: 'Ambassador',
      responsibilities: ['Push the dialogues'],
      expectations: ['3 hours a month'],
      hoursPerMonth: 3,
      termMonths: 12,
      applicationDeadline: '2026-03-15',
      publishedAt: '2026-03-01T08:00:00.000Z',
    });
    const invitee = { ...BO, upn: 'bo.berg@contoso.test' };
    const programme = makeProgramme({
      steps: {
        posting: {
          posting,
          invitations: [{ invitee, note: '', invitedBy: LEADER, invitedAt: '2026-03-01T08:00:00.000Z' }],
        },
      },
    });
    const application = applyToPosting({
      board: makeBoard(programme),
      applicant: BO,
      motivation: 'I like helping colleagues and want to explain the change on my shift.',
      now: new Date('2026-03-02T09:00:00Z'),
      id: 'app-bo',
    });
    expect(application.applicant).toEqual(invitee);
    expect(application.invited).toBe(true);
  });
});
