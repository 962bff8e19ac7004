import { z } from 'zod';
import type { StepKey } from '../card/ambassadors-card';
import { STEP_KEYS } from '../card/ambassadors-card';
import type { Ambassadorship } from '../model/ambassadorship';
import type { Application } from '../model/application';
import type { UserRef } from '../model/common';
import { userRefSchema } from '../model/common';
import type { Programme } from '../model/programme';
import type { StepMeta, StepStatus } from '../model/step';
import type { UndoableAct, UndoneAct } from '../model/undo';
import { DomainError } from '../errors/domain-error';
import { parseInput } from './parse-input';

/**
 * Undo: the person who selected or declined an applicant, set a step's status (e.g. "mark as
 * done"), withdrew their own application, or withdrew an ambassador can take it back — for
 * `UNDO_WINDOW_MINUTES` after the act, and only while nothing has happened on top of it.
 *
 * The window is a fixed figure, not a programme setting: it is a safety net for a slip of the
 * hand, not a policy leaders weigh, and a longer one would keep the applicant's outcome card
 * waiting (the card goes out when the window has passed: `outcomeDueAt`), so it stays short.
 *
 * What ends the undo before the window does ("someone acted on it"):
 * - a decision: the application changed since (a new round, another decision); for a selection
 *   also any change to the new ambassadorship — an agreement proposed, accepted, its term edited,
 *   a withdrawal — whoever made it, since that act builds on the selection;
 * - a step status: another override (or its removal) replaced it;
 * - an application withdrawal: the applicant applied again (a new round replaces it);
 * - an ambassador withdrawal: the exit was planned or recorded since, or the person was selected
 *   again.
 * The applicant's outcome card cannot have gone out inside the window, so it is never a reason.
 *
 * An undo restores exactly what was there before the act and keeps the history: the act and its
 * undo (who, when, an optional reason) are appended to `undone` where the act was recorded.
 * Refusals: UNDO_NOTHING (no such act now), UNDO_NOT_YOURS (someone else's act),
 * UNDO_WINDOW_PASSED, UNDO_OVERTAKEN; nothing changes on a refusal.
 */
export const UNDO_WINDOW_MINUTES = 10;
export const UNDO_WINDOW_MS = UNDO_WINDOW_MINUTES * 60_000;

/** The optional reason for an undo, as the person typed it (blank: none). */
export const undoReasonSchema = z.string().trim().max(1000);

function checkedReason(reason: string | null | undefined): string | null {
  if (reason === undefined || reason === null) return null;
  const text = parseInput(undoReasonSchema, reason);
  return text === '' ? null : text;
}

/** When the undo of an act done at `at` is no longer possible. */
export function undoUntil(at: string): Date {
  return new Date(new Date(at).getTime() + UNDO_WINDOW_MS);
}

/** Whether `now` is still inside the undo window of an act done at `at` (end excluded). */
export function withinUndoWindow(at: string, now: Date): boolean {
  const done = new Date(at).getTime();
  return now.getTime() >= done && now.getTime() < done + UNDO_WINDOW_MS;
}

/**
 * When the applicant is told a decision: once its undo window has passed, so a decision that is
 * undone in time never reaches them. The outcome reminder is planned for this instant.
 */
export function outcomeDueAt(decision: { at: string }): Date {
  return undoUntil(decision.at);
}

function assertActor(by: UserRef, actor: UserRef): void {
  if (by.userId !== actor.userId) throw new DomainError('UNDO_NOT_YOURS');
}

function assertWindow(at: string, now: Date): void {
  if (!withinUndoWindow(at, now))
    throw new DomainError('UNDO_WINDOW_PASSED', { minutes: UNDO_WINDOW_MINUTES });
}

function undoneEntry(
  act: UndoableAct,
  what: string,
  note: string | null,
  done: { by: UserRef; at: string },
  actor: UserRef,
  now: Date,
  reason: string | null,
): UndoneAct {
  return {
    act,
    what,
    note,
    by: { ...done.by },
    at: done.at,
    undoneBy: { ...actor },
    undoneAt: now.toISOString(),
    reason,
  };
}

/** The ambassadorship a selection created (by the application it came from), if any. */
export function ambassadorshipOfApplication<A extends Ambassadorship>(
  application: Pick<Application, 'id'>,
  ambassadorships: readonly A[],
): A | null {
  return ambassadorships.find((amb) => amb.selection.applicationId === application.id) ?? null;
}

/** Whether the ambassadorship is still exactly as its selection created it. */
function untouchedSelection(amb: Ambassadorship): boolean {
  return (
    amb.state === 'candidate' &&
    amb.agreement.versions.length === 0 &&
    amb.agreement.ambassadorAcceptances.length === 0 &&
    amb.agreement.leaderAcceptances.length === 0 &&
    amb.training.length === 0 &&
    amb.updatedAt === amb.selection.at
  );
}

export interface UndoDecisionInput {
  application: Application;
  /** The programme's ambassadorships: a selection's own one is found and checked. */
  ambassadorships: readonly Ambassadorship[];
  actor: UserRef;
  now: Date;
  reason?: string | null;
}

export interface UndoDecisionResult {
  /** The application pending again, with the undone decision in its history. */
  application: Application;
  /** The ambassadorship the selection created, to delete (null for a decline). */
  removeAmbassadorshipId: string | null;
}

/** Takes back a selection or a decline (see the module's rule). */
export function undoDecision(input: UndoDecisionInput): UndoDecisionResult {
  const actor = parseInput(userRefSchema, input.actor);
  const reason = checkedReason(input.reason);
  const { application, now } = input;
  const decision = application.decision;
  if (!decision || application.withdrawnAt) throw new DomainError('UNDO_NOTHING');
  assertActor(decision.by, actor);
  assertWindow(decision.at, now);
  let removeAmbassadorshipId: string | null = null;
  if (decision.outcome === 'selected') {
    const amb = ambassadorshipOfApplication(application, input.ambassadorships);
    if (!amb || !untouchedSelection(amb)) throw new DomainError('UNDO_OVERTAKEN');
    removeAmbassadorshipId = amb.id;
  }
  const entry = undoneEntry('decision', decision.outcome, decision.reason, decision, actor, now, reason);
  return {
    application: { ...application, decision: null, undone: [...(application.undone ?? []), entry] },
    removeAmbassadorshipId,
  };
}

/** The applicant takes back their own withdrawal: the application is pending again. */
export function undoApplicationWithdrawal(
  application: Application,
  actor: UserRef,
  now: Date,
  reason?: string | null,
): Application {
  const who = parseInput(userRefSchema, actor);
  const why = checkedReason(reason);
  const at = application.withdrawnAt;
  if (!at) throw new DomainError('UNDO_NOTHING');
  assertActor(application.applicant, who);
  if (application.decision) throw new DomainError('UNDO_OVERTAKEN');
  assertWindow(at, now);
  const entry = undoneEntry(
    'applicationWithdrawal',
    'withdrawn',
    null,
    { by: application.applicant, at },
    who,
    now,
    why,
  );
  const { withdrawnAt: _withdrawnAt, ...rest } = application;
  return { ...rest, undone: [...(application.undone ?? []), entry] };
}

/**
 * Sets a step's status by hand and remembers the override it replaces, so its author can undo it.
 * The route that overrides a status calls this; `undoStepOverride` reverses it.
 */
export function withStepOverride(
  programme: Programme,
  key: StepKey,
  override: { status: StepStatus; note: string },
  by: UserRef,
  now: Date,
): Programme {
  const at = now.toISOString();
  const step = programme.steps[key];
  const previousOverride = step.override ? { ...step.override } : null;
  return {
    ...programme,
    steps: {
      ...programme.steps,
      [key]: { ...step, override: { ...override, by, at }, previousOverride },
    },
    updatedAt: at,
  };
}

/** Takes back the caller's own step status: the override it replaced (or none) applies again. */
export function undoStepOverride(
  programme: Programme,
  key: StepKey,
  actor: UserRef,
  now: Date,
  reason?: string | null,
): Programme {
  const who = parseInput(userRefSchema, actor);
  const why = checkedReason(reason);
  if (!STEP_KEYS.includes(key)) throw new DomainError('NOT_FOUND');
  const step = programme.steps[key];
  const override = step.override;
  // An override set before undo existed has no record of what it replaced: nothing to restore.
  if (!override || step.previousOverride === undefined) throw new DomainError('UNDO_NOTHING');
  assertActor(override.by, who);
  assertWindow(override.at, now);
  const entry = undoneEntry('stepOverride', override.status, override.note, override, who, now, why);
  const { previousOverride, ...rest } = step;
  const restored: StepMeta = {
    ...rest,
    override: previousOverride ? { ...previousOverride } : null,
    undone: [...(step.undone ?? []), entry],
  };
  return { ...programme, steps: { ...programme.steps, [key]: restored }, updatedAt: now.toISOString() };
}

/**
 * Takes back the caller's own withdrawal of an ambassador: the role is as it was (candidate, or
 * active when it had been activated), with the withdrawal kept in the history.
 */
export function undoAmbassadorWithdrawal(
  amb: Ambassadorship,
  ambassadorships: readonly Ambassadorship[],
  actor: UserRef,
  now: Date,
  reason?: string | null,
): Ambassadorship {
  const who = parseInput(userRefSchema, actor);
  const why = checkedReason(reason);
  const withdrawal = amb.withdrawal;
  if (amb.state !== 'withdrawn' || !withdrawal) throw new DomainError('UNDO_NOTHING');
  assertActor(withdrawal.by, who);
  assertWindow(withdrawal.at, now);
  const reselected = ambassadorships.some(
    (other) =>
      other.id !== amb.id &&
      other.programmeId === amb.programmeId &&
      other.person.userId === amb.person.userId &&
      (other.state === 'candidate' || other.state === 'active'),
  );
  if (amb.updatedAt !== withdrawal.at || reselected) throw new DomainError('UNDO_OVERTAKEN');
  const entry = undoneEntry(
    'ambassadorWithdrawal',
    'withdrawn',
    withdrawal.reason,
    withdrawal,
    who,
    now,
    why,
  );
  return {
    ...amb,
    state: amb.activatedAt ? 'active' : 'candidate',
    withdrawal: null,
    endedAt: null,
    updatedAt: now.toISOString(),
    undone: [...(amb.undone ?? []), entry],
  };
}

interface UndoBoard {
  programme: Programme;
  applications: readonly Application[];
  ambassadorships: readonly Ambassadorship[];
}

/** One act the viewer may undo right now, for the tab's "Undo" (target: application, step or ambassadorship id). */
export interface UndoOffer {
  act: UndoableAct;
  target: string;
  until: string;
}

function offerIf(check: () => unknown, offer: UndoOffer): UndoOffer[] {
  try {
    check();
    return [offer];
  } catch (error) {
    if (error instanceof DomainError) return [];
    throw error;
  }
}

/**
 * Everything `viewer` may undo at `now`: the same checks the undo itself makes, so the tab offers
 * "Undo" exactly while the server would accept it.
 */
export function undoOffers(board: UndoBoard, viewerId: string, now: Date): UndoOffer[] {
  // Only the id decides whose act it is; the name is not needed to ask.
  const viewer: UserRef = { userId: viewerId, displayName: viewerId };
  const offers: UndoOffer[] = [];
  for (const application of board.applications) {
    if (application.decision)
      offers.push(
        ...offerIf(
          () => undoDecision({ application, ambassadorships: board.ambassadorships, actor: viewer, now }),
          {
            act: 'decision',
            target: application.id,
            until: undoUntil(application.decision.at).toISOString(),
          },
        ),
      );
    if (application.withdrawnAt)
      offers.push(
        ...offerIf(() => undoApplicationWithdrawal(application, viewer, now), {
          act: 'applicationWithdrawal',
          target: application.id,
          until: undoUntil(application.withdrawnAt).toISOString(),
        }),
      );
  }
  for (const key of STEP_KEYS) {
    const override = board.programme.steps[key].override;
    if (override)
      offers.push(
        ...offerIf(() => undoStepOverride(board.programme, key, viewer, now), {
          act: 'stepOverride',
          target: key,
          until: undoUntil(override.at).toISOString(),
        }),
      );
  }
  for (const amb of board.ambassadorships) {
    if (amb.withdrawal)
      offers.push(
        ...offerIf(() => undoAmbassadorWithdrawal(amb, board.ambassadorships, viewer, now), {
          act: 'ambassadorWithdrawal',
          target: amb.id,
          until: undoUntil(amb.withdrawal.at).toISOString(),
        }),
      );
  }
  return offers;
}

/** An undone act as the history shows it: what it was about (id and, for a person, their name). */
export interface UndoHistoryEntry extends UndoneAct {
  /** The application id, step key or ambassadorship id the act was on. */
  subject: string;
  /** The applicant or ambassador it was about; null for a step. */
  name: string | null;
}

/**
 * The undone acts of a board, newest first. Leaders see all of them; anyone else only their own
 * application's withdrawals they took back — a decision's history carries the leaders' note.
 */
export function undoHistory(board: UndoBoard, viewerId: string, isLeader: boolean): UndoHistoryEntry[] {
  const entries: UndoHistoryEntry[] = [];
  for (const application of board.applications) {
    for (const entry of application.undone ?? []) {
      const own = application.applicant.userId === viewerId && entry.act === 'applicationWithdrawal';
      if (isLeader || own)
        entries.push({ ...entry, subject: application.id, name: application.applicant.displayName });
    }
  }
  if (isLeader) {
    for (const key of STEP_KEYS)
      for (const entry of board.programme.steps[key].undone ?? [])
        entries.push({ ...entry, subject: key, name: null });
    for (const amb of board.ambassadorships)
      for (const entry of amb.undone ?? [])
        entries.push({ ...entry, subject: amb.id, name: amb.person.displayName });
  }
  return entries.sort((a, b) => b.undoneAt.localeCompare(a.undoneAt));
}
