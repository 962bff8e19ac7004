import { createHash, randomUUID } from 'node:crypto';
import type { Server } from 'restify';
import {
  AMBASSADORS_CARD,
  STEP_KEYS,
  DomainError,
  applyProgrammeSettings,
  createProgrammeInputSchema,
  idempotencyKeySchema,
  newProgramme,
  parseProgrammeSettingsChange,
  type Programme,
  type Stored,
} from '@ambassadors/shared';
import { headerValue } from '../caller';
import { authenticatedRoute, type RouteScope } from '../route';
import { assertCallerMayCreate } from './creation-policy-routes';
import type { ServerDeps } from '../server-deps';

/** A programme as listed: enough to choose one, nothing per person. */
export function programmeSummary(programme: Stored<Programme>) {
  return {
    id: programme.id,
    name: programme.name,
    locale: programme.locale,
    purpose: programme.purpose,
    startDate: programme.startDate,
    endDate: programme.endDate,
    owners: programme.owners,
    updatedAt: programme.updatedAt,
    /** Closed programmes are listed apart; null while the programme runs. */
    closedAt: programme.closure?.closedAt ?? null,
    etag: programme.etag,
  };
}

/** The programme with its five steps in the card's order, each with the card's title for it. */
export function programmeWithSteps(programme: Stored<Programme>) {
  return {
    ...programme,
    stepOrder: STEP_KEYS.map((key) => {
      const cardStep = AMBASSADORS_CARD.steps.find((step) => step.key === key)!;
      return { key, title: cardStep.title, description: cardStep.description };
    }),
  };
}

/**
 * The programme id for a creation: random without an idempotency key; with one, derived from the
 * tenant, the caller and the key, so a repeated request (a double click, a retry after a lost
 * answer) names the same programme and the store's "already exists" turns it into a replay.
 */
function programmeIdFor(scope: RouteScope, bodyKey: string | undefined): string {
  const header = headerValue(scope.req, 'idempotency-key');
  const key = header !== undefined ? idempotencyKeySchema.parse(header) : bodyKey;
  if (key === undefined) return randomUUID();
  const digest = createHash('sha256')
    .update(`${scope.ctx.tenantId}\n${scope.ctx.user.userId}\n${key}`)
    .digest('base64url');
  return `p-${digest.slice(0, 40)}`;
}

export function registerProgrammeRoutes(server: Server, deps: ServerDeps): void {
  server.get(
    '/api/v1/programmes',
    authenticatedRoute(deps, async ({ ctx }) => {
      const programmes = await deps.store.listProgrammes(ctx);
      return { status: 200, body: { items: programmes.map(programmeSummary) } };
    }),
  );

  server.post(
    '/api/v1/programmes',
    authenticatedRoute(deps, async (scope) => {
      const { req, ctx } = scope;
      await assertCallerMayCreate(deps, scope);
      const { idempotencyKey, endDate, settings, ...input } = createProgrammeInputSchema.parse(
        req.body ?? {},
      );
      const id = programmeIdFor(scope, idempotencyKey);
      const now = deps.clock.now();
      const fresh = newProgramme({ ...input, id, tenantId: ctx.tenantId, owner: ctx.user, now });
      // The same rule as the settings page, so the form's bounds and messages are the settings'.
      const change = parseProgrammeSettingsChange({
        ...(endDate !== undefined ? { endDate } : {}),
        ...(settings !== undefined ? { settings } : {}),
      });
      const programme = { ...applyProgrammeSettings(fresh, change, ctx.user, now), settingsHistory: [] };
      let stored: Stored<Programme>;
      let status: 200 | 201 = 201;
      try {
        stored = await deps.store.createProgramme(ctx, programme);
      } catch (error) {
        if (!(error instanceof DomainError) || error.code !== 'ALREADY_EXISTS') throw error;
        const existing = await deps.store.getProgramme(ctx, id);
        if (!existing) throw error;
        stored = existing;
        status = 200;
      }
      return {
        status,
        body: programmeWithSteps(stored),
        etag: stored.etag,
        headers: { Location: `/api/v1/programmes/${stored.id}` },
      };
    }),
  );
}
