import type { z } from 'zod';
import {
  DomainError,
  assertCan,
  assertProgrammeOpen,
  idSchema,
  roleOf,
  type ProgrammeAction,
  type ProgrammeBoard,
  type ProgrammeRole,
} from '@ambassadors/shared';
import { authenticatedRoute, ifMatch, type RouteResult, type RouteScope } from '../route';
import type { ServerDeps } from '../server-deps';
import type { BoardViewOptions } from '@ambassadors/shared/views/alignment-round-view';
import { alignmentRaterKeyFor } from '../../application/alignment-rater-key';

/**
 * One route of the tab's API, declared as data: method, path, the role permission it needs, its
 * body schema and whether it updates an existing document (If-Match). The same list registers the
 * routes, generates the OpenAPI document and drives the tests that loop over every route (another
 * tenant's id → 404, an employee on a leader's route → 403), so none can be forgotten.
 *
 * Programme routes run in a fixed order, so the answers are predictable: authenticate (401) →
 * load the board in the caller's tenant (404 for another tenant's id) → a write on a closed
 * programme (409 PROGRAMME_CLOSED) → role check (403) →
 * If-Match present where required (428) → body validation (400) → the handler.
 */
export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'del';

export interface ProgrammeScope<B> extends RouteScope {
  board: ProgrammeBoard;
  role: ProgrammeRole;
  now: Date;
  params: Record<string, string>;
  /** The If-Match header without quotes, when sent. */
  ifMatch: string | undefined;
  body: B;
  /** What the caller's board view needs beyond the board: the alignment round's pseudonyms. */
  viewOptions?: BoardViewOptions;
}

export interface ApiRouteDoc {
  method: HttpMethod;
  path: string;
  summary: string;
  /** The permission checked after loading the board; undefined = any role of the programme. */
  action?: ProgrammeAction;
  /** For docs and validation; `bodyFor` may refine it per request (e.g. per step). */
  body?: z.ZodType;
  /** 'required': updates an existing document — If-Match must carry its ETag. */
  ifMatch?: 'required' | 'optional';
  /** Response body, for the OpenAPI document. */
  response:
    | 'BoardView'
    | 'MeView'
    | 'FeedbackOverview'
    | 'OpenApi'
    | 'ProgrammeList'
    | 'Programme'
    | 'Diagnostics'
    | 'ReminderReport'
    | 'Requeued'
    | 'PersonExport'
    | 'ErasureReport'
    | 'ProgrammeDeletion'
    | 'CreationPolicy'
    | 'PeoplePage'
    | 'ReportHtml'
    | 'ReportPdf'
    | 'ReportCsv'
    | 'BoardEvents'
    | 'ReminderPreview';
  /** Status of a successful answer. */
  status: 200 | 201;
  /** True for routes outside a programme (me, openapi). */
  global?: boolean;
  /** Public routes need no token (the OpenAPI document). */
  public?: boolean;
  /** Who may call a route checked outside the permission table (e.g. leaders, tenant admins); documents its 403. */
  access?: string;
  /**
   * 'allowed': a write that still works on a closed programme (reopening it, the planned exits,
   * data rights). Every other write is refused there by `assertProgrammeOpen`.
   */
  whenClosed?: 'allowed';
}

export interface ProgrammeApiRoute<B = unknown> extends ApiRouteDoc {
  bodyFor?: (params: Record<string, string>) => z.ZodType<B>;
  handler(scope: ProgrammeScope<B>, deps: ServerDeps): Promise<RouteResult>;
}

/** Declares a programme route with a typed body. */
export function programmeRoute<S extends z.ZodType | undefined = undefined>(
  route: Omit<ApiRouteDoc, 'body'> & {
    body?: S;
    bodyFor?: (params: Record<string, string>) => z.ZodType;
    handler(
      scope: ProgrammeScope<S extends z.ZodType ? z.infer<S> : undefined>,
      deps: ServerDeps,
    ): Promise<RouteResult>;
  },
): ProgrammeApiRoute {
  return route as unknown as ProgrammeApiRoute;
}

function paramsOf(req: RouteScope['req']): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries((req.params ?? {}) as Record<string, unknown>)) {
    if (typeof value === 'string') params[name] = value;
  }
  return params;
}

/** Wraps a programme route into a restify handler with the fixed order of checks. */
export function programmeHandler(deps: ServerDeps, route: ProgrammeApiRoute) {
  return authenticatedRoute(deps, async (scope) => {
    const params = paramsOf(scope.req);
    // An id that could never exist is simply not found (never a 400 that tells ids apart).
    if (!idSchema.safeParse(params.id).success) throw new DomainError('NOT_FOUND');
    const board = await deps.store.loadBoard(scope.ctx, params.id!);
    if (!board) throw new DomainError('NOT_FOUND');
    const now = deps.clock.now();
    const role = roleOf(board, scope.ctx.user.userId, now);
    // A closed programme is read-only: one rule for every write route, declared or added later.
    // It comes before the role, so a former ambassador's click is told why, not "forbidden".
    if (route.method !== 'get' && route.whenClosed !== 'allowed') assertProgrammeOpen(board.programme);
    if (route.action) assertCan(role, route.action);
    const etag = ifMatch(scope.req);
    if (route.ifMatch === 'required' && !etag) throw new DomainError('IF_MATCH_REQUIRED');
    const schema = route.bodyFor ? route.bodyFor(params) : route.body;
    const body: unknown = schema ? schema.parse(scope.req.body ?? {}) : undefined;
    const viewOptions = { alignmentRaterKey: alignmentRaterKeyFor(deps.checkInAuthorSecret) };
    return route.handler({ ...scope, board, role, now, params, ifMatch: etag, body, viewOptions }, deps);
  });
}
