import fc from 'fast-check';
import {
  DEFAULT_SETTINGS,
  DomainError,
  agreementAdjustmentBounds,
  checkAgreementAdjustment,
  termEndFor,
  type AgreementTerms,
} from '@ambassadors/shared';

/** The per-ambassador adjustment: inside the programme's bounds it passes, outside it never does. */
describe('agreement adjustment bounds (law)', () => {
  const terms: AgreementTerms = {
    role: 'Ambassadør',
    responsibilities: ['Lyt'],
    expectations: [],
    hoursPerMonth: 3,
    passOn: { themes: [], situations: '' },
    confidentiality: '',
  };
  const term = { start: '2027-01-01', end: '2027-12-31' };
  const settingsArb = fc
    .tuple(fc.integer({ min: 1, max: 36 }), fc.integer({ min: 1, max: 36 }))
    .map(([a, b]) => ({ ...DEFAULT_SETTINGS, termMonthsMin: Math.min(a, b), termMonthsMax: Math.max(a, b) }));

  it('accepts exactly the values within the bounds, and a term in months ends that many months on', () => {
    fc.assert(
      fc.property(
        settingsArb,
        fc.integer({ min: -5, max: 90 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 35 }),
        (settings, hours, months, taskCount) => {
          const bounds = agreementAdjustmentBounds(settings);
          const inside =
            hours >= bounds.hoursPerMonth.min &&
            hours <= bounds.hoursPerMonth.max &&
            months >= bounds.termMonths.min &&
            months <= bounds.termMonths.max &&
            taskCount >= bounds.tasks.min &&
            taskCount <= bounds.tasks.max;
          const proposal = {
            terms: {
              ...terms,
              hoursPerMonth: hours,
              responsibilities: Array.from({ length: taskCount }, (_, i) => `T${i}`),
            },
            term,
            termMonths: months,
          };
          if (inside) {
            expect(checkAgreementAdjustment(proposal, settings).term).toEqual({
              start: term.start,
              end: termEndFor(term.start, months),
            });
          } else {
            expect(() => checkAgreementAdjustment(proposal, settings)).toThrow(DomainError);
          }
        },
      ),
    );
  });

  it('uses the same term bounds the settings keep: shortest to longest term', () => {
    fc.assert(
      fc.property(settingsArb, (settings) => {
        expect(agreementAdjustmentBounds(settings).termMonths).toEqual({
          min: settings.termMonthsMin,
          max: settings.termMonthsMax,
        });
      }),
    );
  });
});
