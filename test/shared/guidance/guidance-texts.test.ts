import {
  AMBASSADORS_CARD,
  GUIDANCE_ACTION_TEXT_KEYS,
  LOCALES,
  NEXT_ACTION_KINDS,
  STEP_KEYS,
  STEP_TEXT_FOR_ROLE,
  buildBoardView,
  createDemoBoard,
  describeNextAction,
  describeStepHealth,
  describeWatchOutHealth,
  stepTextFor,
  DEMO_PEOPLE,
  type ProgrammeBoard,
} from '@ambassadors/shared';

const NOW = new Date('2026-12-01T10:00:00Z');

function demoView(userId: string) {
  const demo = createDemoBoard('tenant-1', NOW);
  const stored = {
    ...demo,
    programme: { ...demo.programme, etag: 'e' },
    ambassadorships: demo.ambassadorships.map((d) => ({ ...d, etag: 'e' })),
    applications: demo.applications.map((d) => ({ ...d, etag: 'e' })),
    meetings: demo.meetings.map((d) => ({ ...d, etag: 'e' })),
    checkIns: demo.checkIns.map((d) => ({ ...d, etag: 'e' })),
    decisions: demo.decisions.map((d) => ({ ...d, etag: 'e' })),
  } as ProgrammeBoard;
  return buildBoardView(stored, userId, NOW);
}

describe('the guidance texts', () => {
  it('has a Danish and an English text for every kind of next action', () => {
    for (const kind of NEXT_ACTION_KINDS) expect(GUIDANCE_ACTION_TEXT_KEYS).toContain(kind);
  });

  it('fills every placeholder of the demo board’s actions, in both languages', () => {
    for (const person of Object.values(DEMO_PEOPLE)) {
      const view = demoView(person.userId);
      for (const locale of LOCALES) {
        for (const action of view.guidance.nextActions) {
          const line = describeNextAction(action, locale, view.programme.timeZone);
          expect(line.text).not.toMatch(/[{}]/);
          expect(line.due ?? '').not.toMatch(/[{}]/);
        }
        for (const h of view.guidance.health.steps) expect(describeStepHealth(h, locale)).not.toMatch(/[{}]/);
        for (const h of view.guidance.health.watchOuts)
          expect(describeWatchOutHealth(h, locale)).not.toMatch(/[{}]/);
      }
    }
  });

  it('writes the leaders’ demo line as the card’s guidance for a term ending soon', () => {
    const view = demoView(DEMO_PEOPLE.leader.userId);
    const lars = view.guidance.nextActions.find((a) => a.kind === 'planExit')!;
    expect(describeNextAction(lars, 'en', view.programme.timeZone)).toEqual({
      text: "Lars Mikkelsen's term ends in 22 days → plan the exit (debrief, thanks, hand-over)",
      due: 'by 22 Dec',
    });
    expect(describeNextAction(lars, 'da', view.programme.timeZone).text).toBe(
      'Perioden for Lars Mikkelsen slutter om 22 dage → planlæg exit (afrunding, tak, overdragelse)',
    );
  });

  it('says “1 day” and “2 days”, “1 exit” and “2 exits”, in both languages', () => {
    const exit = (days: number) => ({
      id: 'planExit:a',
      kind: 'planExit' as const,
      step: 'agreement' as const,
      watchOut: 'limitPeriod' as const,
      due: '2026-12-22',
      overdue: false,
      params: { name: 'Lars', days },
    });
    expect(describeNextAction(exit(1), 'en', 'Europe/Copenhagen').text).toMatch(/ends in 1 day →/);
    expect(describeNextAction(exit(2), 'en', 'Europe/Copenhagen').text).toMatch(/ends in 2 days →/);
    expect(describeNextAction(exit(1), 'da', 'Europe/Copenhagen').text).toMatch(/slutter om 1 dag →/);
    const health = (exits: number) => ({
      watchOut: 'limitPeriod' as const,
      state: 'needsAttention' as const,
      reasons: ['exitsToPlan' as const],
      params: { exits, debriefs: 0 },
    });
    expect(describeWatchOutHealth(health(1), 'en')).toBe('Needs attention: 1 exit to plan');
    expect(describeWatchOutHealth(health(2), 'en')).toBe('Needs attention: 2 exits to plan');
    expect(describeWatchOutHealth(health(2), 'da')).toBe('Kræver opmærksomhed: 2 exits skal planlægges');
  });

  it('leaves the missing codes out of a step’s line where the card lists them already', () => {
    const health = {
      step: 'agreement' as const,
      state: 'onTrack' as const,
      reasons: ['inProgress' as const, 'agreementsPending' as const],
    };
    expect(describeStepHealth(health, 'en')).toBe('On track: under way, agreements await acceptance');
    expect(describeStepHealth(health, 'en', { withMissing: false })).toBe('On track: under way');
  });

  it('never shows ambassadors or employees the leaders’ instructions for a step', () => {
    for (const [index, step] of STEP_KEYS.entries()) {
      const card = AMBASSADORS_CARD.steps[index]!.description;
      for (const locale of LOCALES) {
        expect(stepTextFor('leader', step, card, locale)).toBe(card[locale]);
        for (const role of ['ambassador', 'employee'] as const) {
          const text = stepTextFor(role, step, card, locale);
          expect(text).toBe(STEP_TEXT_FOR_ROLE[role][step][locale]);
          expect(text).not.toBe(card[locale]);
        }
      }
    }
    expect(stepTextFor('ambassador', 'training', AMBASSADORS_CARD.steps[3]!.description, 'en')).not.toMatch(
      /Design a real training programme/,
    );
  });
});
