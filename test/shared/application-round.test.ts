import fc from 'fast-check';
import {
  DEFAULT_APPLICANT_MESSAGES,
  applicantDecisionOf,
  applicantMessageOf,
  blocksNewApplication,
  checkMotivation,
  postingRoundStart,
  withdrawApplication,
  type Application,
} from '@ambassadors/shared';

const APPLICANT = { userId: 'u-1', displayName: 'Sofie' };
const LEADER = { userId: 'u-l', displayName: 'Mette' };
const application = (over: Partial<Application> = {}): Application => ({
  id: 'app-1',
  tenantId: 't',
  programmeId: 'p',
  type: 'application',
  applicant: APPLICANT,
  motivation: 'Jeg vil gerne styrke arbejdsfællesskabet på tværs af teams.',
  invited: false,
  submittedAt: '2026-03-02T09:00:00.000Z',
  decision: null,
  ...over,
});

describe('the application round', () => {
  it('law: the applicant reads their message or the kind default — never the internal note', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('selected' as const, 'declined' as const),
        fc.string({ minLength: 1 }),
        fc.option(fc.string({ minLength: 1 }), { nil: undefined }),
        fc.constantFrom('da' as const, 'en' as const),
        (outcome, note, applicantMessage, locale) => {
          fc.pre(!applicantMessage?.includes('INTERNAL:'));
          const reason = `INTERNAL:${note}`;
          const decision = { outcome, reason, applicantMessage, by: LEADER, at: '2026-03-05T10:00:00.000Z' };
          const read = applicantMessageOf(decision, locale);
          expect(read).toBe(applicantMessage ?? DEFAULT_APPLICANT_MESSAGES[outcome][locale]);
          expect(read).not.toContain('INTERNAL:');
          expect(JSON.stringify(applicantDecisionOf(decision))).not.toContain('INTERNAL:');
          expect(applicantDecisionOf(decision)).not.toHaveProperty('reason');
        },
      ),
    );
  });

  it('a motivation shorter than the setting fails on the motivation field; one long enough passes trimmed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 200 }), fc.integer({ min: 0, max: 300 }), (min, length) => {
        const text = `  ${'a'.repeat(length)}  `;
        if (length >= min)
          expect(checkMotivation(text, { applicationMotivationMinChars: min })).toHaveLength(length);
        else
          expect(() => checkMotivation(text, { applicationMotivationMinChars: min })).toThrow(
            expect.objectContaining({ code: 'VALIDATION_FAILED' }),
          );
      }),
    );
  });

  it('only the applicant withdraws, before a decision; twice is a no-op', () => {
    const now = new Date('2026-03-03T08:00:00Z');
    expect(() => withdrawApplication(application(), LEADER, now)).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
    const withdrawn = withdrawApplication(application(), APPLICANT, now);
    expect(withdrawn.withdrawnAt).toBe(now.toISOString());
    expect(withdrawApplication(withdrawn, APPLICANT, new Date())).toBe(withdrawn);
    const decided = application({
      decision: { outcome: 'declined', reason: 'r', by: LEADER, at: now.toISOString() },
    });
    expect(() => withdrawApplication(decided, APPLICANT, now)).toThrow(
      expect.objectContaining({ code: 'APPLICATION_ALREADY_DECIDED' }),
    );
  });

  it('a pending application or a decision in this round blocks a new one; a withdrawal or an earlier round’s decline does not', () => {
    const round1 = { publishedAt: '2026-03-01T08:00:00.000Z' };
    const round2 = { publishedAt: '2026-06-01T08:00:00.000Z' };
    const declined = application({
      decision: { outcome: 'declined', reason: 'r', by: LEADER, at: '2026-03-10T08:00:00.000Z' },
    });
    expect(blocksNewApplication(application(), round2)).toBe(true);
    expect(blocksNewApplication(declined, round1)).toBe(true);
    expect(blocksNewApplication(declined, round2)).toBe(false);
    expect(blocksNewApplication(application({ withdrawnAt: '2026-03-03T08:00:00.000Z' }), round1)).toBe(
      false,
    );
  });

  it('law: a new round starts only when a closed posting is published with a deadline ahead', () => {
    const now = new Date('2026-06-01T08:00:00Z');
    fc.assert(
      fc.property(
        fc.constantFrom('2026-05-01', '2026-06-01', '2026-07-01'),
        fc.constantFrom('2026-05-15', '2026-06-01', '2026-07-15'),
        fc.boolean(),
        (previousDeadline, nextDeadline, publish) => {
          const previous = { publishedAt: '2026-04-01T08:00:00.000Z', applicationDeadline: previousDeadline };
          const start = postingRoundStart(
            previous,
            { applicationDeadline: nextDeadline },
            publish,
            now,
            'Europe/Copenhagen',
          );
          const closed = previousDeadline < '2026-06-01';
          const ahead = nextDeadline >= '2026-06-01';
          if (!publish) expect(start).toBeNull();
          else expect(start).toBe(closed && ahead ? now.toISOString() : previous.publishedAt);
        },
      ),
    );
  });
});
