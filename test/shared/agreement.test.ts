import fc from 'fast-check';
import {
  acceptAgreement,
  agreementStatus,
  agreementTermsSchema,
  createDemoBoard,
  prefilledAgreementTemplate,
  proposeAgreementVersion,
  withdraw,
  type AgreementTerms,
} from '@ambassadors/shared';
import { ANNA, BO, LEADER, LEADER_2, TERMS, makeCandidate, makeProgramme, thrown } from './fixtures';

describe('agreement', () => {
  const programme = makeProgramme();
  const t0 = new Date('2026-02-01T09:00:00Z');
  const t1 = new Date('2026-02-02T09:00:00Z');
  const t2 = new Date('2026-02-03T09:00:00Z');
  const candidate = makeCandidate(programme, ANNA, t0);
  // Starts on t2's day: proposals and acceptances up to then are before the term begins.
  const term = { start: '2026-02-03', end: '2027-01-31' };

  it('has no agreement until a version is proposed', () => {
    expect(agreementStatus(candidate)).toEqual({
      currentVersion: null,
      ambassadorAccepted: false,
      leaderAccepted: false,
      fullyAccepted: false,
      pendingSides: [],
    });
    expect(thrown(() => acceptAgreement(candidate, 'ambassador', 1, ANNA, t1)).code).toBe(
      'AGREEMENT_MISSING',
    );
  });

  it('numbers versions and validates the term', () => {
    const v1 = proposeAgreementVersion(candidate, TERMS, term, LEADER, t1, programme.settings);
    expect(v1.agreement.versions.map((v) => v.version)).toEqual([1]);
    const v2 = proposeAgreementVersion(
      v1,
      { ...TERMS, hoursPerMonth: 4 },
      term,
      LEADER,
      t2,
      programme.settings,
    );
    expect(v2.agreement.versions.map((v) => v.version)).toEqual([1, 2]);
    expect(candidate.agreement.versions).toEqual([]);
    expect(
      thrown(() =>
        proposeAgreementVersion(
          candidate,
          TERMS,
          { start: '2026-02-01', end: '2027-12-31' },
          LEADER,
          t1,
          programme.settings,
        ),
      ),
    ).toEqual({
      code: 'TERM_TOO_LONG',
      params: { maxMonths: 18 },
    });
    expect(
      thrown(() =>
        proposeAgreementVersion(candidate, TERMS, { start: '2026-02-01', end: '2026-01-01' }, LEADER, t1),
      ).code,
    ).toBe('TERM_INVALID');
    expect(
      thrown(() => proposeAgreementVersion(candidate, { ...TERMS, role: '' }, term, LEADER, t1)).code,
    ).toBe('VALIDATION_FAILED');
  });

  it('proposing is the leaders’ acceptance: the candidate is active once they accept, with its term', () => {
    const shorter = { start: '2026-02-03', end: '2026-10-31' };
    const v1 = proposeAgreementVersion(candidate, TERMS, shorter, LEADER, t1, programme.settings);
    expect(v1.state).toBe('candidate');
    expect(v1.agreement.leaderAcceptances).toEqual([{ version: 1, by: LEADER, at: t1.toISOString() }]);
    expect(agreementStatus(v1)).toMatchObject({
      currentVersion: 1,
      leaderAccepted: true,
      ambassadorAccepted: false,
      pendingSides: ['ambassador'],
    });
    const both = acceptAgreement(v1, 'ambassador', 1, ANNA, t2);
    expect(both).toMatchObject({ state: 'active', activatedAt: t2.toISOString(), term: shorter });
    expect(agreementStatus(both)).toMatchObject({ fullyAccepted: true, pendingSides: [] });
    // another leader accepting again is a no-op
    expect(acceptAgreement(both, 'leader', 1, LEADER_2, t2)).toBe(both);
  });

  it('law: every proposed version is accepted by the leader who proposed it, and only the ambassador is pending', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), (versions) => {
        let amb = candidate;
        for (let n = 0; n < versions; n += 1) amb = proposeAgreementVersion(amb, TERMS, term, LEADER, t1);
        const status = agreementStatus(amb);
        expect(status).toMatchObject({
          currentVersion: versions,
          leaderAccepted: true,
          pendingSides: ['ambassador'],
        });
        expect(amb.agreement.leaderAcceptances.map((a) => a.version)).toEqual(
          Array.from({ length: versions }, (_, i) => i + 1),
        );
      }),
    );
  });

  it('refuses a stale version and lets only the ambassador accept their own side', () => {
    const v2 = proposeAgreementVersion(
      proposeAgreementVersion(candidate, TERMS, term, LEADER, t1),
      TERMS,
      term,
      LEADER,
      t1,
    );
    expect(thrown(() => acceptAgreement(v2, 'ambassador', 1, ANNA, t2))).toEqual({
      code: 'AGREEMENT_VERSION_STALE',
      params: { expected: 1, current: 2 },
    });
    expect(thrown(() => acceptAgreement(v2, 'ambassador', 2, BO, t2)).code).toBe('FORBIDDEN');
  });

  it('voids earlier acceptance with a new version but keeps it on record; an active ambassador stays active', () => {
    const v1 = proposeAgreementVersion(candidate, TERMS, term, LEADER, t0);
    const active = acceptAgreement(acceptAgreement(v1, 'ambassador', 1, ANNA, t1), 'leader', 1, LEADER, t1);
    const v2 = proposeAgreementVersion(active, { ...TERMS, hoursPerMonth: 5 }, term, LEADER, t2);
    expect(agreementStatus(v2)).toEqual({
      currentVersion: 2,
      ambassadorAccepted: false,
      leaderAccepted: true,
      fullyAccepted: false,
      pendingSides: ['ambassador'],
    });
    expect(v2.agreement.ambassadorAcceptances).toEqual([{ version: 1, by: ANNA, at: t1.toISOString() }]);
    expect(v2.state).toBe('active');
    const reaccepted = acceptAgreement(
      acceptAgreement(v2, 'leader', 2, LEADER, t2),
      'ambassador',
      2,
      ANNA,
      t2,
    );
    expect(reaccepted.activatedAt).toBe(t1.toISOString());
    expect(reaccepted.agreement.ambassadorAcceptances.map((a) => a.version)).toEqual([1, 2]);
  });

  it('refuses changes to a withdrawn ambassadorship', () => {
    const v1 = proposeAgreementVersion(candidate, TERMS, term, LEADER, t1);
    const gone = withdraw(v1, 'Left the company', LEADER, t2);
    expect(thrown(() => acceptAgreement(gone, 'ambassador', 1, ANNA, t2))).toEqual({
      code: 'AMBASSADORSHIP_CLOSED',
      params: { state: 'withdrawn' },
    });
    expect(thrown(() => proposeAgreementVersion(gone, TERMS, term, LEADER, t2)).code).toBe(
      'AMBASSADORSHIP_CLOSED',
    );
  });
});

describe('the agreement template, prefilled', () => {
  const base = createDemoBoard('t-1', new Date('2026-11-27T08:00:00Z')).programme;
  const withSteps = (template: AgreementTerms | null, tasks: string[], hours: number) => ({
    steps: {
      ...base.steps,
      agreement: { ...base.steps.agreement, template },
      taskPlan: {
        ...base.steps.taskPlan,
        tasks: tasks.map((title, i) => ({ id: `t${i}`, title, description: '', hoursPerMonth: 1 })),
      },
      posting: { ...base.steps.posting, posting: { ...base.steps.posting.posting!, hoursPerMonth: hours } },
    },
  });

  it('law: without a template it is valid terms from the posting and every task of the plan; a template of their own wins', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() === s && s !== ''),
          {
            maxLength: 8,
          },
        ),
        fc.integer({ min: 0, max: 80 }),
        (tasks, hours) => {
          const filled = prefilledAgreementTemplate(withSteps(null, tasks, hours))!;
          expect(agreementTermsSchema.parse(filled)).toEqual(filled);
          expect(filled.hoursPerMonth).toBe(hours);
          expect(filled.role).toBe(base.steps.posting.posting!.title);
          for (const task of tasks) expect(filled.responsibilities).toContain(task);
          const own = { ...filled, role: 'Our own words' };
          expect(prefilledAgreementTemplate(withSteps(own, tasks, hours))).toBe(own);
        },
      ),
    );
  });
});
