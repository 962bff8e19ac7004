import { z } from 'zod';
import {
  ERROR_CATALOGUE,
  boardViewSchema,
  feedbackOverviewViewSchema,
  meViewSchema,
} from '@ambassadors/shared';
import type { ApiRouteDoc } from './api-route';

/**
 * The OpenAPI 3.1 document of the tab's API, generated from the same route list and zod schemas
 * the server validates with (zod 4's JSON Schema output is draft 2020-12, which OpenAPI 3.1 uses),
 * so the document cannot drift from what the server accepts. Responses use the board view's
 * schemas (shared/src/views/board-view-schema.ts), which the API tests parse real answers with.
 */
function jsonSchema(schema: z.ZodType, io: 'input' | 'output' = 'input'): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return rest;
}

function openApiPath(path: string): string {
  return path.replace(/:(\w+)/g, '{$1}');
}

const PARAM_DOCS: Record<string, string> = {
  id: 'The programme id',
  stepKey: 'One of taskPlan, posting, agreement, training, meetings',
  key: 'One of selectAmbassadors, passOnInformation, scopeOfRole',
  appId: 'The application id',
  ambId: 'The ambassadorship id',
  moduleId: 'The training module id',
  sessionId: 'The training session id',
  meetingId: 'The meeting id',
};

const RESPONSE_DOCS: Record<ApiRouteDoc['response'], string> = {
  BoardView: "The board as the caller's role may see it (shared/src/views/board-view.ts: BoardView)",
  MeView: 'The verified caller (shared/src/views/board-view.ts: MeView)',
  FeedbackOverview:
    'Aggregates only; each is { hidden: true, reason: "belowThreshold", minimum } below its threshold',
  OpenApi: 'This document',
  ProgrammeList:
    "{ items: [...] }: the caller's tenant's programmes (id, name, locale, purpose, dates, owners, closedAt, etag)",
  Programme: 'The programme with its five steps in card order (stepOrder)',
  Diagnostics:
    "{ generatedAt, overall, checks: [{ id, status, message, fixes, details }] } about the caller's own tenant only",
  ReminderReport: '{ reminders: [...] }: per reminder, who it reached, who acted and who is unknown',
  Requeued: '{ requeued }: how many recipients were queued again',
  ReminderPreview:
    '{ timeZone, from, to, items: [{ kind, at, localDate, localTime, recipients, paused, alsoListed }], explanation }: what the bot will send in the coming 14 days (shared/src/schedule/reminder-preview.ts)',
  PersonExport:
    'Everything held about the caller (shared/src/privacy/person-export.ts: PersonExport); sent as an attachment',
  ErasureReport:
    'Counts of what the erasure deleted, pseudonymised and unlinked (bot/src/application/erase-person.ts)',
  ProgrammeDeletion: 'Counts of the documents deleted in each container',
  CreationPolicy:
    '{ kind, mayCreate, mayChange, userIds?, groupIds? }: who may create programmes in the tenant (lists for admins only)',
  PeoplePage:
    "{ people: [{ id, displayName, upn, mail, jobTitle }], nextPage, source }: people found in the caller's directory",
  ReportHtml: 'The management report as one print-ready HTML page (shared/src/report/management-report.ts)',
  ReportPdf: 'The same report as a one-page PDF',
  ReportCsv: "The programme's non-personal figures of the same report as CSV (section,key,label,value)",
  BoardEvents:
    'text/event-stream: `ready` and `board-changed` events with { programmeId, version } (no board content); re-read the board on each',
};

/** Responses that are not JSON: the report in its three renderings. */
const RESPONSE_MEDIA: Partial<Record<ApiRouteDoc['response'], string>> = {
  ReportHtml: 'text/html',
  ReportPdf: 'application/pdf',
  ReportCsv: 'text/csv',
  BoardEvents: 'text/event-stream',
};

const errorRef = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

export function buildOpenApiDocument(routes: readonly ApiRouteDoc[]): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const method = route.method === 'del' ? 'delete' : route.method;
    const params = [...route.path.matchAll(/:(\w+)/g)].map((m) => m[1]!);
    const operation: Record<string, unknown> = {
      operationId: `${method}${openApiPath(route.path).replace(/[^A-Za-z0-9]+(\w)?/g, (_m, c: string | undefined) => (c ?? '').toUpperCase())}`,
      summary: route.summary,
      ...(route.action ? { description: `Needs the programme permission \`${route.action}\`.` } : {}),
      ...(route.access ? { description: route.access } : {}),
      ...(route.public ? { security: [] } : {}),
      parameters: [
        ...params.map((name) => ({
          name,
          in: 'path',
          required: true,
          description: PARAM_DOCS[name] ?? name,
          schema: { type: 'string' },
        })),
        ...(route.ifMatch
          ? [
              {
                name: 'If-Match',
                in: 'header',
                required: route.ifMatch === 'required',
                description:
                  'The ETag of the document this change builds on; 409 CONFLICT when it has changed since',
                schema: { type: 'string' },
              },
            ]
          : []),
        {
          name: 'lang',
          in: 'query',
          required: false,
          description: 'Language of error messages (da or en); else Accept-Language',
          schema: { type: 'string', enum: ['da', 'en'] },
        },
      ],
      ...(route.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: jsonSchema(route.body) } },
            },
          }
        : {}),
      responses: {
        [String(route.status)]: {
          description: RESPONSE_DOCS[route.response],
          headers: {
            ETag: { schema: { type: 'string' }, description: 'Version of the document read or written' },
          },
          content: {
            [RESPONSE_MEDIA[route.response] ?? 'application/json']: {
              schema: { $ref: `#/components/schemas/${route.response}` },
            },
          },
        },
        ...(route.body ? { '400': errorRef('VALIDATION_FAILED: the body does not match the schema') } : {}),
        ...(route.public ? {} : { '401': errorRef('UNAUTHENTICATED, TOKEN_INVALID or TENANT_NOT_ALLOWED') }),
        ...(route.action || route.access
          ? { '403': errorRef("FORBIDDEN: the caller's role may not do this") }
          : {}),
        ...(route.global ? {} : { '404': errorRef("NOT_FOUND: no such programme in the caller's tenant") }),
        ...(route.method === 'get'
          ? {}
          : { '409': errorRef('CONFLICT (someone else changed it) or a domain rule') }),
        ...(route.ifMatch === 'required' ? { '428': errorRef('IF_MATCH_REQUIRED') } : {}),
        ...(route.body
          ? {
              '413': errorRef('PAYLOAD_TOO_LARGE: the body is over the limit (BODY_LIMIT_BYTES)'),
              '415': errorRef('UNSUPPORTED_MEDIA_TYPE: bodies are application/json only'),
            }
          : {}),
        ...(route.public
          ? {}
          : {
              '429': {
                ...errorRef(
                  'RATE_LIMITED, or a creation quota (PROGRAMME_QUOTA_EXCEEDED, CHECK_IN_QUOTA_EXCEEDED)',
                ),
                headers: { 'Retry-After': { schema: { type: 'integer' }, description: 'Seconds to wait' } },
              },
            }),
      },
    };
    const key = openApiPath(route.path);
    paths[key] = { ...paths[key], [method]: operation };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Ambassadors for Microsoft Teams — tab API',
      version: '1.0.0',
      description:
        'The REST API behind the Teams tab. Every call carries the Teams single sign-on token ' +
        '(authentication.getAuthToken()) as a bearer token; tenant and user come only from it. ' +
        "Errors are { code, message } with the message in the caller's language.",
    },
    servers: [{ url: '/' }],
    security: [{ teamsSso: [] }],
    paths,
    components: {
      securitySchemes: {
        teamsSso: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description: 'Entra ID v2 access token for this app with the access_as_user scope',
        },
      },
      schemas: {
        Error: {
          type: 'object',
          required: ['code', 'message'],
          properties: {
            code: { type: 'string', enum: Object.keys(ERROR_CATALOGUE) },
            message: { type: 'string', description: "In the caller's language" },
          },
        },
        BoardView: { ...jsonSchema(boardViewSchema, 'output'), description: RESPONSE_DOCS.BoardView },
        MeView: { ...jsonSchema(meViewSchema, 'output'), description: RESPONSE_DOCS.MeView },
        FeedbackOverview: {
          ...jsonSchema(feedbackOverviewViewSchema, 'output'),
          description: RESPONSE_DOCS.FeedbackOverview,
        },
        OpenApi: { type: 'object' },
        ProgrammeList: { type: 'object', description: RESPONSE_DOCS.ProgrammeList },
        Programme: { type: 'object', description: RESPONSE_DOCS.Programme },
        Diagnostics: { type: 'object', description: RESPONSE_DOCS.Diagnostics },
        ReminderReport: { type: 'object', description: RESPONSE_DOCS.ReminderReport },
        Requeued: { type: 'object', description: RESPONSE_DOCS.Requeued },
        ReminderPreview: { type: 'object', description: RESPONSE_DOCS.ReminderPreview },
        PersonExport: { type: 'object', description: RESPONSE_DOCS.PersonExport },
        ErasureReport: { type: 'object', description: RESPONSE_DOCS.ErasureReport },
        ProgrammeDeletion: { type: 'object', description: RESPONSE_DOCS.ProgrammeDeletion },
        CreationPolicy: { type: 'object', description: RESPONSE_DOCS.CreationPolicy },
        PeoplePage: { type: 'object', description: RESPONSE_DOCS.PeoplePage },
        ReportHtml: { type: 'string', description: RESPONSE_DOCS.ReportHtml },
        ReportPdf: { type: 'string', format: 'binary', description: RESPONSE_DOCS.ReportPdf },
        ReportCsv: { type: 'string', description: RESPONSE_DOCS.ReportCsv },
        BoardEvents: { type: 'string', description: RESPONSE_DOCS.BoardEvents },
      },
    },
  };
}
