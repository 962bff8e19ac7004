import {
  type BoardDocument,
  type CardActionRecord,
  type ConversationRecord,
  type DeliveryStore,
  type OutboxRecord,
  type PreferenceRecord,
  type ProgrammeStore,
} from '@ambassadors/shared';
import type { RawDocument } from '../../support/raw-documents';
import { NOW, boardDocuments, boardFor, ctxFor } from './storage-test-kit';

/**
 * The store methods people's data rights rely on (export, erasure, programme deletion), as a
 * contract any adapter must keep: run it with a factory for each ProgrammeStore/DeliveryStore
 * pair (the Cosmos adapters on the embedded server here; another adapter by calling this with
 * its own factory). `rawDocuments` lists everything the storage holds, for the whole-store checks.
 */
export interface PersonDataStores {
  programmes: ProgrammeStore;
  delivery: DeliveryStore;
  rawDocuments(): Promise<RawDocument[]>;
  close(): Promise<void>;
}

const T1 = '11111111-1111-4111-8111-111111111111';
const T2 = '22222222-2222-4222-8222-222222222222';
const JONAS = { userId: 'local-amb-1', displayName: 'Jonas Berg' };
const METTE = { userId: 'local-leader', displayName: 'Mette Hansen' };

export function conversation(
  tenantId: string,
  userId: string | null,
  scope: ConversationRecord['scope'],
  conversationId: string,
  name = 'Jonas Berg',
): ConversationRecord {
  return {
    id: 'x',
    type: 'conversation',
    tenantId,
    conversationId,
    userId,
    scope,
    serviceUrl: 'https://smba.example.test/emea/',
    reference: {
      conversation: { id: conversationId },
      user: { id: `29:${userId}`, name, aadObjectId: userId },
      bot: { id: '28:bot', name: 'Ambassadors' },
      serviceUrl: 'https://smba.example.test/emea/',
    },
    installedAt: NOW,
    updatedAt: NOW,
  };
}

export function preference(tenantId: string, userId: string): PreferenceRecord {
  return { id: 'x', type: 'preference', tenantId, userId, paused: true, locale: 'da', updatedAt: NOW };
}

export function outbox(
  tenantId: string,
  programmeId: string,
  id: string,
  recipient: { userId: string; displayName: string },
  data: Record<string, unknown> = {},
): OutboxRecord {
  return {
    id,
    type: 'outbox',
    tenantId,
    programmeId,
    reminderId: `${programmeId}:termEnding30:${id}`,
    kind: 'termEnding30',
    recipient,
    locale: 'da',
    payload: { subject: { type: 'ambassadorship', id: 'amb' }, data },
    dueAt: NOW,
    expiresAt: '2027-01-01T00:00:00.000Z',
    sendWindow: null,
    status: 'delivered',
    attempts: 1,
    lastStatusCode: 201,
    lastAttemptAt: NOW,
    reason: null,
    nextAttemptAt: NOW,
    leaseOwner: null,
    leaseUntil: NOW,
    activityId: 'activity-1',
    conversationId: 'a:conv',
    createdAt: NOW,
    updatedAt: NOW,
  };
}

export function cardAction(
  tenantId: string,
  programmeId: string,
  id: string,
  userId: string,
): CardActionRecord {
  return {
    id,
    type: 'cardAction',
    tenantId,
    programmeId,
    reminderId: null,
    outboxId: null,
    userId,
    verb: 'acceptAgreement',
    summary: { kind: 'agreementAccepted', version: 1 },
    status: 'recorded',
    recordedAt: NOW,
  };
}

async function seedProgramme(store: ProgrammeStore, tenantId: string, programmeId: string) {
  const board = boardFor(tenantId, programmeId);
  const ctx = ctxFor(tenantId, board.programme.owners[0]!.userId);
  await store.createProgramme(ctx, board.programme);
  for (const doc of boardDocuments(board)) await store.createDocument(ctx, doc);
  return board;
}

export function describePersonDataStoreContract(name: string, open: () => Promise<PersonDataStores>): void {
  describe(`${name}: the store methods behind people's data rights`, () => {
    let stores: PersonDataStores;
    beforeEach(async () => {
      stores = await open();
    });
    afterEach(async () => {
      await stores?.close();
    });

    it('listDocuments gives every board document, also check-ins past their retention, and only in the own tenant', async () => {
      const board = await seedProgramme(stores.programmes, T1, 'p-1');
      const ctx = ctxFor(T1);
      const expired = { ...board.checkIns[0]!, id: 'p-1.expired', expiresAt: '2026-11-27T10:00:01.000Z' };
      await stores.programmes.createDocument(ctx, expired);
      const listed = (await stores.programmes.listDocuments(ctx, 'p-1'))!;
      const expected = [...boardDocuments(board), expired]
        .map((d: BoardDocument) => `${d.type}:${d.id}`)
        .sort();
      expect(listed.map((d) => `${d.type}:${d.id}`).sort()).toEqual(expected);
      expect(listed.every((d) => typeof d.etag === 'string' && d.etag.length > 0)).toBe(true);
      expect(await stores.programmes.listDocuments(ctxFor(T2), 'p-1')).toBeNull();
      expect(await stores.programmes.listDocuments(ctx, 'missing')).toBeNull();
    });

    it('deleteDocument deletes one document of the own tenant and nothing else', async () => {
      const board = await seedProgramme(stores.programmes, T1, 'p-1');
      const application = board.applications[0]!;
      expect(await stores.programmes.deleteDocument(ctxFor(T2), 'p-1', 'application', application.id)).toBe(
        false,
      );
      expect(await stores.programmes.deleteDocument(ctxFor(T1), 'p-1', 'meeting', application.id)).toBe(
        false,
      );
      expect(
        await stores.programmes.getDocument(ctxFor(T1), 'p-1', 'application', application.id),
      ).not.toBeNull();
      expect(await stores.programmes.deleteDocument(ctxFor(T1), 'p-1', 'application', application.id)).toBe(
        true,
      );
      expect(
        await stores.programmes.getDocument(ctxFor(T1), 'p-1', 'application', application.id),
      ).toBeNull();
      expect(await stores.programmes.deleteDocument(ctxFor(T1), 'p-1', 'application', application.id)).toBe(
        false,
      );
      const left = (await stores.programmes.listDocuments(ctxFor(T1), 'p-1'))!;
      expect(left).toHaveLength(boardDocuments(board).length - 1);
    });

    it('deleteProgramme leaves no document of the programme anywhere, and every other programme as it was', async () => {
      await seedProgramme(stores.programmes, T1, 'p-1');
      await seedProgramme(stores.programmes, T1, 'p-2');
      await seedProgramme(stores.programmes, T2, 'p-1');
      const before = (await stores.rawDocuments()).filter((d) => !d.json.includes('"programmeId":"p-1"'));
      expect(await stores.programmes.deleteProgramme(ctxFor(T2), 'missing')).toBe(0);
      const deleted = await stores.programmes.deleteProgramme(ctxFor(T1), 'p-1');
      expect(deleted).toBeGreaterThan(boardDocuments(boardFor(T1, 'p-1')).length);
      const after = await stores.rawDocuments();
      const inT1 = after.filter(
        (d) => d.json.includes(`"tenantId":"${T1}"`) && d.json.includes('"programmeId":"p-1"'),
      );
      expect(inT1).toEqual([]);
      expect(await stores.programmes.loadBoard(ctxFor(T1), 'p-1')).toBeNull();
      expect(await stores.programmes.loadBoard(ctxFor(T2), 'p-1')).not.toBeNull();
      expect(
        after
          .filter((d) => !d.json.includes('"programmeId":"p-1"'))
          .map((d) => d.id)
          .sort(),
      ).toEqual(before.map((d) => d.id).sort());
      expect(await stores.programmes.deleteProgramme(ctxFor(T1), 'p-1')).toBe(0);
    });

    describe('delivery records', () => {
      beforeEach(async () => {
        const d = stores.delivery;
        await d.upsertConversation(conversation(T1, JONAS.userId, 'personal', 'a:jonas'));
        await d.upsertConversation(conversation(T1, JONAS.userId, 'team', '19:team@thread.tacv2'));
        await d.upsertConversation(conversation(T1, METTE.userId, 'personal', 'a:mette', METTE.displayName));
        await d.upsertConversation(conversation(T2, JONAS.userId, 'personal', 'a:jonas-t2'));
        await d.setPreference(preference(T1, JONAS.userId));
        await d.setPreference(preference(T1, METTE.userId));
        await d.enqueue([
          outbox(T1, 'p-1', 'ob-jonas', JONAS),
          outbox(T1, 'p-1', 'ob-mette-about-jonas', METTE, {
            ambassadorshipId: 'amb-of-jonas',
            ambassadorName: JONAS.displayName,
          }),
          outbox(T1, 'p-1', 'ob-mette', METTE),
          outbox(T1, 'p-1', 'ob-mette-bergstrom', METTE, { ambassadorName: 'Jonas Bergström' }),
          outbox(T1, 'p-2', 'ob-jonas-p2', JONAS),
          outbox(T2, 'p-1', 'ob-jonas-t2', JONAS),
        ]);
        await d.createAction(cardAction(T1, 'p-1', 'ca-jonas', JONAS.userId));
        await d.createAction(cardAction(T1, 'p-2', 'ca-jonas-p2', JONAS.userId));
        await d.createAction(cardAction(T1, 'p-1', 'ca-mette', METTE.userId));
        await d.createAction(cardAction(T2, 'p-1', 'ca-jonas-t2', JONAS.userId));
      });

      it("listForUser gives the person's own records in the tenant, nobody else's", async () => {
        const records = await stores.delivery.listForUser(T1, JONAS.userId);
        expect(records.conversations.map((c) => c.conversationId).sort()).toEqual([
          '19:team@thread.tacv2',
          'a:jonas',
        ]);
        expect(records.preferences.map((p) => p.userId)).toEqual([JONAS.userId]);
        expect(records.outbox.map((o) => o.id).sort()).toEqual(['ob-jonas', 'ob-jonas-p2']);
        expect(records.cardActions.map((a) => a.id).sort()).toEqual(['ca-jonas', 'ca-jonas-p2']);
      });

      it('eraseUser (tenant) removes everything naming the person; team chats keep working unnamed; other tenants untouched', async () => {
        const changed = await stores.delivery.eraseUser(T1, JONAS.userId, {
          mentions: [JSON.stringify(JONAS.displayName), 'amb-of-jonas'],
        });
        expect(changed).toBe(8);
        const raw = (await stores.rawDocuments()).filter((d) => d.json.includes(T1));
        expect(
          raw.filter(
            (d) => d.json.includes(JONAS.userId) || d.json.includes(JSON.stringify(JONAS.displayName)),
          ),
        ).toEqual([]);
        // A name is matched as a whole value: somebody named "Jonas Bergström" is not erased with "Jonas Berg".
        expect(await stores.delivery.getOutbox(T1, 'ob-mette-bergstrom')).not.toBeNull();
        const team = await stores.delivery.getConversation(T1, {
          scope: 'team',
          userId: null,
          conversationId: '19:team@thread.tacv2',
        });
        expect(team).toMatchObject({ userId: null, scope: 'team', conversationId: '19:team@thread.tacv2' });
        expect(await stores.delivery.getOutbox(T1, 'ob-mette')).not.toBeNull();
        expect(await stores.delivery.getAction(T1, 'ca-mette')).not.toBeNull();
        expect(await stores.delivery.findPersonalConversation(T1, METTE.userId)).not.toBeNull();
        expect(await stores.delivery.getPreference(T1, METTE.userId)).not.toBeNull();
        const t2 = await stores.delivery.listForUser(T2, JONAS.userId);
        expect([t2.conversations.length, t2.outbox.length, t2.cardActions.length]).toEqual([1, 1, 1]);
      });

      it('eraseUser for some programmes touches only their reminders and card actions', async () => {
        const changed = await stores.delivery.eraseUser(T1, JONAS.userId, {
          programmeIds: ['p-1'],
          mentions: ['amb-of-jonas'],
        });
        expect(changed).toBe(3);
        const records = await stores.delivery.listForUser(T1, JONAS.userId);
        expect(records.outbox.map((o) => o.id)).toEqual(['ob-jonas-p2']);
        expect(records.cardActions.map((a) => a.id)).toEqual(['ca-jonas-p2']);
        expect(records.conversations).toHaveLength(2);
        expect(records.preferences).toHaveLength(1);
        expect(await stores.delivery.getOutbox(T1, 'ob-mette-about-jonas')).toBeNull();
      });

      it("deleteProgrammeRecords deletes the programme's reminders and card actions in its tenant only", async () => {
        expect(await stores.delivery.deleteProgrammeRecords(T1, 'p-1')).toBe(6);
        expect(await stores.delivery.listOutbox(T1, 'p-1')).toEqual([]);
        expect(await stores.delivery.listActions(T1, 'p-1')).toEqual([]);
        expect(await stores.delivery.listOutbox(T1, 'p-2')).toHaveLength(1);
        expect(await stores.delivery.listOutbox(T2, 'p-1')).toHaveLength(1);
        expect(await stores.delivery.listActions(T2, 'p-1')).toHaveLength(1);
      });
    });
  });
}
