import type { z } from 'zod';
import { validationFailed } from '../errors/domain-error';

/**
 * Validates input at a rule's boundary with its zod schema. A failure becomes a
 * VALIDATION_FAILED DomainError listing the offending fields, so API, bot and tab show the same
 * message in the caller's language instead of zod's raw error.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw validationFailed(result.error);
}
