import fc from 'fast-check';
import { NEXT_ACTION_KINDS, STEP_KEYS, type NextAction } from '@ambassadors/shared';
import { rankActions } from '@ambassadors/shared/guidance/rank-actions';

const day = fc.integer({ min: 0, max: 60 }).map((n) => `2026-03-${String((n % 28) + 1).padStart(2, '0')}`);
const actionArb: fc.Arbitrary<NextAction> = fc.record({
  id: fc.uuid(),
  kind: fc.constantFrom(...NEXT_ACTION_KINDS),
  step: fc.constantFrom(...STEP_KEYS),
  watchOut: fc.constant(null),
  due: fc.option(day, { nil: null }),
  overdue: fc.boolean(),
  params: fc.constant({}),
});

describe('the order of the next actions', () => {
  it('puts every overdue action first, then dated ones by day, undated last — and keeps them all', () => {
    fc.assert(
      fc.property(fc.array(actionArb, { maxLength: 12 }), (actions) => {
        const ranked = rankActions(actions);
        expect([...ranked].map((a) => a.id).sort()).toEqual(actions.map((a) => a.id).sort());
        const overdue = ranked.map((a) => a.overdue);
        expect(overdue).toEqual([...overdue].sort((a, b) => Number(b) - Number(a)));
        for (const group of [ranked.filter((a) => a.overdue), ranked.filter((a) => !a.overdue)]) {
          const dues = group.map((a) => a.due ?? '9999-12-31');
          expect(dues).toEqual([...dues].sort());
        }
        expect(rankActions(ranked)).toEqual(ranked);
      }),
    );
  });
});
