import {
  DEMO_PEOPLE,
  DEMO_PROGRAMME_ID,
  LOCAL_TENANT_ID,
  type TenantContext,
  type UserRef,
} from '@ambassadors/shared';
import { openEventStream } from '../../../support/event-stream-client';
import { startTestServer, type TestServer } from '../../../support/start-test-server';
import { startBotHarness, user, type BotHarness } from '../../conversation/bot-harness';
import { A, B, PEOPLE, demoBoardWithId, seedBoard, startApiWorld, type ApiWorld } from './api-fixture';

const P = 'programme-a';

/**
 * The board's event stream over real HTTP: the same authorisation as the API, an event after a
 * REST write and after a bot card action (published by the store every write goes through), a
 * poll that catches writes made elsewhere, caps on open streams, and a shutdown that ends them.
 */
describe('board events (SSE) in SSO mode', () => {
  let world: ApiWorld;
  const opened: Array<{ close(): void }> = [];

  beforeAll(async () => {
    // A slow poll: an event within the test's wait must come from the write itself.
    world = await startApiWorld({
      env: { BOARD_EVENTS_POLL_MS: '60000', BOARD_EVENTS_STREAMS_PER_USER: '2' },
    });
    await seedBoard(world.server.store, demoBoardWithId(A, P, new Date()));
    await seedBoard(world.server.store, demoBoardWithId(B, 'programme-b', new Date(), 'b-'));
  });
  afterEach(() => opened.splice(0).forEach((s) => s.close()));
  afterAll(async () => {
    await world?.close();
  });

  const stream = async (person: UserRef | null, programmeId = P, tenantId = A) => {
    const headers: Record<string, string> = { 'accept-language': 'en' };
    if (person) headers.authorization = `Bearer ${await world.tokenFor(person, tenantId)}`;
    const s = await openEventStream(
      `${world.server.baseUrl}/api/v1/programmes/${programmeId}/events`,
      headers,
    );
    opened.push(s);
    return s;
  };

  it('without a token: 401 in the catalogue shape, no stream', async () => {
    const s = await stream(null);
    expect(s.status).toBe(401);
    expect(s.body.code).toBe('UNAUTHENTICATED');
  });

  it("another tenant's programme id is not found (404), and an unknown id too", async () => {
    const other = await stream(PEOPLE.leader, 'programme-b', A);
    expect(other.status).toBe(404);
    expect(other.body.code).toBe('NOT_FOUND');
    const fromB = await stream(PEOPLE.leader, P, B);
    expect(fromB.status).toBe(404);
  });

  it('a REST write by the ambassador reaches the leader and the employee as a bare "changed" event', async () => {
    const leader = await stream(PEOPLE.leader);
    expect(leader.status).toBe(200);
    expect(leader.contentType).toMatch(/^text\/event-stream/);
    const ready = await leader.next('ready');
    const employee = await stream(PEOPLE.employee);
    await employee.next('ready');

    const board = await world.as(PEOPLE.candidateAmbassador)(`/api/v1/programmes/${P}/board`);
    const mine = board.body.myAmbassadorship;
    const accepted = await world.as(PEOPLE.candidateAmbassador)(
      `/api/v1/programmes/${P}/ambassadors/${mine.id}/agreement/accept`,
      { method: 'POST', body: { version: mine.agreement.current.version } },
    );
    expect(accepted.status).toBe(200);

    const changed = await leader.next('board-changed');
    expect(changed.data.programmeId).toBe(P);
    expect(changed.data.version).not.toBe(ready.data.version);
    // Nothing of the board travels in the event: each role re-reads it through the normal GET.
    const seen = await employee.next('board-changed');
    expect(Object.keys(seen.data).sort()).toEqual(['programmeId', 'version']);
  });

  it('past the per-person cap of open streams: 429 TOO_MANY_STREAMS, in the caller’s language', async () => {
    const first = await stream(PEOPLE.endingAmbassador);
    const second = await stream(PEOPLE.endingAmbassador);
    expect([first.status, second.status]).toEqual([200, 200]);
    const third = await stream(PEOPLE.endingAmbassador);
    expect(third.status).toBe(429);
    expect(third.body.code).toBe('TOO_MANY_STREAMS');
    expect(third.body.message).toContain('open live updates');
    // A closed stream gives its place back.
    first.close();
    await first.ended;
    let again = await stream(PEOPLE.endingAmbassador);
    for (let i = 0; i < 20 && again.status === 429; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      again = await stream(PEOPLE.endingAmbassador);
    }
    expect(again.status).toBe(200);
  });
});

describe('board events: writes from elsewhere and shutdown', () => {
  let server: TestServer;
  const leaderCtx: TenantContext = { tenantId: LOCAL_TENANT_ID, user: DEMO_PEOPLE.leader };

  beforeAll(async () => {
    server = await startTestServer({ env: { REMINDERS: 'off', BOARD_EVENTS_POLL_MS: '250' } });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('a write that bypasses this instance (another instance’s) is seen by the poll', async () => {
    const s = await openEventStream(`${server.baseUrl}/api/v1/programmes/${DEMO_PROGRAMME_ID}/events`, {
      'x-local-user': DEMO_PEOPLE.leader.userId,
    });
    try {
      await s.next('ready');
      // The storage's own store: no notification from this process, as with a write elsewhere.
      const inner = server.storage.programmeStore;
      const programme = (await inner.getProgramme(leaderCtx, DEMO_PROGRAMME_ID))!;
      const { etag, ...plain } = programme;
      await inner.replaceProgramme(leaderCtx, { ...plain, name: 'Renamed elsewhere' }, etag);
      const changed = await s.next('board-changed');
      expect(changed.data.programmeId).toBe(DEMO_PROGRAMME_ID);
    } finally {
      s.close();
    }
  });

  it('a stream outlives the request and idle timeouts: heartbeats keep it open and events still arrive', async () => {
    const short = await startTestServer({
      env: {
        REMINDERS: 'off',
        REQUEST_TIMEOUT_MS: '1000',
        IDLE_TIMEOUT_MS: '1000',
        HEADERS_TIMEOUT_MS: '1000',
        BOARD_EVENTS_HEARTBEAT_MS: '1000',
      },
    });
    const s = await openEventStream(`${short.baseUrl}/api/v1/programmes/${DEMO_PROGRAMME_ID}/events`, {
      'x-local-user': DEMO_PEOPLE.leader.userId,
    });
    try {
      await s.next('ready');
      await new Promise((resolve) => setTimeout(resolve, 3000));
      const { etag, ...plain } = (await short.store.getProgramme(leaderCtx, DEMO_PROGRAMME_ID))!;
      await short.store.replaceProgramme(leaderCtx, { ...plain, name: 'Still listening' }, etag);
      await s.next('board-changed');
    } finally {
      s.close();
      await short.close();
    }
  });

  it('closing the server ends open streams instead of waiting on them', async () => {
    const other = await startTestServer({ env: { REMINDERS: 'off' } });
    const s = await openEventStream(`${other.baseUrl}/api/v1/programmes/${DEMO_PROGRAMME_ID}/events`, {
      'x-local-user': DEMO_PEOPLE.employee.userId,
    });
    await s.next('ready');
    expect(other.deps.boardEvents?.openStreams()).toBe(1);
    await other.close();
    await s.ended;
    expect(other.deps.boardEvents?.openStreams()).toBe(0);
  });
});

describe('board events after a bot card action', () => {
  let h: BotHarness;
  const aisha = user(DEMO_PEOPLE.candidateAmbassador.userId, DEMO_PEOPLE.candidateAmbassador.displayName);
  const leaderCtx: TenantContext = { tenantId: LOCAL_TENANT_ID, user: DEMO_PEOPLE.leader };

  beforeAll(async () => {
    h = await startBotHarness({ env: { BOARD_EVENTS_POLL_MS: '60000' } });
  });
  afterAll(async () => {
    await h.close();
  });

  it('the ambassador accepts the agreement on a card and the leader’s stream hears of it', async () => {
    const s = await openEventStream(`${h.server.baseUrl}/api/v1/programmes/${DEMO_PROGRAMME_ID}/events`, {
      'x-local-user': DEMO_PEOPLE.leader.userId,
    });
    try {
      const ready = await s.next('ready');
      const board = (await h.server.store.loadBoard(leaderCtx, DEMO_PROGRAMME_ID))!;
      const amb = board.ambassadorships.find((a) => a.person.userId === aisha.aadObjectId)!;
      const version = amb.agreement.versions.at(-1)!.version;
      const data = {
        cardId: 'events-card',
        outboxId: '',
        reminderId: '',
        programmeId: DEMO_PROGRAMME_ID,
        v: 1,
        verb: 'agreement.accept',
        ambassadorshipId: amb.id,
        version,
        side: 'ambassador',
      };
      const answer = await h.post(
        h.activity(aisha, {
          type: 'invoke',
          name: 'adaptiveCard/action',
          value: { action: { type: 'Action.Execute', verb: 'agreement.accept', data }, trigger: 'manual' },
        }),
      );
      expect(answer.status).toBe(200);
      const changed = await s.next('board-changed');
      expect(changed.data.version).not.toBe(ready.data.version);
    } finally {
      s.close();
    }
  });
});
