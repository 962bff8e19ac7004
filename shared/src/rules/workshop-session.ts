import {
  MANAGEMENT_QUESTION_KEYS,
  STEP_KEYS,
  type ManagementQuestionKey,
  type StepKey,
} from '../card/ambassadors-card';
import { DomainError } from '../errors/domain-error';
import type { Locale } from '../i18n/locale';
import type { Programme } from '../model/programme';
import type { Workshop } from '../model/workshop';
import { defaultWorkshopAgenda } from './workshop-agenda';
import { workshopItemGuidance } from './workshop-guidance';

export { workshopItemGuidance };

/** The items whose outcome is written into the programme: the five steps and the three questions. */
export type WorkshopOutcomeKey = StepKey | ManagementQuestionKey;

export function isStepItem(key: string): key is StepKey {
  return (STEP_KEYS as readonly string[]).includes(key);
}

export function isQuestionItem(key: string): key is ManagementQuestionKey {
  return (MANAGEMENT_QUESTION_KEYS as readonly string[]).includes(key);
}

/**
 * The workshop a leader runs now. Preparing is idempotent: a workshop that has not finished is
 * the one there is (two leaders pressing "run" land in the same workshop); after a finished one
 * a new workshop starts from the default agenda.
 */
export function prepareWorkshop(programme: Programme, id: string, now: Date): Programme {
  if (programme.workshop && !programme.workshop.finishedAt) return programme;
  const at = now.toISOString();
  const items = defaultWorkshopAgenda();
  const workshop: Workshop = {
    id,
    items,
    timer: { focus: 0, runningSince: null, remainingMs: items[0]!.minutes * 60_000 },
    startedAt: null,
    finishedAt: null,
    chatId: null,
    summary: null,
    createdAt: at,
    updatedAt: at,
  };
  return { ...programme, workshop, updatedAt: at };
}

/** The running workshop, or why there is none to change: not prepared, or finished. */
export function openWorkshop(programme: Programme): Workshop {
  const workshop = programme.workshop;
  if (!workshop) throw new DomainError('WORKSHOP_NOT_PREPARED');
  if (workshop.finishedAt) throw new DomainError('WORKSHOP_FINISHED');
  return workshop;
}

/** The programme with its open workshop changed by `change`. */
export function withWorkshop(programme: Programme, change: (workshop: Workshop) => Workshop): Programme {
  const workshop = change(openWorkshop(programme));
  return { ...programme, workshop, updatedAt: workshop.updatedAt };
}

/**
 * Marks an item's outcome as captured. The outcome itself was written into the programme by the
 * same rule the board uses for that step or question; this only records that the workshop did it.
 */
export function markWorkshopCapture(programme: Programme, key: WorkshopOutcomeKey, now: Date): Programme {
  const at = now.toISOString();
  return withWorkshop(programme, (workshop) => ({
    ...workshop,
    items: workshop.items.map((item) => (item.key === key ? { ...item, capturedAt: at } : item)),
    updatedAt: at,
  }));
}

/** Finishes the workshop: the timer stops where it was; `chatId` is the meeting's chat, if any. */
export function finishWorkshop(
  programme: Programme,
  chatId: string | null,
  summary: Workshop['summary'],
  now: Date,
): Programme {
  const at = now.toISOString();
  return withWorkshop(programme, (workshop) => ({
    ...workshop,
    timer: { ...workshop.timer, runningSince: null },
    finishedAt: at,
    chatId,
    summary,
    updatedAt: at,
  }));
}

/** One line of the summary: what the workshop put into the programme for one item. */
export interface WorkshopSummaryLine {
  key: WorkshopOutcomeKey;
  title: string;
  text: string;
}

const CLIP = 300;
function clip(text: string): string {
  return text.length > CLIP ? `${text.slice(0, CLIP - 1)}…` : text;
}

const WEEKDAYS: Record<Locale, string[]> = {
  da: ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};

const NTH: Record<Locale, Record<1 | 2 | 3 | 4 | -1, string>> = {
  da: { 1: 'første', 2: 'anden', 3: 'tredje', 4: 'fjerde', [-1]: 'sidste' },
  en: { 1: 'first', 2: 'second', 3: 'third', 4: 'fourth', [-1]: 'last' },
};

function outcomeText(programme: Programme, key: WorkshopOutcomeKey, since: string, locale: Locale): string {
  const steps = programme.steps;
  const da = locale === 'da';
  switch (key) {
    case 'taskPlan':
      return steps.taskPlan.tasks
        .map((t) => `${t.title} (${t.hoursPerMonth} ${da ? 't/md.' : 'h/month'})`)
        .join('; ');
    case 'posting':
      return steps.posting.posting
        ? `${steps.posting.posting.title} — ${steps.posting.posting.termMonths} ${da ? 'måneder' : 'months'}`
        : '';
    case 'agreement':
      return steps.agreement.template?.role ?? '';
    case 'training':
      return steps.training.modules.map((m) => m.title).join('; ');
    case 'meetings': {
      const cadence = steps.meetings.cadence;
      if (!cadence) return '';
      const day = WEEKDAYS[locale][cadence.weekday - 1];
      if (cadence.kind === 'weekly')
        return da
          ? `Hver ${cadence.intervalWeeks}. uge, ${day} kl. ${cadence.time}`
          : `Every ${cadence.intervalWeeks} week(s), ${day} at ${cadence.time}`;
      const nth = NTH[locale][cadence.weekOfMonth];
      return da
        ? `Den ${nth} ${day} i måneden kl. ${cadence.time}`
        : `Monthly, the ${nth} ${day} at ${cadence.time}`;
    }
    default:
      return programme.managementAnswers[key]
        .filter((answer) => answer.at >= since)
        .map((answer) => answer.text)
        .join(' / ');
  }
}

/**
 * What the workshop captured, per step and question, in the programme's language: the lines of
 * the summary card in the meeting chat and of the text the tab offers to copy. Only items whose
 * outcome was saved from this workshop are listed, as the programme holds them now.
 */
export function workshopSummary(
  programme: Programme,
  locale: Locale = programme.locale,
): WorkshopSummaryLine[] {
  const workshop = programme.workshop;
  if (!workshop) return [];
  return workshop.items.flatMap((item) => {
    const key = item.key;
    if (!item.capturedAt || !(isStepItem(key) || isQuestionItem(key))) return [];
    const text = outcomeText(programme, key, workshop.createdAt, locale);
    return text ? [{ key, title: workshopItemGuidance(key).title[locale], text: clip(text) }] : [];
  });
}
