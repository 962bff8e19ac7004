import type { StepMissingCode } from '../rules/step-status';

/**
 * The words of the health lines as codes, apart from the rules that compute them, so the tab can
 * word a line without bundling the rules (and their calendar libraries).
 */
/**
 * A step's or watch-out's state in one word: done or going well, something to act on, not
 * begun, or over because the programme was closed.
 */
export const HEALTH_STATES = ['onTrack', 'needsAttention', 'notStarted', 'closed'] as const;
export type HealthState = (typeof HEALTH_STATES)[number];

/** Why a step has its health: the step's own missing codes, or one of these. */
export const STEP_HEALTH_REASONS = [
  'done',
  'overdue',
  'actionOverdue',
  'inProgress',
  'programmeClosed',
] as const;
export type StepHealthReason = (typeof STEP_HEALTH_REASONS)[number] | StepMissingCode;

export const WATCH_OUT_HEALTH_REASONS = [
  'noAmbassadors',
  'termsWithinLimit',
  'exitsToPlan',
  'debriefsToHold',
  'alignmentNotRequired',
  'alignmentPlanned',
  'alignmentDue',
  'alignmentOverdue',
  'noKeyMessage',
  'themesAnswered',
  'themesWaiting',
  'programmeClosed',
] as const;
export type WatchOutHealthReason = (typeof WATCH_OUT_HEALTH_REASONS)[number];
