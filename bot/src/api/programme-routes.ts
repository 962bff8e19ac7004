import { randomUUID } from 'node:crypto';
import type { Server } from 'restify';
import {
  AMBASSADORS_CARD,
  STEP_KEYS,
  createProgrammeInputSchema,
  newProgramme,
  type Programme,
  type Stored,
} from '@ambassadors/shared';
import { authenticatedRoute } from '../server/route';
import type { ServerDeps } from '../server/server-deps';

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
    authenticatedRoute(deps, async ({ req, ctx }) => {
      const input = createProgrammeInputSchema.parse(req.body ?? {});
      const programme = newProgramme({
        ...input,
        id: randomUUID(),
        tenantId: ctx.tenantId,
        owner: ctx.user,
        now: deps.clock.now(),
      });
      const stored = await deps.store.createProgramme(ctx, programme);
      return {
        status: 201,
        body: programmeWithSteps(stored),
        etag: stored.etag,
        headers: { Location: `/api/v1/programmes/${stored.id}` },
      };
    }),
  );
}
