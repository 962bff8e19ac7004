import { DomainError, invalidInput } from '../errors/domain-error';
import {
  WORKSHOP_ITEM_KEYS,
  WORKSHOP_MIN_BOX_MINUTES,
  WORKSHOP_SESSION_MINUTES,
  type Workshop,
  type WorkshopItem,
  type WorkshopItemKey,
} from '../model/workshop';

/**
 * The default time boxes: 20 minutes for the purpose and for each of the five steps (where the
 * outcomes are written), 10 for each watch-out and each of the management team's questions.
 * Together exactly the card's 180 minutes.
 */
export const DEFAULT_WORKSHOP_MINUTES: Readonly<Record<WorkshopItemKey, number>> = {
  purpose: 20,
  taskPlan: 20,
  posting: 20,
  agreement: 20,
  training: 20,
  meetings: 20,
  limitPeriod: 10,
  alignMessages: 10,
  feedback: 10,
  selectAmbassadors: 10,
  passOnInformation: 10,
  scopeOfRole: 10,
};

/** The agenda a new workshop starts from, in the card's order, nothing captured yet. */
export function defaultWorkshopAgenda(): WorkshopItem[] {
  return WORKSHOP_ITEM_KEYS.map((key) => ({ key, minutes: DEFAULT_WORKSHOP_MINUTES[key], capturedAt: null }));
}

/** The longest one box can be: what is left when every other item keeps its shortest box. */
export const WORKSHOP_MAX_BOX_MINUTES =
  WORKSHOP_SESSION_MINUTES - (WORKSHOP_ITEM_KEYS.length - 1) * WORKSHOP_MIN_BOX_MINUTES;

/** The minutes of an agenda, added up. */
export function agendaMinutes(items: readonly Pick<WorkshopItem, 'minutes'>[]): number {
  return items.reduce((sum, item) => sum + item.minutes, 0);
}

/**
 * Gives one item a new time box and rebalances the others so the agenda still fills exactly the
 * session: time added is taken from the items after it (then those before it, in order), each
 * down to the shortest box; time freed goes to the next item (the first, when it is the last).
 * The order is fixed, so every client that proposes the same edit sees the same agenda.
 * A box outside WORKSHOP_MIN_BOX_MINUTES…WORKSHOP_MAX_BOX_MINUTES is refused, naming the field.
 */
export function rebalanceTimeBoxes(
  items: readonly WorkshopItem[],
  key: WorkshopItemKey,
  minutes: number,
): WorkshopItem[] {
  if (!Number.isInteger(minutes) || minutes < WORKSHOP_MIN_BOX_MINUTES || minutes > WORKSHOP_MAX_BOX_MINUTES)
    throw invalidInput({
      da: `Minutter skal være et helt tal fra ${WORKSHOP_MIN_BOX_MINUTES} til ${WORKSHOP_MAX_BOX_MINUTES}, så alle punkter stadig har tid inden for de ${WORKSHOP_SESSION_MINUTES} minutter`,
      en: `Minutes must be a whole number from ${WORKSHOP_MIN_BOX_MINUTES} to ${WORKSHOP_MAX_BOX_MINUTES}, so every item still has time within the ${WORKSHOP_SESSION_MINUTES} minutes`,
    });
  const index = items.findIndex((item) => item.key === key);
  if (index < 0) throw new DomainError('NOT_FOUND');
  const next = items.map((item) => ({ ...item }));
  let delta = minutes - next[index]!.minutes;
  next[index]!.minutes = minutes;
  const others = [...next.keys()]
    .map((offset) => (index + 1 + offset) % next.length)
    .filter((i) => i !== index);
  if (delta < 0) {
    next[others[0]!]!.minutes -= delta;
    delta = 0;
  }
  for (const i of others) {
    if (delta === 0) break;
    const take = Math.min(delta, next[i]!.minutes - WORKSHOP_MIN_BOX_MINUTES);
    next[i]!.minutes -= take;
    delta -= take;
  }
  return next;
}

/** Throws unless the agenda fills exactly the session, every box within its bounds. */
export function assertAgendaFillsSession(items: readonly WorkshopItem[]): void {
  const total = agendaMinutes(items);
  if (total !== WORKSHOP_SESSION_MINUTES)
    throw invalidInput({
      da: `Minutter: tidsrammerne skal tilsammen være ${WORKSHOP_SESSION_MINUTES} minutter (nu ${total})`,
      en: `Minutes: the time boxes must add up to ${WORKSHOP_SESSION_MINUTES} minutes (now ${total})`,
    });
}

/** The workshop with one time box changed; the item in focus keeps the time it already used. */
export function setWorkshopTimeBox(
  workshop: Workshop,
  key: WorkshopItemKey,
  minutes: number,
  now: Date,
): Workshop {
  const items = rebalanceTimeBoxes(workshop.items, key, minutes);
  assertAgendaFillsSession(items);
  const focus = workshop.timer.focus;
  const gainedMs = (items[focus]!.minutes - workshop.items[focus]!.minutes) * 60_000;
  return {
    ...workshop,
    items,
    timer: { ...workshop.timer, remainingMs: workshop.timer.remainingMs + gainedMs },
    updatedAt: now.toISOString(),
  };
}
