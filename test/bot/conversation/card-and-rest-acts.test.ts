import fc from 'fast-check';
import {
  DEMO_PEOPLE,
  DomainError,
  LOCAL_TENANT_ID,
  errorMessage,
  type BoardData,
  type DeliveryStore,
  type ProgrammeBoard,
  type TenantContext,
  type UserRef,
} from '@ambassadors/shared';
import { CardActionService } from '../../../bot/src/conversation/card-action-service';
import { createLogger } from '../../../bot/src/runtime/logger';
import { demoBoardWithId, seedBoard } from '../http/routes/api-fixture';
import { api } from '../../support/start-test-server';
import { startBotHarness, textsOf, user, type BotHarness } from './bot-harness';

/**
 * The same act through a bot card and through the tab's API ends in the same stored state,
 * whatever the order: card clicks (double clicks included, several at once) and API calls,
 * interleaved, leave exactly what the API alone would have left.
 */
// Each property run seeds fresh programmes over real HTTP: generous on a loaded 2-core machine.
jest.setTimeout(180_000);

describe('card clicks and API calls on the same act', () => {
  let h: BotHarness;
  const leaderCtx: TenantContext = { tenantId: LOCAL_TENANT_ID, user: DEMO_PEOPLE.leader };
  let programmes = 0;

  beforeAll(async () => {
    h = await startBotHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  /** A fresh copy of the demo programme, so every run starts from the same state. */
  async function freshProgramme(
    prepare: (board: BoardData) => BoardData = (board) => board,
  ): Promise<{ id: string; prefix: string }> {
    const n = ++programmes;
    const id = `acts-${n}`;
    const prefix = `a${n}-`;
    await seedBoard(h.server.store, prepare(demoBoardWithId(LOCAL_TENANT_ID, id, new Date(), prefix)));
    return { id, prefix };
  }

  /** Lars's term ended two days ago (nothing has ended it yet); a version 2 awaits his side. */
  const larsTermOver = (board: BoardData): BoardData => ({
    ...board,
    ambassadorships: board.ambassadorships.map((amb) => {
      if (amb.person.userId !== DEMO_PEOPLE.endingAmbassador.userId) return amb;
      const end = new Date(Date.now() - 2 * 24 * 3600 * 1000).toISOString().slice(0, 10);
      const v1 = amb.agreement.versions[0]!;
      return {
        ...amb,
        term: { ...amb.term, end },
        agreement: {
          ...amb.agreement,
          versions: [
            ...amb.agreement.versions,
            { ...v1, version: 2, term: { ...amb.term, end: '2099-12-31' } },
          ],
          leaderAcceptances: [
            ...amb.agreement.leaderAcceptances,
            { version: 2, by: DEMO_PEOPLE.leader, at: new Date().toISOString() },
          ],
        },
      };
    }),
  });
  const load = async (programmeId: string) => (await h.server.store.loadBoard(leaderCtx, programmeId))!;

  interface Act {
    name: string;
    person: UserRef;
    prepare?: (board: BoardData) => BoardData;
    /** What the API alone answers the first time. */
    restStatus: number;
    rest(programme: { id: string; prefix: string }): { path: string; body: unknown };
    card(programme: { id: string; prefix: string }): { verb: string; data: Record<string, unknown> };
    /** The part of the board the act may change, without the instants it happened at. */
    project(board: ProgrammeBoard, programme: { prefix: string }): unknown;
  }

  const sizes = (b: ProgrammeBoard) => ({
    ambassadorships: b.ambassadorships.length,
    applications: b.applications.length,
    checkIns: b.checkIns.length,
  });
  const ambOf = (b: ProgrammeBoard, id: string) => b.ambassadorships.find((a) => a.id === id)!;

  const ACTS: Act[] = [
    {
      name: 'accept the agreement (candidate, own side)',
      person: DEMO_PEOPLE.candidateAmbassador,
      restStatus: 200,
      rest: (p) => ({ path: `/ambassadors/${p.prefix}amb-aisha/agreement/accept`, body: { version: 1 } }),
      card: (p) => ({
        verb: 'agreement.accept',
        data: { ambassadorshipId: `${p.prefix}amb-aisha`, version: '1', side: 'ambassador' },
      }),
      project: (b, p) => {
        const amb = ambOf(b, `${p.prefix}amb-aisha`);
        return {
          sizes: sizes(b),
          state: amb.state,
          term: amb.term,
          activated: amb.activatedAt !== null,
          ambassador: amb.agreement.ambassadorAcceptances.map((a) => [a.version, a.by.userId]),
          leader: amb.agreement.leaderAcceptances.map((a) => [a.version, a.by.userId]),
        };
      },
    },
    {
      name: 'complete a training module',
      person: DEMO_PEOPLE.activeAmbassador,
      restStatus: 200,
      rest: (p) => ({ path: `/ambassadors/${p.prefix}amb-jonas/training/mod-modstand/complete`, body: {} }),
      card: (p) => ({
        verb: 'training.complete',
        data: { ambassadorshipId: `${p.prefix}amb-jonas`, moduleId: 'mod-modstand' },
      }),
      project: (b, p) => ({
        sizes: sizes(b),
        training: ambOf(b, `${p.prefix}amb-jonas`).training.map((c) => c.moduleId),
      }),
    },
    {
      name: 'apply to the posting',
      person: DEMO_PEOPLE.employee,
      restStatus: 201,
      rest: () => ({
        path: '/applications',
        body: { motivation: 'I would like to help – jeg vil gerne styrke vores arbejdsfællesskab' },
      }),
      card: () => ({
        verb: 'posting.apply',
        data: { motivation: 'I would like to help – jeg vil gerne styrke vores arbejdsfællesskab' },
      }),
      project: (b) => ({
        sizes: sizes(b),
        mine: b.applications
          .filter((a) => a.applicant.userId === DEMO_PEOPLE.employee.userId)
          .map((a) => [a.motivation, a.invited, a.decision]),
      }),
    },
    {
      name: 'accept the agreement after the term has ended (refused)',
      person: DEMO_PEOPLE.endingAmbassador,
      restStatus: 403,
      prepare: larsTermOver,
      rest: (p) => ({ path: `/ambassadors/${p.prefix}amb-lars/agreement/accept`, body: { version: 2 } }),
      card: (p) => ({
        verb: 'agreement.accept',
        data: { ambassadorshipId: `${p.prefix}amb-lars`, version: '2', side: 'ambassador' },
      }),
      project: (b, p) => {
        const amb = ambOf(b, `${p.prefix}amb-lars`);
        return {
          sizes: sizes(b),
          state: amb.state,
          term: amb.term,
          accepted: amb.agreement.ambassadorAcceptances.length,
        };
      },
    },
    {
      name: 'an owner applies to their own posting (refused)',
      person: DEMO_PEOPLE.leader,
      restStatus: 403,
      rest: () => ({ path: '/applications', body: { motivation: 'I lead it' } }),
      card: () => ({ verb: 'posting.apply', data: { motivation: 'I lead it' } }),
      project: (b) => ({
        sizes: sizes(b),
        mine: b.applications.filter((a) => a.applicant.userId === DEMO_PEOPLE.leader.userId).length,
      }),
    },
  ];

  type Step = { via: 'rest' } | { via: 'card'; card: number };
  const step: fc.Arbitrary<Step> = fc.oneof(
    fc.constant<Step>({ via: 'rest' }),
    fc.integer({ min: 0, max: 1 }).map((card): Step => ({ via: 'card', card })),
  );
  /** Batches run one after the other; the steps of a batch at the same time. */
  const interleaving = fc.array(fc.array(step, { minLength: 1, maxLength: 3 }), {
    minLength: 1,
    maxLength: 4,
  });

  async function run(act: Act, p: { id: string; prefix: string }, step: Step): Promise<number> {
    if (step.via === 'rest') {
      const { path, body } = act.rest(p);
      const answer = await api(h.server.baseUrl, `/api/v1/programmes/${p.id}${path}`, {
        method: 'POST',
        body,
        headers: { 'x-local-user': act.person.userId },
      });
      return answer.status;
    }
    const { verb, data } = act.card(p);
    const who = user(act.person.userId, act.person.displayName);
    const ref = {
      cardId: `${p.id}-card-${step.card}`,
      outboxId: '',
      reminderId: '',
      programmeId: p.id,
      v: 1,
    };
    const answer = await h.post(
      h.activity(who, {
        type: 'invoke',
        name: 'adaptiveCard/action',
        value: { action: { type: 'Action.Execute', verb, data: { verb, ...ref, ...data } } },
      }),
    );
    if (answer.status === 200 && textsOf(answer.body.value).join(' ').includes('Something went wrong'))
      return 500;
    return answer.status;
  }

  it.each(ACTS.map((act) => [act.name, act] as const))(
    '%s: any interleaving stores what the API alone stores',
    async (_name, act) => {
      const reference = await freshProgramme(act.prepare);
      expect(await run(act, reference, { via: 'rest' })).toBe(act.restStatus);
      const expected = act.project(await load(reference.id), reference);

      await fc.assert(
        fc.asyncProperty(interleaving, async (batches) => {
          const p = await freshProgramme(act.prepare);
          for (const batch of batches) {
            const statuses = await Promise.all(batch.map((s) => run(act, p, s)));
            for (const status of statuses) expect(status).toBeLessThan(500);
          }
          expect(act.project(await load(p.id), p)).toEqual(expected);
        }),
        { numRuns: 12 },
      );
    },
  );

  it('a duplicate handled by another instance waits for the first outcome and gets the same answer', async () => {
    const p = await freshProgramme();
    const second = new CardActionService({
      deliveryStore: h.server.deps.bot!.deliveryStore,
      programmeStore: h.server.store,
      clock: h.server.deps.clock,
      logger: createLogger({ level: 'silent' }),
      tabUrl: () => 'https://tab.example/',
      authorKey: () => 'unused',
    });
    const person = DEMO_PEOPLE.candidateAmbassador;
    const data = {
      verb: 'agreement.accept',
      cardId: `${p.id}-twice`,
      outboxId: '',
      reminderId: '',
      programmeId: p.id,
      v: 1,
      ambassadorshipId: `${p.prefix}amb-aisha`,
    };
    const click = (service: CardActionService, version: number) =>
      service.handle({
        tenantId: LOCAL_TENANT_ID,
        user: person,
        conversationId: 'c',
        locale: 'en',
        verb: 'agreement.accept',
        data: { ...data, version },
        via: 'execute',
      });
    const first = h.server.deps.bot!.actions;
    const refused = await Promise.all([click(first, 7), click(second, 7), click(second, 7)]);
    expect(refused.map((r) => r.outcome)).toEqual(['rejected', 'rejected', 'rejected']);
    const accepted = await Promise.all([click(first, 1), click(second, 1)]);
    expect(accepted.map((r) => r.outcome).sort()).toEqual(['duplicate', 'recorded']);
    for (const answer of accepted)
      expect(textsOf(answer.card).join(' ')).toContain('The agreement (version 1) is accepted.');
    expect(ambOf(await load(p.id), `${p.prefix}amb-aisha`).agreement.ambassadorAcceptances).toHaveLength(1);
  });

  it('a pending record left behind by a stopped instance does not block the action for good', async () => {
    const p = await freshProgramme();
    const person = DEMO_PEOPLE.activeAmbassador;
    const cardId = `${p.id}-abandoned`;
    const { cardActionId } = await import('../../../bot/src/conversation/card-action-service');
    const actionId = cardActionId(LOCAL_TENANT_ID, person.userId, cardId, 'training.complete');
    await h.server.deps.bot!.deliveryStore.createAction({
      id: actionId,
      type: 'cardAction',
      tenantId: LOCAL_TENANT_ID,
      programmeId: p.id,
      reminderId: null,
      outboxId: null,
      userId: person.userId,
      verb: 'training.complete',
      summary: {},
      status: 'pending',
      recordedAt: new Date(Date.now() - 10 * 60 * 1000).toISOString(),
    });
    const answer = await h.server.deps.bot!.actions.handle({
      tenantId: LOCAL_TENANT_ID,
      user: person,
      conversationId: 'c',
      locale: 'en',
      verb: 'training.complete',
      data: {
        verb: 'training.complete',
        cardId,
        outboxId: '',
        reminderId: '',
        programmeId: p.id,
        v: 1,
        ambassadorshipId: `${p.prefix}amb-jonas`,
        moduleId: 'mod-modstand',
      },
      via: 'execute',
    });
    expect(answer.outcome).toBe('recorded');
    const record = await h.server.deps.bot!.deliveryStore.getAction(LOCAL_TENANT_ID, actionId);
    expect(record).toMatchObject({ status: 'recorded', summary: { outcome: 'moduleDone' } });
  });

  it('a store that does not answer gets an error card saying so, not an exception', async () => {
    const real = h.server.deps.bot!.deliveryStore;
    const down = new DomainError('STORE_UNAVAILABLE');
    const failing: DeliveryStore = Object.assign(Object.create(real) as DeliveryStore, {
      getOutbox: () => Promise.reject(down),
      getAction: () => Promise.reject(down),
    });
    const service = new CardActionService({
      deliveryStore: failing,
      programmeStore: h.server.store,
      clock: h.server.deps.clock,
      logger: createLogger({ level: 'silent' }),
      tabUrl: () => 'https://tab.example/',
      authorKey: () => 'unused',
    });
    const ref = { cardId: 'ob-1', reminderId: '', programmeId: 'p', v: 1 };
    for (const outboxId of ['ob-1', '']) {
      const answer = await service.handle({
        tenantId: LOCAL_TENANT_ID,
        user: DEMO_PEOPLE.activeAmbassador,
        conversationId: 'c',
        locale: 'en',
        verb: 'reminder.ack',
        data: { verb: 'reminder.ack', ...ref, outboxId },
        via: 'execute',
      });
      expect(answer.outcome).toBe('rejected');
      expect(textsOf(answer.card).join(' ')).toContain(errorMessage('STORE_UNAVAILABLE', 'en'));
    }
  });
});
