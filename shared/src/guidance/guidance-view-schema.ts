import { z } from 'zod';
import { STEP_KEYS, WATCH_OUT_KEYS } from '../card/ambassadors-card';
import { isoDateSchema } from '../model/common';
import { STEP_MISSING_CODES } from '../rules/step-status';
import { HEALTH_STATES, STEP_HEALTH_REASONS, WATCH_OUT_HEALTH_REASONS } from './health';
import { NEXT_ACTION_KINDS } from './next-action';

/** The board view's `guidance` as a strict schema (OpenAPI and the API tests read it). */
const params = z.record(z.string(), z.union([z.string(), z.number()]));

export const nextActionSchema = z.strictObject({
  id: z.string().min(1),
  kind: z.enum(NEXT_ACTION_KINDS),
  step: z.enum(STEP_KEYS),
  watchOut: z.enum(WATCH_OUT_KEYS).nullable(),
  due: isoDateSchema.nullable(),
  overdue: z.boolean(),
  params,
});

export const guidanceViewSchema = z.strictObject({
  nextActions: z.array(nextActionSchema),
  health: z.strictObject({
    steps: z.array(
      z.strictObject({
        step: z.enum(STEP_KEYS),
        state: z.enum(HEALTH_STATES),
        reasons: z.array(z.enum([...STEP_HEALTH_REASONS, ...STEP_MISSING_CODES])),
      }),
    ),
    watchOuts: z.array(
      z.strictObject({
        watchOut: z.enum(WATCH_OUT_KEYS),
        state: z.enum(HEALTH_STATES),
        reasons: z.array(z.enum(WATCH_OUT_HEALTH_REASONS)),
        params,
      }),
    ),
  }),
});
