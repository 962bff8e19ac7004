import type { MeView } from '@ambassadors/shared';
import { authenticatedRoute } from '../route';
import type { ServerDeps } from '../server-deps';

/** `GET /api/v1/me`: who the server thinks the caller is — from the verified token only. */
export function meHandler(deps: ServerDeps) {
  return authenticatedRoute(deps, async ({ caller, locale }) => {
    const body: MeView = { user: caller.user, tenantId: caller.tenantId, mode: deps.config.mode, locale };
    return { status: 200, body };
  });
}
