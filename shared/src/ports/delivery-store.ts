import { z } from 'zod';
import { localeSchema, userRefSchema } from '../model/common';
import type { ConversationTarget } from './messaging-port';

/**
 * Durable state of the bot's delivery, kept per tenant (Cosmos container `delivery`, partition
 * key /tenantId): where each person can be reached, who paused reminders, the outbox of
 * reminder cards (one record per reminder and recipient) and the card actions recorded.
 */

const isoInstant = z.string().min(1);

/** A stored conversation reference, written on install and removed on uninstall. */
export const conversationRecordSchema = z.object({
  id: z.string().min(1),
  type: z.literal('conversation'),
  tenantId: z.string().min(1),
  conversationId: z.string().min(1),
  userId: z.string().nullable(),
  scope: z.enum(['personal', 'groupChat', 'team']),
  serviceUrl: z.string().min(1),
  reference: z.record(z.string(), z.unknown()),
  installedAt: isoInstant,
  updatedAt: isoInstant,
});
export type ConversationRecord = z.infer<typeof conversationRecordSchema>;

/** Where to send to reach a stored conversation: the record without its bookkeeping. */
export function conversationTargetOf(conversation: ConversationRecord): ConversationTarget {
  const { tenantId, conversationId, userId, scope, serviceUrl, reference } = conversation;
  return { tenantId, conversationId, userId, scope, serviceUrl, reference };
}

export const preferenceRecordSchema = z.object({
  id: z.string().min(1),
  type: z.literal('preference'),
  tenantId: z.string().min(1),
  userId: z.string().min(1),
  paused: z.boolean(),
  locale: localeSchema.nullable().default(null),
  updatedAt: isoInstant,
});
export type PreferenceRecord = z.infer<typeof preferenceRecordSchema>;

/**
 * queued → sending → delivered | failed | unreachable; deferred (paused user, outside working
 * hours, tenant throttled) goes back to the queue at `nextAttemptAt`. A record still 'sending'
 * after its lease ran out was in flight when an instance died: it becomes 'unknown' and is never
 * re-sent automatically (Teams has no idempotent send) — a leader may resend it from the report.
 * A record whose programme is closed by the time it would go becomes 'cancelled' and is never sent.
 */
export const OUTBOX_STATUSES = [
  'queued',
  'deferred',
  'sending',
  'delivered',
  'failed',
  'unreachable',
  'unknown',
  /** Never sent, on purpose: its programme was closed (or deleted) before it could go. */
  'cancelled',
] as const;
export const outboxStatusSchema = z.enum(OUTBOX_STATUSES);
export type OutboxStatus = z.infer<typeof outboxStatusSchema>;

export const outboxRecordSchema = z.object({
  id: z.string().min(1),
  type: z.literal('outbox'),
  tenantId: z.string().min(1),
  programmeId: z.string().min(1),
  reminderId: z.string().min(1),
  kind: z.string().min(1),
  recipient: userRefSchema,
  locale: localeSchema,
  /** What the card shows (the reminder's subject and display data). */
  payload: z.record(z.string(), z.unknown()),
  dueAt: isoInstant,
  /** After this instant the reminder is pointless (e.g. the meeting has passed): not sent. */
  expiresAt: isoInstant,
  /** When the recipient may be disturbed: the programme's working hours in its zone (null = any time). */
  sendWindow: z
    .object({
      timeZone: z.string().min(1),
      start: z.string(),
      end: z.string(),
      days: z.array(z.number().int().min(1).max(7)),
      /** Whose public holidays are closed days too (null: weekdays only). */
      country: z.string().nullish(),
    })
    .nullable(),
  status: outboxStatusSchema,
  attempts: z.number().int().min(0),
  lastStatusCode: z.number().int().nullable(),
  lastAttemptAt: isoInstant.nullable(),
  reason: z.string().nullable(),
  nextAttemptAt: isoInstant,
  leaseOwner: z.string().nullable(),
  leaseUntil: isoInstant,
  activityId: z.string().nullable(),
  conversationId: z.string().nullable(),
  createdAt: isoInstant,
  updatedAt: isoInstant,
});
export type OutboxRecord = z.infer<typeof outboxRecordSchema>;

/**
 * One recorded card action; its id is derived from (card, user, verb), so a replay collides.
 * It is created 'pending' before the act runs — the create is the lock that keeps concurrent
 * duplicates from acting twice — and becomes 'recorded' with the outcome once the act
 * succeeded; a refused act deletes it, so only what happened is remembered. Absent = recorded.
 */
export const cardActionRecordSchema = z.object({
  id: z.string().min(1),
  type: z.literal('cardAction'),
  tenantId: z.string().min(1),
  programmeId: z.string().nullable(),
  reminderId: z.string().nullable(),
  outboxId: z.string().nullable(),
  userId: z.string().min(1),
  verb: z.string().min(1),
  /**
   * What was recorded, enough to show the same "Thanks — recorded" card again: the kind of
   * outcome and e.g. the agreement version — never free text, ratings or answers.
   */
  summary: z.record(z.string(), z.unknown()),
  status: z.enum(['pending', 'recorded']).optional(),
  recordedAt: isoInstant,
});
export type CardActionRecord = z.infer<typeof cardActionRecordSchema>;

export type WithEtag<T> = T & { etag: string };

/**
 * Storage port of the bot's delivery state. Writes that must not race use the record's ETag
 * (`replaceOutbox` returns null when someone else changed it first — the caller lost the race);
 * creates with an existing id report 'exists' instead of failing (idempotent enqueue/record).
 */
/**
 * Which conversation: a person has exactly one personal chat with the bot, so personal ones are
 * keyed by the person (a point read when sending); team and group chats by their conversation id.
 */
export type ConversationKey = Pick<ConversationRecord, 'conversationId' | 'userId' | 'scope'>;

/** Every delivery record of one person in one tenant: what an export shows and an erasure removes. */
export interface PersonDeliveryRecords {
  /** Their personal chat and the team or group chats they installed the bot into. */
  conversations: ConversationRecord[];
  preferences: PreferenceRecord[];
  /** Reminders addressed to them. */
  outbox: OutboxRecord[];
  /** Card actions they took. */
  cardActions: CardActionRecord[];
}

/** Which delivery records an erasure covers; see `DeliveryStore.eraseUser`. */
export interface DeliveryErasureScope {
  /**
   * Only outbox and card-action records of these programmes (a programme owner's erasure);
   * undefined = the whole tenant, including conversation references and preferences.
   */
  programmeIds?: string[];
  /**
   * Strings that name or derive from the person (the ids of their deleted documents, their name
   * as a quoted JSON string): an outbox, card-action or conversation record whose JSON contains
   * one is erased too.
   */
  mentions?: string[];
}

export interface DeliveryStore {
  upsertConversation(record: ConversationRecord): Promise<void>;
  removeConversation(tenantId: string, key: ConversationKey): Promise<boolean>;
  getConversation(tenantId: string, key: ConversationKey): Promise<ConversationRecord | null>;
  findPersonalConversation(tenantId: string, userId: string): Promise<ConversationRecord | null>;

  getPreference(tenantId: string, userId: string): Promise<PreferenceRecord | null>;
  setPreference(record: PreferenceRecord): Promise<void>;

  /** Creates each record unless its id exists. */
  enqueue(records: OutboxRecord[]): Promise<{ created: number; existing: number }>;
  /** Cross-tenant (dispatcher only): queued/deferred records due at `now` whose lease has run out. */
  findClaimable(now: Date, limit: number): Promise<WithEtag<OutboxRecord>[]>;
  /** Cross-tenant (sweeper only): 'sending' records whose lease ran out before `now`. */
  findStaleSending(now: Date, limit: number): Promise<WithEtag<OutboxRecord>[]>;
  /** Conditional replace; null when the ETag no longer matches. */
  replaceOutbox(record: OutboxRecord, etag: string): Promise<WithEtag<OutboxRecord> | null>;
  getOutbox(tenantId: string, id: string): Promise<WithEtag<OutboxRecord> | null>;
  listOutbox(tenantId: string, programmeId: string): Promise<OutboxRecord[]>;

  /** 'exists' when this action id was recorded before (double click, replay). */
  createAction(record: CardActionRecord): Promise<'created' | 'exists'>;
  /** Writes the outcome into a record created before (pending → recorded). */
  completeAction(record: CardActionRecord): Promise<void>;
  getAction(tenantId: string, id: string): Promise<CardActionRecord | null>;
  deleteAction(tenantId: string, id: string): Promise<void>;
  listActions(tenantId: string, programmeId: string): Promise<CardActionRecord[]>;

  /** Everything held about one person in this tenant (their own records; never another tenant's). */
  listForUser(tenantId: string, userId: string): Promise<PersonDeliveryRecords>;
  /**
   * Erases one person: their outbox and card-action records and those of others that mention
   * them are deleted; with a tenant-wide scope also their preferences and personal chat, and
   * team or group chats they installed keep working but no longer say who installed them.
   * Returns how many records were deleted or rewritten.
   */
  eraseUser(tenantId: string, userId: string, scope?: DeliveryErasureScope): Promise<number>;
  /** Deletes every outbox and card-action record of one programme; returns how many. */
  deleteProgrammeRecords(tenantId: string, programmeId: string): Promise<number>;
}
