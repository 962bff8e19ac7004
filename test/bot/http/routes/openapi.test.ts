import {
  GLOBAL_API_ROUTES,
  OPERATIONS_ROUTES,
  PROGRAMME_API_ROUTES,
  PROGRAMME_LIST_ROUTES,
} from '../../../../bot/src/http/routes/tab-api-routes';
import { registeredRoutes } from '../../../support/route-table';
import { api } from '../../../support/start-test-server';
import { startApiWorld, type ApiWorld } from './api-fixture';
import { httpMethod } from './route-params';

/** GET /api/v1/openapi.json: generated from the registered routes and their zod schemas. */
describe('the OpenAPI document', () => {
  let world: ApiWorld;
  let doc: any;

  beforeAll(async () => {
    world = await startApiWorld();
    const response = await api(world.server.baseUrl, '/api/v1/openapi.json');
    expect(response.status).toBe(200);
    doc = response.body;
  });
  afterAll(async () => {
    await world?.close();
  });

  it('is OpenAPI 3.1 with the Teams SSO bearer scheme', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.security).toEqual([{ teamsSso: [] }]);
    expect(doc.components.securitySchemes.teamsSso).toMatchObject({
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'JWT',
    });
    expect(doc.components.schemas.Error.properties.code.enum).toEqual(
      expect.arrayContaining(['TOKEN_INVALID', 'TENANT_NOT_ALLOWED', 'CONFLICT', 'IF_MATCH_REQUIRED']),
    );
  });

  it('documents every route the server registers, with its path parameters', () => {
    for (const route of [
      ...GLOBAL_API_ROUTES,
      ...PROGRAMME_LIST_ROUTES,
      ...PROGRAMME_API_ROUTES,
      ...OPERATIONS_ROUTES,
    ]) {
      const path = route.path.replace(/:(\w+)/g, '{$1}');
      const operation = doc.paths[path]?.[httpMethod(route).toLowerCase()];
      expect({ route: `${httpMethod(route)} ${path}`, documented: operation !== undefined }).toEqual({
        route: `${httpMethod(route)} ${path}`,
        documented: true,
      });
      const pathParams = operation.parameters
        .filter((p: { in: string }) => p.in === 'path')
        .map((p: { name: string }) => p.name);
      expect(pathParams).toEqual([...route.path.matchAll(/:(\w+)/g)].map((m) => m[1]));
      expect(operation.responses[String(route.status)]).toBeDefined();
    }
    expect(
      new Set(
        Object.values(doc.paths).flatMap((item: any) => Object.values(item).map((op: any) => op.operationId)),
      ).size,
    ).toBe(
      GLOBAL_API_ROUTES.length +
        PROGRAMME_LIST_ROUTES.length +
        PROGRAMME_API_ROUTES.length +
        OPERATIONS_ROUTES.length,
    );
  });

  it('lists exactly the routes the running server has under /api/v1 (diagnostics and reminder report too)', () => {
    const served = registeredRoutes(world.server.server)
      .filter((route) => route.path.startsWith('/api/v1/'))
      .map((route) => `${route.method} ${route.path.replace(/:(\w+)/g, '{$1}')}`)
      .sort();
    const documented = Object.entries(doc.paths as Record<string, Record<string, unknown>>)
      .flatMap(([path, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`))
      .sort();
    expect(documented).toEqual(served);
    expect(documented).toEqual(
      expect.arrayContaining([
        'GET /api/v1/admin/diagnostics',
        'GET /api/v1/programmes/{id}/reminders/report',
        'POST /api/v1/programmes/{id}/reminders/resend',
      ]),
    );
  });

  it('request bodies are the zod schemas the server validates with', () => {
    const checkIn =
      doc.paths['/api/v1/programmes/{id}/check-ins'].post.requestBody.content['application/json'].schema;
    expect(checkIn.properties.alignment).toMatchObject({ type: 'integer', minimum: 1, maximum: 5 });
    expect(checkIn.required).toEqual(expect.arrayContaining(['alignment', 'changeCourse']));
    const decision =
      doc.paths['/api/v1/programmes/{id}/applications/{appId}/decision'].post.requestBody.content[
        'application/json'
      ].schema;
    expect(JSON.stringify(decision)).toContain('"selected"');
    const step = doc.paths['/api/v1/programmes/{id}/steps/{stepKey}'].put;
    expect(step.requestBody.content['application/json'].schema.anyOf).toHaveLength(5);
    expect(step.parameters).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'If-Match', in: 'header', required: true })]),
    );
    expect(step.responses['428']).toBeDefined();
    // Smuggled fields are refused: the bodies are closed objects.
    expect(
      doc.paths['/api/v1/programmes/{id}/key-messages'].post.requestBody.content['application/json'].schema
        .additionalProperties,
    ).toBe(false);
  });

  it('responses are described by the board view schemas', () => {
    const boardView = doc.components.schemas.BoardView;
    expect(boardView.required).toEqual(
      expect.arrayContaining(['programme', 'role', 'steps', 'ambassadors', 'permissions']),
    );
    expect(boardView.properties.role.enum).toEqual(['leader', 'ambassador', 'employee']);
    expect(boardView.additionalProperties).toBe(false);
    expect(doc.components.schemas.MeView.properties.mode.enum).toEqual(['local', 'sso']);
  });

  it('the document itself needs no token; everything else does', () => {
    expect(doc.paths['/api/v1/openapi.json'].get.security).toEqual([]);
    expect(doc.paths['/api/v1/me'].get.security).toBeUndefined();
  });
});
