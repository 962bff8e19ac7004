import type { Server } from 'restify';
import { createProgrammeInputSchema } from '@ambassadors/shared';
import type { ServerDeps } from '../server-deps';
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
import { resendSchema } from './bot-routes';
import { buildOpenApiDocument } from './openapi-document';
import { PRIVACY_GLOBAL_ROUTES, PRIVACY_PROGRAMME_ROUTES, registerPrivacyRoutes } from './privacy-routes';
import { stepRoutes } from './step-routes';
import { CREATION_POLICY_ROUTES, registerCreationPolicyRoutes } from './creation-policy-routes';
import { programmeSettingsRoutes } from './programme-settings-routes';
import { peopleRoutes } from './people-routes';
import { closureRoutes } from './closure-routes';
import { reportRoutes } from './report-routes';
import { trainingRoutes } from './training-routes';
import { BOARD_EVENTS_ROUTE, registerBoardEventRoutes } from './board-event-routes';
import { meetingLiveRoutes } from './meeting-live-routes';
import { workshopRoutes } from './workshop-routes';
import { alignmentRoundRoutes } from './alignment-round-routes';
import { undoRoutes } from './undo-routes';
import { openSituationRoutes } from './open-situation-routes';

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
  ...PRIVACY_PROGRAMME_ROUTES,
  ...programmeSettingsRoutes,
  ...peopleRoutes,
  ...closureRoutes,
  ...reportRoutes,
  ...meetingLiveRoutes,
  ...workshopRoutes,
  ...alignmentRoundRoutes,
  ...undoRoutes,
  ...openSituationRoutes,
  ...trainingRoutes,
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
  ...PRIVACY_GLOBAL_ROUTES,
  ...CREATION_POLICY_ROUTES,
];

/**
 * Routes the tab uses that live in programme-routes.ts: documented here so the
 * OpenAPI document covers everything the tab calls; registered there.
 */
export const PROGRAMME_LIST_ROUTES: readonly ApiRouteDoc[] = [
  {
    method: 'get',
    path: '/api/v1/programmes',
    summary: "The caller's tenant's programmes (to pick one, e.g. on the channel tab's configuration page)",
    response: 'ProgrammeList',
    status: 200,
    global: true,
  },
  {
    method: 'post',
    path: '/api/v1/programmes',
    summary: 'Create a programme from the card; the caller becomes its owner (leader)',
    body: createProgrammeInputSchema,
    response: 'Programme',
    status: 201,
    global: true,
  },
];

/**
 * Routes registered elsewhere (diagnostics-routes.ts, bot-routes.ts) that the tab and admins
 * call: documented here so the OpenAPI document lists every route under /api/v1.
 */
export const OPERATIONS_ROUTES: readonly ApiRouteDoc[] = [
  {
    method: 'get',
    path: '/api/v1/admin/diagnostics',
    summary: 'What works and what to fix: store, sign-in, bot, reach (about the caller’s own tenant)',
    access: 'Tenant admins (Global or Teams Administrator, from the token) and programme owners.',
    response: 'Diagnostics',
    status: 200,
    global: true,
  },
  {
    method: 'get',
    path: '/api/v1/programmes/:id/reminders/report',
    summary: 'Per reminder: delivered, acted on, unreachable or unknown',
    access: 'Leaders of the programme.',
    response: 'ReminderReport',
    status: 200,
  },
  {
    method: 'post',
    path: '/api/v1/programmes/:id/reminders/resend',
    summary: "Queue a reminder again for recipients whose delivery is 'unknown'",
    access: 'Leaders of the programme.',
    body: resendSchema,
    response: 'Requeued',
    status: 200,
  },
  BOARD_EVENTS_ROUTE,
  {
    method: 'get',
    path: '/api/v1/programmes/:id/reminders/preview',
    summary: 'What the bot will send in the coming 14 days: kind, recipients, time (the scheduler simulated)',
    access: 'Leaders of the programme.',
    response: 'ReminderPreview',
    status: 200,
  },
];

let cachedDocument: Record<string, unknown> | undefined;

/** The OpenAPI document of the whole tab API (built once). */
export function tabApiOpenApiDocument(): Record<string, unknown> {
  cachedDocument ??= buildOpenApiDocument([
    ...GLOBAL_API_ROUTES,
    ...PROGRAMME_LIST_ROUTES,
    ...PROGRAMME_API_ROUTES,
    ...OPERATIONS_ROUTES,
  ]);
  return cachedDocument;
}

/** Registers the tab's API on the server. */
export function registerTabApiRoutes(server: Server, deps: ServerDeps): void {
  server.get('/api/v1/me', meHandler(deps));
  server.get('/api/v1/openapi.json', async (_req, res) => {
    res.send(200, tabApiOpenApiDocument());
  });
  registerCreationPolicyRoutes(server, deps);
  for (const route of PROGRAMME_API_ROUTES) {
    server[route.method](route.path, programmeHandler(deps, route));
  }
  registerPrivacyRoutes(server, deps);
  registerBoardEventRoutes(server, deps);
}
