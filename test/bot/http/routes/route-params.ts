import type { ApiRouteDoc } from '../../../../bot/src/http/routes/api-route';

/** Real ids of the seeded demo board, to fill every route's path parameters. */
export const DEMO_PARAMS: Record<string, string> = {
  stepKey: 'taskPlan',
  key: 'selectAmbassadors',
  appId: 'app-local-amb-1',
  ambId: 'amb-jonas',
  moduleId: 'mod-rolle',
  meetingId: 'meeting-next',
};

export function routeUrl(
  route: Pick<ApiRouteDoc, 'path'>,
  programmeId: string,
  params = DEMO_PARAMS,
): string {
  return route.path.replace(/:(\w+)/g, (_whole, name: string) =>
    encodeURIComponent(name === 'id' ? programmeId : (params[name] ?? name)),
  );
}

export function httpMethod(route: Pick<ApiRouteDoc, 'method'>): string {
  return route.method === 'del' ? 'DELETE' : route.method.toUpperCase();
}
