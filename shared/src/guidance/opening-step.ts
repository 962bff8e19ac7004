import { STEP_KEYS, type StepKey } from '../card/ambassadors-card';
import type { ProgrammeRole } from '../rules/roles';
import type { StepState } from '../rules/step-status';
import type { NextAction } from './next-action';

/** The kinds that mean "your agreement": an ambassador with one of them opens on step 3. */
const AGREEMENT_FIRST: ReadonlySet<NextAction['kind']> = new Set(['acceptMyAgreement', 'awaitAgreement']);

/**
 * The step a reader's board opens on. Leaders: the first step not done (they run the card in
 * order). Ambassadors: their agreement while it is pending — to accept, or on its way — before
 * anything else, then the step of their first next action, else the meetings. Employees: the
 * step of their first next action, else the posting.
 */
export function openingStep(
  role: ProgrammeRole,
  actions: readonly Pick<NextAction, 'kind' | 'step'>[],
  steps: readonly Pick<StepState, 'key' | 'status'>[],
): StepKey {
  if (role === 'leader') return steps.find((s) => s.status !== 'done')?.key ?? STEP_KEYS[0];
  if (role === 'ambassador' && actions.some((a) => AGREEMENT_FIRST.has(a.kind))) return 'agreement';
  return actions[0]?.step ?? (role === 'ambassador' ? 'meetings' : 'posting');
}
