import { STEP_KEYS } from '../card/ambassadors-card';
import { NEXT_ACTION_KINDS, type NextAction } from './next-action';

/**
 * The order the board lists actions in: what is overdue first, then by due day (undated
 * last), then in the card's step order — so the first line is always the most pressing one.
 */
export function rankActions(actions: readonly NextAction[]): NextAction[] {
  const stepIndex = (a: NextAction) => STEP_KEYS.indexOf(a.step);
  const kindIndex = (a: NextAction) => NEXT_ACTION_KINDS.indexOf(a.kind);
  return [...actions].sort(
    (a, b) =>
      Number(b.overdue) - Number(a.overdue) ||
      (a.due ?? '9999-12-31').localeCompare(b.due ?? '9999-12-31') ||
      stepIndex(a) - stepIndex(b) ||
      kindIndex(a) - kindIndex(b) ||
      a.id.localeCompare(b.id),
  );
}

/** One action, with `overdue` derived from its due day against today (local days). */
export function action(
  fields: Omit<NextAction, 'overdue' | 'watchOut'> & { watchOut?: NextAction['watchOut'] },
  today: string,
): NextAction {
  return {
    ...fields,
    watchOut: fields.watchOut ?? null,
    overdue: fields.due !== null && fields.due < today,
  };
}
