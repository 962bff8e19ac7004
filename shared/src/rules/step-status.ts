import { DateTime } from 'luxon';
import type { StepKey } from '../card/ambassadors-card';
import { STEP_KEYS } from '../card/ambassadors-card';
import type { BoardData } from '../model/board';
import type { Cadence } from '../model/cadence';
import type { StepMeta, StepStatus } from '../model/step';
import { localDateOf } from './calendar';
import { agreementStatus } from './agreement';
import { currentAmbassadors } from './ambassadorship-lifecycle';
import { alignmentMeetingRequired } from './key-messages';
import { trainingProgress } from './training';

/**
 * The five steps' status, derived from the content where the card makes "done" clear, with
 * the reasons it is not done yet as stable codes (the tab translates them). A leader's override
 * wins for `status`, but the derived value and the missing list are still returned, so the
 * board can show both ("marked done by Anne: … — derived: in progress").
 */
export const STEP_MISSING_CODES = [
  'noTasks',
  'postingNotDrafted',
  'postingNotPublished',
  'noAmbassadorsSelected',
  'agreementsPending',
  'noTrainingModules',
  'noActiveAmbassadors',
  'trainingIncomplete',
  'noCadence',
  'noMeetingHeldRecently',
  'alignmentMeetingMissing',
] as const;
export type StepMissingCode = (typeof STEP_MISSING_CODES)[number];

export interface StepState {
  key: StepKey;
  status: StepStatus;
  derivedStatus: StepStatus;
  override: StepMeta['override'];
  missing: StepMissingCode[];
  progress: { done: number; total: number };
  dueDate: string | null;
  /** The step's due date has passed and it is not done. */
  overdue: boolean;
}

interface Derived {
  status: StepStatus;
  missing: StepMissingCode[];
  progress: { done: number; total: number };
}

function derive(
  done: boolean,
  started: boolean,
  missing: StepMissingCode[],
  progress: Derived['progress'],
): Derived {
  return {
    status: done ? 'done' : started ? 'inProgress' : 'notStarted',
    missing: done ? [] : missing,
    progress,
  };
}

/** The start of the cadence period that ends now: N weeks, or one month, back. */
function periodStart(cadence: Cadence, now: Date, timeZone: string): Date {
  const local = DateTime.fromJSDate(now, { zone: timeZone });
  return (
    cadence.kind === 'weekly' ? local.minus({ weeks: cadence.intervalWeeks }) : local.minus({ months: 1 })
  ).toJSDate();
}

function heldBetween(board: BoardData, from: Date, to: Date, kind?: 'alignment'): boolean {
  return board.meetings.some((m) => {
    const at = new Date(m.scheduledAt).getTime();
    return m.held && (!kind || m.kind === kind) && at >= from.getTime() && at <= to.getTime();
  });
}

function deriveStep(key: StepKey, board: BoardData, now: Date): Derived {
  const { programme } = board;
  const steps = programme.steps;
  const tz = programme.timeZone;
  const selected = board.ambassadorships.filter((a) => a.state !== 'withdrawn');
  switch (key) {
    case 'taskPlan': {
      const n = steps.taskPlan.tasks.length;
      return derive(n > 0, false, ['noTasks'], { done: n > 0 ? 1 : 0, total: 1 });
    }
    case 'posting': {
      const posting = steps.posting.posting;
      const published = Boolean(posting?.publishedAt);
      const missing: StepMissingCode[] = [];
      if (!posting) missing.push('postingNotDrafted');
      else if (!published) missing.push('postingNotPublished');
      if (selected.length === 0) missing.push('noAmbassadorsSelected');
      const done = [posting !== null, published, selected.length > 0].filter(Boolean).length;
      // The step is the posting: selecting people directly does not write one (a leader who
      // recruits only by asking can say so with an override and a note).
      return derive(published && selected.length > 0, posting !== null || selected.length > 0, missing, {
        done,
        total: 3,
      });
    }
    case 'agreement': {
      const accepted = selected.filter((a) => agreementStatus(a).fullyAccepted).length;
      const missing: StepMissingCode[] =
        selected.length === 0 ? ['noAmbassadorsSelected'] : ['agreementsPending'];
      const started =
        steps.agreement.template !== null || selected.some((a) => a.agreement.versions.length > 0);
      return derive(selected.length > 0 && accepted === selected.length, started, missing, {
        done: accepted,
        total: selected.length,
      });
    }
    case 'training': {
      const training = steps.training;
      const hasCourse = training.modules.length + training.sessions.length > 0;
      const active = currentAmbassadors(board.ambassadorships, now, tz);
      const perAmbassador = active.map((a) => trainingProgress(a, training));
      const progress = perAmbassador.reduce(
        (acc, p) => ({ done: acc.done + p.done, total: acc.total + p.total }),
        { done: 0, total: 0 },
      );
      const allComplete = perAmbassador.every((p) => p.complete);
      const missing: StepMissingCode[] = [];
      if (!hasCourse) missing.push('noTrainingModules');
      if (active.length === 0) missing.push('noActiveAmbassadors');
      else if (!allComplete) missing.push('trainingIncomplete');
      const done = hasCourse && active.length > 0 && allComplete;
      return derive(done, hasCourse, missing, progress);
    }
    case 'meetings': {
      const cadence = steps.meetings.cadence;
      const required = alignmentMeetingRequired(board, now);
      const heldRecently = cadence !== null && heldBetween(board, periodStart(cadence, now, tz), now);
      const monthAgo = DateTime.fromJSDate(now, { zone: tz }).minus({ months: 1 }).toJSDate();
      const alignedRecently = !required || heldBetween(board, monthAgo, now, 'alignment');
      const missing: StepMissingCode[] = [];
      if (!cadence) missing.push('noCadence');
      else if (!heldRecently) missing.push('noMeetingHeldRecently');
      if (!alignedRecently) missing.push('alignmentMeetingMissing');
      const checks = [cadence !== null, heldRecently, ...(required ? [alignedRecently] : [])];
      const started = cadence !== null || board.meetings.length > 0;
      return derive(cadence !== null && heldRecently && alignedRecently, started, missing, {
        done: checks.filter(Boolean).length,
        total: checks.length,
      });
    }
  }
}

/** All five steps in the card's order. */
export function describeSteps(board: BoardData, now: Date): StepState[] {
  const today = localDateOf(now, board.programme.timeZone);
  return STEP_KEYS.map((key) => {
    const meta: StepMeta = board.programme.steps[key];
    const derived = deriveStep(key, board, now);
    const status = meta.override?.status ?? derived.status;
    return {
      key,
      status,
      derivedStatus: derived.status,
      override: meta.override ? { ...meta.override } : null,
      missing: derived.missing,
      progress: derived.progress,
      dueDate: meta.dueDate,
      overdue: meta.dueDate !== null && meta.dueDate < today && status !== 'done',
    };
  });
}
