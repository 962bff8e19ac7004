import {
  cardActionRecordSchema,
  conversationRecordSchema,
  outboxRecordSchema,
  preferenceRecordSchema,
  type ConversationRecord,
  type DeliveryErasureScope,
  type PersonDeliveryRecords,
} from '@ambassadors/shared';

/** A delivery document as either adapter holds it (system fields already removed). */
export type DeliveryDoc = Record<string, unknown>;

/**
 * What the delivery container holds about one person, from all of a tenant's delivery documents.
 * One function for both adapters (Cosmos and the embedded store), so export means the same on both.
 */
export function personDeliveryRecords(docs: readonly DeliveryDoc[], userId: string): PersonDeliveryRecords {
  const records: PersonDeliveryRecords = { conversations: [], preferences: [], outbox: [], cardActions: [] };
  for (const doc of docs) {
    if (doc.type === 'conversation' && doc.userId === userId)
      records.conversations.push(conversationRecordSchema.parse(doc));
    else if (doc.type === 'preference' && doc.userId === userId)
      records.preferences.push(preferenceRecordSchema.parse(doc));
    else if (doc.type === 'outbox' && (doc.recipient as { userId?: unknown } | undefined)?.userId === userId)
      records.outbox.push(outboxRecordSchema.parse(doc));
    else if (doc.type === 'cardAction' && doc.userId === userId)
      records.cardActions.push(cardActionRecordSchema.parse(doc));
  }
  return records;
}

/** What an erasure does to the delivery documents: ids to delete, conversations to keep rewritten. */
export interface DeliveryErasurePlan {
  deletes: string[];
  rewrites: ConversationRecord[];
}

/**
 * Erasing one person from a tenant's delivery documents: their outbox and card-action records
 * and those of others that mention them go; with a tenant-wide scope also their preferences and
 * personal chat, while team or group chats they installed keep working without saying who
 * installed them. Pure, so both adapters erase alike.
 */
export function planDeliveryErasure(
  docs: readonly DeliveryDoc[],
  userId: string,
  scope: DeliveryErasureScope = {},
): DeliveryErasurePlan {
  const programmes = scope.programmeIds ? new Set(scope.programmeIds) : null;
  const mentions = [userId, ...(scope.mentions ?? [])].filter((text) => text.length > 0);
  const mentioned = (doc: object) => {
    const json = JSON.stringify(doc);
    return mentions.some((text) => json.includes(text));
  };
  const plan: DeliveryErasurePlan = { deletes: [], rewrites: [] };
  for (const doc of docs) {
    const id = String(doc.id);
    if (doc.type === 'outbox' || doc.type === 'cardAction') {
      if (programmes && !programmes.has(String(doc.programmeId))) continue;
      if (mentioned(doc)) plan.deletes.push(id);
    } else if (programmes) {
      continue;
    } else if (doc.type === 'preference' && doc.userId === userId) {
      plan.deletes.push(id);
    } else if (doc.type === 'conversation' && (doc.userId === userId || mentioned(doc))) {
      const record = conversationRecordSchema.parse(doc);
      // A team or group chat keeps receiving the programme's messages; only who installed it goes.
      const { user: _user, from: _from, ...reference } = record.reference;
      const kept = { ...record, userId: null, reference };
      if (record.scope !== 'personal' && !mentioned(kept)) plan.rewrites.push(kept);
      else plan.deletes.push(id);
    }
  }
  return plan;
}

/** The outbox and card-action records of one programme. */
export function programmeRecordIds(docs: readonly DeliveryDoc[], programmeId: string): string[] {
  return docs
    .filter((doc) => (doc.type === 'outbox' || doc.type === 'cardAction') && doc.programmeId === programmeId)
    .map((doc) => String(doc.id));
}
