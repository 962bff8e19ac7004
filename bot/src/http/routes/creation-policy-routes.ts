import type { Server } from 'restify';
import {
  DEFAULT_CREATION_POLICY,
  DomainError,
  assertMayCreateProgramme,
  creationPolicySchema,
  mayCreateProgramme,
  type CreationPolicy,
  type CreatorFacts,
} from '@ambassadors/shared';
import { isTenantAdmin, type CallerIdentity } from '../caller';
import { authenticatedRoute, ifMatch, type RouteScope } from '../route';
import type { ServerDeps } from '../server-deps';
import type { ApiRouteDoc } from './api-route';

/**
 * The tenant's policy on who may create programmes, as it applies to a caller: local mode (the
 * demo on one machine) lets everyone; otherwise the tenant's stored choice, or the installation's
 * default (PROGRAMME_CREATION_DEFAULT, `named`) until a tenant admin chooses.
 */
export async function creationPolicyOf(
  deps: ServerDeps,
  scope: Pick<RouteScope, 'ctx'>,
): Promise<{ policy: CreationPolicy; etag: string | null; stored: boolean }> {
  if (deps.config.mode === 'local')
    return { policy: { ...DEFAULT_CREATION_POLICY, kind: 'everyone' }, etag: null, stored: false };
  const stored = await deps.store.getTenantSettings(scope.ctx);
  if (stored) return { policy: stored.creationPolicy, etag: stored.etag, stored: true };
  return {
    policy: { ...DEFAULT_CREATION_POLICY, kind: deps.config.creationPolicyDefault },
    etag: null,
    stored: false,
  };
}

export function creatorFacts(caller: CallerIdentity): CreatorFacts {
  return { userId: caller.user.userId, groupIds: caller.groups ?? [], isTenantAdmin: isTenantAdmin(caller) };
}

/** The check POST /api/v1/programmes makes before anything is created (403 with the reason). */
export async function assertCallerMayCreate(deps: ServerDeps, scope: RouteScope): Promise<void> {
  const { policy } = await creationPolicyOf(deps, scope);
  assertMayCreateProgramme(policy, creatorFacts(scope.caller));
}

const PATH = '/api/v1/programme-creation-policy';

/** Documented in the OpenAPI document with the other global routes. */
export const CREATION_POLICY_ROUTES: readonly ApiRouteDoc[] = [
  {
    method: 'get',
    path: PATH,
    summary:
      'Who may create programmes in the caller’s tenant, and whether the caller may (admins also see the named people and groups)',
    response: 'CreationPolicy',
    status: 200,
    global: true,
  },
  {
    method: 'put',
    path: PATH,
    summary:
      'Set who may create programmes: everyone, tenant admins and named people or groups, or tenant admins only',
    access: 'Tenant admins (Global or Teams Administrator, from the token).',
    body: creationPolicySchema,
    ifMatch: 'optional',
    response: 'CreationPolicy',
    status: 200,
    global: true,
  },
];

export function registerCreationPolicyRoutes(server: Server, deps: ServerDeps): void {
  server.get(
    PATH,
    authenticatedRoute(deps, async (scope) => {
      const { policy, etag } = await creationPolicyOf(deps, scope);
      const admin = isTenantAdmin(scope.caller);
      return {
        status: 200,
        body: {
          kind: policy.kind,
          ...(admin ? { userIds: policy.userIds, groupIds: policy.groupIds } : {}),
          mayCreate: mayCreateProgramme(policy, creatorFacts(scope.caller)),
          mayChange: admin && deps.config.mode !== 'local',
        },
        ...(etag ? { etag } : {}),
      };
    }),
  );
  server.put(
    PATH,
    authenticatedRoute(deps, async (scope) => {
      if (deps.config.mode === 'local' || !isTenantAdmin(scope.caller)) throw new DomainError('FORBIDDEN');
      const policy = creationPolicySchema.parse(scope.req.body ?? {});
      const current = await creationPolicyOf(deps, scope);
      const sent = ifMatch(scope.req);
      if (sent !== undefined && sent !== current.etag) throw new DomainError('CONFLICT');
      const saved = await deps.store.saveTenantSettings(
        scope.ctx,
        {
          tenantId: scope.ctx.tenantId,
          creationPolicy: policy,
          updatedBy: scope.ctx.user,
          updatedAt: deps.clock.now().toISOString(),
        },
        current.etag,
      );
      return {
        status: 200,
        body: { ...saved.creationPolicy, mayCreate: true, mayChange: true },
        etag: saved.etag,
      };
    }),
  );
}
