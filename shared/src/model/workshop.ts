import { z } from 'zod';
import {
  AMBASSADORS_CARD,
  MANAGEMENT_QUESTION_KEYS,
  STEP_KEYS,
  WATCH_OUT_KEYS,
} from '../card/ambassadors-card';
import { idSchema, isoDateTimeSchema } from './common';

/**
 * The card's management workshop, as its agenda: the purpose, the five steps, the three
 * watch-outs and the management team's questions, in the card's order. The keys are the card's
 * own, so an item's guidance and its outcome (a step, a question group) follow from its key.
 */
export const WORKSHOP_ITEM_KEYS = [
  'purpose',
  ...STEP_KEYS,
  ...WATCH_OUT_KEYS,
  ...MANAGEMENT_QUESTION_KEYS,
] as const;
export type WorkshopItemKey = (typeof WORKSHOP_ITEM_KEYS)[number];

/** The card's session: "Tid: 180 minutter". Every workshop's time boxes add up to it. */
export const WORKSHOP_SESSION_MINUTES = AMBASSADORS_CARD.facts.durationMinutes;

/** The shortest time box: an item can be shortened, never skipped by giving it no time. */
export const WORKSHOP_MIN_BOX_MINUTES = 5;

export const workshopItemSchema = z.object({
  key: z.enum(WORKSHOP_ITEM_KEYS),
  minutes: z.number().int().min(WORKSHOP_MIN_BOX_MINUTES).max(WORKSHOP_SESSION_MINUTES),
  /** When an outcome of this item was last saved into the programme from the workshop. */
  capturedAt: isoDateTimeSchema.nullable().default(null),
});
export type WorkshopItem = z.infer<typeof workshopItemSchema>;

/**
 * The shared timer, kept on the record so every client computes the same remaining time from
 * the server's clock: the item in focus, since when it runs (null: paused or not started) and
 * what was left of its box at that moment. Negative remaining time is an overrun, shown as such.
 */
export const workshopTimerSchema = z.object({
  focus: z.number().int().min(0),
  runningSince: isoDateTimeSchema.nullable(),
  remainingMs: z.number().int(),
});
export type WorkshopTimer = z.infer<typeof workshopTimerSchema>;

/**
 * Where the summary of a finished workshop went: posted into the meeting chat, no conversation
 * known for that chat (the bot was not added to it), or the send failed. Null: not finished, or
 * finished outside a meeting.
 */
export const WORKSHOP_SUMMARY_OUTCOMES = ['sent', 'noConversation', 'failed'] as const;

export const workshopSchema = z.object({
  id: idSchema,
  items: z.array(workshopItemSchema).length(WORKSHOP_ITEM_KEYS.length),
  timer: workshopTimerSchema,
  /** The first start of the timer (null: prepared, not begun). */
  startedAt: isoDateTimeSchema.nullable().default(null),
  finishedAt: isoDateTimeSchema.nullable().default(null),
  /** The meeting chat the workshop was finished in, from the tab's Teams context. */
  chatId: z.string().min(1).max(400).nullable().default(null),
  summary: z.enum(WORKSHOP_SUMMARY_OUTCOMES).nullable().default(null),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type Workshop = z.infer<typeof workshopSchema>;
