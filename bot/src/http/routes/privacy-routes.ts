import type { Server } from 'restify';
import { DomainError, type TenantContext } from '@ambassadors/shared';
import { deleteProgramme } from '../../application/delete-programme';
import { eraseBodySchema, erasePerson } from '../../application/erase-person';
import { exportPerson } from '../../application/export-person';
import type { PersonDataDeps } from '../../application/person-data-deps';
import { isTenantAdmin } from '../caller';
import { authenticatedRoute } from '../route';
import type { ServerDeps } from '../server-deps';
import { programmeRoute, type ApiRouteDoc, type ProgrammeApiRoute } from './api-route';
import { createCheckInAuthorKey, createLegacyCheckInAuthorKey } from '../../application/check-in-author-key';
import { privacyPageHtml } from './privacy-page';
import { alignmentRaterKeyFor } from '../../application/alignment-rater-key';

/**
 * People's data rights (GDPR art. 15, 17, 20) over the API:
 * - `GET /api/v1/me/export`: the caller's own data as a JSON attachment (never anybody else's);
 * - `POST /api/v1/admin/erase {userId}`: a tenant admin (token `wids`) erases a person in the
 *   whole tenant, bot records included;
 * - `POST /api/v1/programmes/:id/erasure {userId}`: a programme owner erases a person from that
 *   programme and its reminders and card actions;
 * - `DELETE /api/v1/programmes/:id`: an owner deletes the programme with everything it owns;
 * - `GET /privacy`: the public privacy page (da/en) the manifest's `privacyUrl` points at.
 */

type AuthorKeys = NonNullable<PersonDataDeps['authorKeysFor']>;

/** One author-key function per server (its secret), as the check-in routes derive it. */
const authorKeys = new WeakMap<ServerDeps, AuthorKeys>();

function personDataDeps(deps: ServerDeps): PersonDataDeps {
  const deliveryStore = deps.bot?.deliveryStore;
  // Without the delivery store an erasure would leave the bot's records behind: refuse instead.
  if (!deliveryStore) throw new DomainError('BOT_NOT_CONFIGURED');
  let authorKey = authorKeys.get(deps);
  if (!authorKey) {
    const personKey = createCheckInAuthorKey(deps.checkInAuthorSecret);
    const legacyKey = createLegacyCheckInAuthorKey(deps.checkInAuthorSecret);
    authorKey = (programmeId, userId, ambassadorshipIds) => [
      personKey(programmeId, userId),
      ...ambassadorshipIds.map((id) => legacyKey(programmeId, id)),
    ];
    authorKeys.set(deps, authorKey);
  }
  return {
    store: deps.store,
    deliveryStore,
    clock: deps.clock,
    authorKeysFor: authorKey,
    alignmentRaterKey: alignmentRaterKeyFor(deps.checkInAuthorSecret),
  };
}

/** Logged for the audit trail: who erased whom (ids only) and how much. */
function auditErasure(deps: ServerDeps, ctx: TenantContext, report: object): void {
  deps.logger.info({ tenantId: ctx.tenantId, by: ctx.user.userId, ...report }, 'person erased');
}

export const PRIVACY_GLOBAL_ROUTES: readonly ApiRouteDoc[] = [
  {
    method: 'get',
    path: '/api/v1/me/export',
    summary:
      'Everything the app holds about the caller in their tenant (GDPR art. 15/20), as a JSON attachment',
    response: 'PersonExport',
    status: 200,
    global: true,
  },
  {
    method: 'post',
    path: '/api/v1/admin/erase',
    summary:
      'Tenant admins only: erase a person in the whole tenant (GDPR art. 17); their own records go, stamps become "Erased person", check-in text stays unlinked',
    body: eraseBodySchema,
    response: 'ErasureReport',
    status: 200,
    global: true,
  },
];

export const PRIVACY_PROGRAMME_ROUTES: readonly ProgrammeApiRoute[] = [
  programmeRoute({
    method: 'post',
    path: '/api/v1/programmes/:id/erasure',
    summary: 'Erase a person from this programme and its reminders and card actions (GDPR art. 17)',
    action: 'person:erase',
    whenClosed: 'allowed',
    body: eraseBodySchema,
    response: 'ErasureReport',
    status: 200,
    async handler({ ctx, board, body }, deps) {
      const report = await erasePerson(personDataDeps(deps), {
        ctx,
        userId: body.userId,
        scope: { programmeIds: [board.programme.id] },
      });
      auditErasure(deps, ctx, { programmeId: board.programme.id, ...report });
      return { status: 200, body: report };
    },
  }),
  programmeRoute({
    method: 'del',
    path: '/api/v1/programmes/:id',
    summary: 'Delete the programme with everything it owns, in every container',
    action: 'programme:delete',
    whenClosed: 'allowed',
    response: 'ProgrammeDeletion',
    status: 200,
    async handler({ ctx, board }, deps) {
      const report = await deleteProgramme(personDataDeps(deps), ctx, board.programme.id);
      deps.logger.info({ tenantId: ctx.tenantId, by: ctx.user.userId, ...report }, 'programme deleted');
      return { status: 200, body: report };
    },
  }),
];

export function registerPrivacyRoutes(server: Server, deps: ServerDeps): void {
  server.get(
    '/api/v1/me/export',
    authenticatedRoute(deps, async ({ ctx }) => {
      const body = await exportPerson(personDataDeps(deps), ctx);
      const day = body.exportedAt.slice(0, 10);
      return {
        status: 200,
        body,
        headers: { 'Content-Disposition': `attachment; filename="ambassadors-my-data-${day}.json"` },
      };
    }),
  );
  server.post(
    '/api/v1/admin/erase',
    authenticatedRoute(deps, async ({ req, caller, ctx }) => {
      if (!isTenantAdmin(caller)) throw new DomainError('TENANT_ADMIN_REQUIRED');
      const { userId } = eraseBodySchema.parse(req.body ?? {});
      const report = await erasePerson(personDataDeps(deps), { ctx, userId, scope: 'tenant' });
      auditErasure(deps, ctx, report);
      return { status: 200, body: report };
    }),
  );
  server.get('/privacy', async (req, res) => {
    const html = privacyPageHtml(req);
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-cache',
      'Content-Length': Buffer.byteLength(html),
    });
    res.end(html);
  });
}
