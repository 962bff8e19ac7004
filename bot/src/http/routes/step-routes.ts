import {
  DomainError,
  invalidInput,
  STEP_KEYS,
  assertPostingTermInRange,
  postingRoundStart,
  programmeSchema,
  stepOverrideBodySchema,
  stepUpdateBodySchemas,
  type Invitation,
  type Programme,
  type StepKey,
  type StepUpdateBodies,
  type UserRef,
  withStepOverride,
} from '@ambassadors/shared';
import { z } from 'zod';
import { programmeRoute } from './api-route';
import { boardResult, saveProgramme } from './board-writes';

function stepKeyOf(params: Record<string, string>): StepKey {
  const key = params.stepKey as StepKey;
  if (!STEP_KEYS.includes(key)) throw new DomainError('NOT_FOUND');
  return key;
}

/**
 * Invitations keep who invited and when; a re-sent list only stamps the new invitees, so saving
 * the step again does not make old invitations look new.
 */
function stampInvitations(
  existing: Invitation[],
  wanted: { invitee: UserRef; note: string }[],
  by: UserRef,
  at: string,
): Invitation[] {
  return wanted.map((w) => {
    const old = existing.find((i) => i.invitee.userId === w.invitee.userId);
    return old ? { ...old, invitee: w.invitee, note: w.note } : { ...w, invitedBy: by, invitedAt: at };
  });
}

/** Applies a step body to the programme: only the fields sent change; null clears. */
export function applyStepUpdate(
  programme: Programme,
  key: StepKey,
  body: StepUpdateBodies[StepKey],
  by: UserRef,
  now: Date,
): Programme {
  const at = now.toISOString();
  const step = { ...programme.steps[key] } as Record<string, unknown>;
  const { publish, invitations, posting, ...rest } = body as Record<string, unknown> & {
    publish?: boolean;
    invitations?: { invitee: UserRef; note: string }[];
    posting?: Record<string, unknown> | null;
  };
  for (const [field, value] of Object.entries(rest)) if (value !== undefined) step[field] = value;
  if (key === 'posting') {
    const previous = programme.steps.posting.posting;
    if (posting !== undefined)
      step.posting = posting === null ? null : { ...posting, publishedAt: previous?.publishedAt ?? null };
    const current = step.posting as { publishedAt: string | null; applicationDeadline: string } | null;
    if (publish !== undefined && !current)
      throw invalidInput({
        da: 'der er intet opslag at offentliggøre — skriv opslaget først',
        en: 'there is no posting to publish — write the posting first',
      });
    // Publishing (or editing a published posting) after its deadline, with a new one ahead, is a new round.
    const published = publish ?? Boolean(current?.publishedAt);
    if (current && (publish !== undefined || posting !== undefined)) {
      step.posting = {
        ...current,
        publishedAt: postingRoundStart(previous ?? null, current, published, now, programme.timeZone),
      };
    }
    if (invitations !== undefined) {
      step.invitations = stampInvitations(programme.steps.posting.invitations, invitations, by, at);
    }
    const written = step.posting as { termMonths: number } | null;
    if (written && (posting !== undefined || publish === true)) {
      assertPostingTermInRange(written, programme.settings);
    }
  }
  if (key === 'training' && Array.isArray(step.modules)) {
    // When a module was added is the server's to say: the completion rule reads it.
    const old = new Map(programme.steps.training.modules.map((m) => [m.id, m.addedAt]));
    step.modules = (step.modules as { id: string }[]).map((m) => ({
      ...m,
      addedAt: old.has(m.id) ? old.get(m.id) : at,
    }));
  }
  return programmeSchema.parse({ ...programme, steps: { ...programme.steps, [key]: step }, updatedAt: at });
}

const anyStepBody = z.union(STEP_KEYS.map((key) => stepUpdateBodySchemas[key]));

/** Step content and planning (owner, due date, notes), and the leaders' status override. */
export const stepRoutes = [
  programmeRoute({
    method: 'put',
    path: '/api/v1/programmes/:id/steps/:stepKey',
    summary: "Update one step's content and planning fields (the body shape depends on the step)",
    action: 'step:edit',
    ifMatch: 'required',
    body: anyStepBody,
    bodyFor: (params) => stepUpdateBodySchemas[stepKeyOf(params)],
    response: 'BoardView',
    status: 200,
    handler: async (scope, deps) => {
      const key = stepKeyOf(scope.params);
      const next = applyStepUpdate(
        scope.board.programme,
        key,
        scope.body as StepUpdateBodies[StepKey],
        scope.ctx.user,
        scope.now,
      );
      return boardResult(scope, await saveProgramme(deps, scope, next), 200);
    },
  }),
  programmeRoute({
    method: 'post',
    path: '/api/v1/programmes/:id/steps/:stepKey/override',
    summary: "Set a step's status by hand, with a note saying why",
    action: 'step:override',
    ifMatch: 'required',
    body: stepOverrideBodySchema,
    bodyFor: (params) => (stepKeyOf(params), stepOverrideBodySchema),
    response: 'BoardView',
    status: 200,
    handler: async (scope, deps) => {
      const key = stepKeyOf(scope.params);
      // The override it replaces is kept, so its author can undo it (rules/undo.ts).
      const next = programmeSchema.parse(
        withStepOverride(scope.board.programme, key, scope.body, scope.ctx.user, scope.now),
      );
      return boardResult(scope, await saveProgramme(deps, scope, next), 200);
    },
  }),
  programmeRoute({
    method: 'del',
    path: '/api/v1/programmes/:id/steps/:stepKey/override',
    summary: "Remove a step's override: the derived status applies again",
    action: 'step:override',
    ifMatch: 'required',
    response: 'BoardView',
    status: 200,
    handler: async (scope, deps) => {
      const key = stepKeyOf(scope.params);
      const { programme } = scope.board;
      const at = scope.now.toISOString();
      const next = programmeSchema.parse({
        ...programme,
        steps: { ...programme.steps, [key]: { ...programme.steps[key], override: null } },
        updatedAt: at,
      });
      return boardResult(scope, await saveProgramme(deps, scope, next), 200);
    },
  }),
];
