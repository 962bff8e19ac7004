import type { Server } from 'restify';
import { DomainError, type OutboxRecord } from '@ambassadors/shared';
import { isTenantAdmin } from '../caller';
import { runDiagnostics } from '../../diagnostics/run-diagnostics';
import { authenticatedRoute } from '../route';
import type { ServerDeps } from '../server-deps';

/**
 * `GET /api/v1/admin/diagnostics`: for tenant admins (Global or Teams Administrator, from the
 * token's `wids`) and programme owners. Owners see delivery findings for their own programmes;
 * admins for every programme of their tenant — never another tenant's.
 */
export function registerDiagnosticsRoutes(server: Server, deps: ServerDeps): void {
  server.get(
    '/api/v1/admin/diagnostics',
    authenticatedRoute(deps, async ({ caller, ctx, locale }) => {
      const programmes = await deps.store.listProgrammes(ctx);
      const admin = isTenantAdmin(caller);
      const visible = admin
        ? programmes
        : programmes.filter((programme) =>
            programme.owners.some((owner) => owner.userId === caller.user.userId),
          );
      if (!admin && visible.length === 0) throw new DomainError('FORBIDDEN');
      const deliveryStore = deps.bot?.deliveryStore;
      const report = await runDiagnostics({
        config: deps.config,
        locale,
        now: deps.clock.now(),
        callerTenantId: caller.tenantId,
        pingStore: () => deps.store.ping(),
        ...(deps.probeBotToken ? { probeBotToken: deps.probeBotToken } : {}),
        ...(deliveryStore
          ? {
              outbox: async () => {
                const lists = await Promise.all(
                  visible.map((programme) => deliveryStore.listOutbox(caller.tenantId, programme.id)),
                );
                return lists.flat() as OutboxRecord[];
              },
            }
          : {}),
      });
      return { status: 200, body: report };
    }),
  );
}
