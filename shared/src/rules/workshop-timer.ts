import { invalidInput } from '../errors/domain-error';
import type { Workshop, WorkshopTimer } from '../model/workshop';
import { workshopRemainingMs } from './workshop-clock';

export { workshopRemainingMs };

/** What the facilitator can do with the shared timer. */
export const WORKSHOP_TIMER_ACTIONS = ['start', 'pause', 'next', 'previous'] as const;
export type WorkshopTimerAction = (typeof WORKSHOP_TIMER_ACTIONS)[number];

function boxMs(workshop: Workshop, focus: number): number {
  return workshop.items[focus]!.minutes * 60_000;
}

/**
 * One timer action. Start and pause keep what is left of the box; next and previous move the
 * focus and give the new item its whole box, running on if the timer ran. Starting a running
 * timer or pausing a paused one changes nothing (a double click is harmless); moving past either
 * end of the agenda is refused.
 */
export function applyWorkshopTimerAction(
  workshop: Workshop,
  action: WorkshopTimerAction,
  now: Date,
): Workshop {
  const { timer } = workshop;
  const at = now.toISOString();
  const running = timer.runningSince !== null;
  let next: WorkshopTimer;
  switch (action) {
    case 'start':
      if (running) return workshop;
      next = { ...timer, runningSince: at };
      break;
    case 'pause':
      if (!running) return workshop;
      next = { ...timer, runningSince: null, remainingMs: workshopRemainingMs(timer, now) };
      break;
    case 'next':
    case 'previous': {
      const focus = timer.focus + (action === 'next' ? 1 : -1);
      if (focus < 0 || focus >= workshop.items.length)
        throw invalidInput(
          action === 'next'
            ? {
                da: 'dagsordenen har intet punkt efter det sidste',
                en: 'the agenda has no item after the last',
              }
            : {
                da: 'dagsordenen har intet punkt før det første',
                en: 'the agenda has no item before the first',
              },
        );
      next = { focus, runningSince: running ? at : null, remainingMs: boxMs(workshop, focus) };
      break;
    }
  }
  return {
    ...workshop,
    timer: next,
    startedAt: workshop.startedAt ?? (action === 'start' ? at : null),
    updatedAt: at,
  };
}
