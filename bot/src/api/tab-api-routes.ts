import type { Server } from 'restify';
import type { ServerDeps } from '../server/server-deps';
import { ambassadorRoutes } from './ambassador-routes';
import { programmeHandler, type ApiRouteDoc, type ProgrammeApiRoute } from './api-route';
import { applicationRoutes } from './application-routes';
import { boardRoutes } from './board-routes';
import { checkInRoutes } from './check-in-routes';
import { feedbackRoutes } from './feedback-routes';
import { keyMessageRoutes } from './key-message-routes';
import { managementAnswerRoutes } from './management-answer-routes';
import { meHandler } from './me-routes';
import { meetingRoutes } from './meeting-routes';
import { buildOpenApiDocument } from './openapi-document';
import { stepRoutes } from './step-routes';

/** Every programme route of the tab's API: registered, documented and tested from this one list. */
export const PROGRAMME_API_ROUTES: readonly ProgrammeApiRoute[] = [
  ...boardRoutes,
  ...stepRoutes,
  ...keyMessageRoutes,
  ...managementAnswerRoutes,
  ...applicationRoutes,
  ...ambassadorRoutes,
  ...meetingRoutes,
  ...checkInRoutes,
  ...feedbackRoutes,
];

export const GLOBAL_API_ROUTES: readonly ApiRouteDoc[] = [
  {
    method: 'get',
    path: '/api/v1/me',
    summary: 'The verified caller',
    response: 'MeView',
    status: 200,
    global: true,
  },
  {
    method: 'get',
    path: '/api/v1/openapi.json',
    summary: 'This API as an OpenAPI 3.1 document',
    response: 'OpenApi',
    status: 200,
    global: true,
    public: true,
  },
];

let cachedDocument: Record<string, unknown> | undefined;

/** The OpenAPI document of the whole tab API (built once). */
export function tabApiOpenApiDocument(): Record<string, unknown> {
  cachedDocument ??= buildOpenApiDocument([...GLOBAL_API_ROUTES, ...PROGRAMME_API_ROUTES]);
  return cachedDocument;
}

/** Registers the tab's API (issue 3) on the server. */
export function registerTabApiRoutes(server: Server, deps: ServerDeps): void {
  // fetch() sends a body-less DELETE without Content-Length; restify's bodyParser would then read
  // it as an "application/octet-stream" body and refuse it. Such a request has no body: say so.
  server.pre((req, _res, next) => {
    if (
      req.method === 'DELETE' &&
      req.url?.startsWith('/api/v1/') &&
      req.headers['content-length'] === undefined &&
      req.headers['transfer-encoding'] === undefined
    ) {
      req.headers['content-length'] = '0';
    }
    return next();
  });
  server.get('/api/v1/me', meHandler(deps));
  server.get('/api/v1/openapi.json', async (_req, res) => {
    res.header('Cache-Control', 'no-cache');
    res.send(200, tabApiOpenApiDocument());
  });
  for (const route of PROGRAMME_API_ROUTES) {
    server[route.method](route.path, programmeHandler(deps, route));
  }
}
