import { can, type ProgrammeRole } from '@ambassadors/shared';
import { PROGRAMME_API_ROUTES } from '../../../../bot/src/http/routes/tab-api-routes';
import { A, PEOPLE, demoBoardWithId, seedBoard, startApiWorld, type ApiWorld } from './api-fixture';
import { httpMethod, routeUrl } from './route-params';

/**
 * Roles are enforced by the server, route by route, from the domain's permission table: an
 * employee (or an ambassador) calling a leader's route gets 403, whatever the body.
 */
describe('role checks of the tab API', () => {
  let world: ApiWorld;

  beforeAll(async () => {
    world = await startApiWorld();
    await seedBoard(world.server.store, demoBoardWithId(A, 'programme-a', new Date()));
  });
  afterAll(async () => {
    await world?.close();
  });

  const callers: Record<Exclude<ProgrammeRole, 'leader'>, { userId: string; displayName: string }> = {
    employee: PEOPLE.employee,
    ambassador: PEOPLE.activeAmbassador,
  };

  const forbidden = (role: Exclude<ProgrammeRole, 'leader'>) =>
    PROGRAMME_API_ROUTES.filter((route) => route.action && !can(role, route.action)).map((route) => ({
      route,
      name: `${httpMethod(route)} ${route.path}`,
    }));

  it('the role of each demo person is what the board says', async () => {
    for (const [role, person] of Object.entries({ ...callers, leader: PEOPLE.leader })) {
      const board = await world.as(person)('/api/v1/programmes/programme-a/board');
      expect(board.body.role).toBe(role);
    }
  });

  it.each(forbidden('employee'))('employee → $name → 403 FORBIDDEN', async ({ route }) => {
    const response = await world.as(callers.employee)(routeUrl(route, 'programme-a'), {
      method: httpMethod(route),
      body: route.method === 'get' ? undefined : {},
      headers: { 'if-match': '"whatever"' },
    });
    expect(response.status).toBe(403);
    expect(response.body).toEqual({
      code: 'FORBIDDEN',
      message: 'Your role in the programme does not allow this.',
    });
  });

  it.each(forbidden('ambassador'))('ambassador → $name → 403 FORBIDDEN', async ({ route }) => {
    const response = await world.as(callers.ambassador)(routeUrl(route, 'programme-a'), {
      method: httpMethod(route),
      body: route.method === 'get' ? undefined : {},
      headers: { 'if-match': '"whatever"' },
    });
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('FORBIDDEN');
  });

  it('the employee list covers the leader routes (steps, selection, feedback overview …)', () => {
    const paths = forbidden('employee').map((r) => r.name);
    expect(paths).toEqual(
      expect.arrayContaining([
        'PUT /api/v1/programmes/:id/steps/:stepKey',
        'POST /api/v1/programmes/:id/ambassadors',
        'GET /api/v1/programmes/:id/feedback/overview',
        'POST /api/v1/programmes/:id/decisions',
      ]),
    );
  });

  it('an ambassador cannot accept or complete training on a colleague’s ambassadorship', async () => {
    const asJonas = world.as(PEOPLE.activeAmbassador);
    const accept = await asJonas('/api/v1/programmes/programme-a/ambassadors/amb-aisha/agreement/accept', {
      method: 'POST',
      body: { version: 1 },
    });
    expect(accept.status).toBe(403);
    const complete = await asJonas(
      '/api/v1/programmes/programme-a/ambassadors/amb-lars/training/mod-rolle/complete',
      {
        method: 'POST',
      },
    );
    expect(complete.status).toBe(403);
  });
});
