import { preloadable } from '../../app/preloadable';

/** The step panel: below the overview and the watch-outs; prefetched during start-up. */
export const lazyStepPanel = preloadable(() => import('../step-panel').then((m) => m.StepPanel));

/** The management team's questions (leaders only, near the bottom). */
export const lazyManagementQuestions = preloadable(() =>
  import('../management-questions').then((m) => m.ManagementQuestions),
);
