import type { StepKey, WatchOutKey } from '../card/ambassadors-card';
import type { BoardData } from '../model/board';
import { currentAmbassadors } from '../rules/ambassadorship-lifecycle';
import { localDateOf } from '../rules/calendar';
import { closedOn } from '../rules/programme-closure';
import { alignmentMeetingRequired, currentKeyMessage, nextAlignmentMeeting } from '../rules/key-messages';
import type { ProgrammeRole } from '../rules/roles';
import { describeSteps, type StepMissingCode, type StepState } from '../rules/step-status';
import { leaderActions } from './leader-actions';
import type { NextAction } from './next-action';
import type { HealthState, StepHealthReason, WatchOutHealthReason } from './health-codes';

export {
  HEALTH_STATES,
  STEP_HEALTH_REASONS,
  WATCH_OUT_HEALTH_REASONS,
  type HealthState,
  type StepHealthReason,
  type WatchOutHealthReason,
} from './health-codes';

export interface StepHealth {
  step: StepKey;
  state: HealthState;
  reasons: StepHealthReason[];
}

export interface WatchOutHealth {
  watchOut: WatchOutKey;
  state: HealthState;
  reasons: WatchOutHealthReason[];
  /** The figure the reason names (a count, a day), when it has one. */
  params: Record<string, string | number>;
}

export interface ProgrammeHealth {
  steps: StepHealth[];
  watchOuts: WatchOutHealth[];
}

/** Step missing codes that call for action now rather than just describing work ahead. */
const ATTENTION_CODES: ReadonlySet<StepMissingCode> = new Set([
  'noMeetingHeldRecently',
  'alignmentMeetingMissing',
]);

/**
 * A step needs attention when its due date passed, when one of the leaders' actions on it is
 * overdue, or when its meetings have lapsed; it is on track when done or under way without
 * those; it has not started when neither it nor anything of it has begun.
 */
function stepHealth(described: StepState[], actions: NextAction[]): StepHealth[] {
  return described.map((step) => {
    const lateAction = actions.some((a) => a.step === step.key && a.overdue);
    if (step.status === 'done' && !lateAction) return { step: step.key, state: 'onTrack', reasons: ['done'] };
    const reasons: StepHealthReason[] = [];
    if (step.overdue) reasons.push('overdue');
    // A planning action is due with its step: one reason is enough.
    else if (lateAction) reasons.push('actionOverdue');
    const attention = step.missing.filter((code) => ATTENTION_CODES.has(code));
    if (reasons.length > 0 || attention.length > 0)
      return { step: step.key, state: 'needsAttention', reasons: [...reasons, ...step.missing] };
    if (step.status === 'notStarted')
      return { step: step.key, state: 'notStarted', reasons: [...step.missing] };
    return { step: step.key, state: 'onTrack', reasons: ['inProgress', ...step.missing] };
  });
}

function limitPeriod(board: BoardData, now: Date, actions: NextAction[]): WatchOutHealth {
  const exitsToPlan = actions.filter((a) => a.kind === 'planExit').length;
  const debriefs = actions.filter((a) => a.kind === 'holdExitDebrief').length;
  if (exitsToPlan > 0 || debriefs > 0) {
    const reasons: WatchOutHealthReason[] = [];
    if (exitsToPlan > 0) reasons.push('exitsToPlan');
    if (debriefs > 0) reasons.push('debriefsToHold');
    return {
      watchOut: 'limitPeriod',
      state: 'needsAttention',
      reasons,
      params: { exits: exitsToPlan, debriefs },
    };
  }
  const active = currentAmbassadors(board.ambassadorships, now, board.programme.timeZone).length;
  return active === 0
    ? { watchOut: 'limitPeriod', state: 'notStarted', reasons: ['noAmbassadors'], params: {} }
    : { watchOut: 'limitPeriod', state: 'onTrack', reasons: ['termsWithinLimit'], params: { count: active } };
}

function alignMessages(board: BoardData, now: Date): WatchOutHealth {
  const { programme } = board;
  const active = currentAmbassadors(board.ambassadorships, now, programme.timeZone).length;
  if (active === 0)
    return { watchOut: 'alignMessages', state: 'notStarted', reasons: ['noAmbassadors'], params: {} };
  const reasons: WatchOutHealthReason[] = [];
  const params: Record<string, string | number> = { count: active };
  let attention = false;
  if (currentKeyMessage(programme) === null) {
    reasons.push('noKeyMessage');
    attention = true;
  }
  const next = alignmentMeetingRequired(board, now) ? nextAlignmentMeeting(board, now) : null;
  if (!alignmentMeetingRequired(board, now)) reasons.push('alignmentNotRequired');
  else if (next) {
    params.date = localDateOf(new Date(next.at), programme.timeZone);
    if (next.source === 'planned') reasons.push('alignmentPlanned');
    else if (next.overdue) {
      reasons.push('alignmentOverdue');
      attention = true;
    } else reasons.push('alignmentDue');
  }
  return { watchOut: 'alignMessages', state: attention ? 'needsAttention' : 'onTrack', reasons, params };
}

function feedback(board: BoardData, now: Date, actions: NextAction[]): WatchOutHealth {
  const waiting = actions.find((a) => a.kind === 'answerThemes');
  if (waiting)
    return {
      watchOut: 'feedback',
      state: 'needsAttention',
      reasons: ['themesWaiting'],
      params: { ...waiting.params },
    };
  const active = currentAmbassadors(board.ambassadorships, now, board.programme.timeZone).length;
  return active === 0
    ? { watchOut: 'feedback', state: 'notStarted', reasons: ['noAmbassadors'], params: {} }
    : { watchOut: 'feedback', state: 'onTrack', reasons: ['themesAnswered'], params: {} };
}

/**
 * The health line per step and per watch-out, from the same rules as the leaders' actions.
 * Everyone sees the steps' health (their status is on everyone's board); the watch-outs' lines
 * name exits and unanswered themes, so only leaders get those two — others get "align the
 * messages", whose key message and next meeting are on their board already.
 */
export function programmeHealth(
  board: BoardData,
  now: Date,
  role: ProgrammeRole,
  known: { steps?: StepState[]; leaderActions?: NextAction[] } = {},
): ProgrammeHealth {
  const described = known.steps ?? describeSteps(board, now);
  // Whose action is late is the leaders' business: others read the steps without it.
  const actions = role === 'leader' ? (known.leaderActions ?? leaderActions(board, now, described)) : [];
  const steps = stepHealth(described, actions);
  const watchOuts =
    role === 'leader'
      ? [limitPeriod(board, now, actions), alignMessages(board, now), feedback(board, now, actions)]
      : [alignMessages(board, now)];
  const closed = closedOn(board.programme);
  return closed === null ? { steps, watchOuts } : asClosed({ steps, watchOuts }, closed);
}

/**
 * A closed programme is over, not waiting to start: what was done stays done, everything else
 * reads "closed" (with the day for the watch-outs) instead of "not started" or "needs attention".
 */
function asClosed(health: ProgrammeHealth, closedOnDay: string): ProgrammeHealth {
  return {
    steps: health.steps.map((s) =>
      s.state === 'onTrack' && s.reasons[0] === 'done'
        ? s
        : { step: s.step, state: 'closed', reasons: ['programmeClosed'] },
    ),
    watchOuts: health.watchOuts.map((w) => ({
      watchOut: w.watchOut,
      state: 'closed',
      reasons: ['programmeClosed'],
      params: { date: closedOnDay },
    })),
  };
}
