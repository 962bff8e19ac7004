import type { Server } from 'restify';

export interface RegisteredRoute {
  method: string;
  path: string;
}

/** Every route the running server registered, as restify's router holds them. */
export function registeredRoutes(server: Server): RegisteredRoute[] {
  const router = (server as unknown as { router: { getDebugInfo(): Record<string, RegisteredRoute> } })
    .router;
  return Object.values(router.getDebugInfo()).map((route) => ({
    method: route.method.toUpperCase(),
    path: route.path,
  }));
}

/** The routes of the tab's API that need a token: everything under /api/v1 but the OpenAPI document. */
export function authenticatedApiRoutes(server: Server): RegisteredRoute[] {
  return registeredRoutes(server).filter(
    (route) => route.path.startsWith('/api/v1/') && route.path !== '/api/v1/openapi.json',
  );
}

/** A concrete URL for a route pattern: `:id` gets `programmeId`, other parameters a plain word. */
export function concretePath(
  route: RegisteredRoute,
  programmeId: string,
  params: Record<string, string> = {},
): string {
  return route.path.replace(/:(\w+)/g, (_whole, name: string) =>
    encodeURIComponent(name === 'id' ? programmeId : (params[name] ?? name)),
  );
}
