import { z } from 'zod';
import type { BoardData } from '../../model/board';
import type { UserRef } from '../../model/common';
import { idSchema, userRefSchema } from '../../model/common';
import { DECISION_OUTCOMES, type Decision } from '../../model/decision';
import { parseInput } from '../parse-input';
import { isHidden } from './anonymity-gate';
import { themeMentions } from './feedback-aggregates';

export const decisionInputSchema = z.strictObject({
  outcome: z.enum(DECISION_OUTCOMES),
  theme: z.string().trim().min(1).max(100),
  explanation: z.string().trim().min(1).max(4000),
});
export type DecisionInput = z.input<typeof decisionInputSchema>;

export interface RecordDecisionInput {
  board: BoardData;
  input: unknown;
  by: UserRef;
  now: Date;
  id: string;
}

/**
 * Leaders answer a feedback theme: change course, keep course, or explain. It never depends on
 * which check-ins mention the theme — a decision on any theme is accepted alike, so trying
 * themes cannot reveal what hidden check-ins say — and never names check-ins by id.
 */
export function recordDecision(args: RecordDecisionInput): Decision {
  const { board, now } = args;
  const { programme } = board;
  const input = parseInput(decisionInputSchema, args.input);
  return {
    id: parseInput(idSchema, args.id),
    tenantId: programme.tenantId,
    programmeId: programme.id,
    type: 'decision',
    outcome: input.outcome,
    theme: input.theme,
    explanation: input.explanation,
    openSituationId: null,
    by: parseInput(userRefSchema, args.by),
    at: now.toISOString(),
  };
}

export interface YouSaidWeDidEntry {
  id: string;
  theme: string;
  outcome: Decision['outcome'];
  explanation: string;
  /** How many check-ins named the theme — present only when enough people did (never which ones). */
  checkInCount?: number;
  by: UserRef;
  at: string;
  /** Present when it answers an open situation: how it was raised. */
  openSituation?: 'named' | 'group';
}

/** How the open situation a decision answers was raised, if it answers one (still kept). */
function openSituationOf(board: BoardData, decision: Decision): { openSituation?: 'named' | 'group' } {
  if (!decision.openSituationId) return {};
  const situation = (board.openSituations ?? []).find((s) => s.id === decision.openSituationId);
  return situation ? { openSituation: situation.raisedAs } : {};
}

/** "You said, we did": every decision with its theme and outcome, newest first (no check-in content). */
export function youSaidWeDid(board: BoardData, now: Date): YouSaidWeDidEntry[] {
  return board.decisions
    .filter((d) => d.programmeId === board.programme.id)
    .map((d) => {
      const count = themeMentions(board, d.theme, now);
      return {
        id: d.id,
        theme: d.theme,
        outcome: d.outcome,
        explanation: d.explanation,
        ...(isHidden(count) ? {} : { checkInCount: count }),
        by: d.by,
        at: d.at,
        ...openSituationOf(board, d),
      };
    })
    .sort((a, b) => b.at.localeCompare(a.at) || a.id.localeCompare(b.id));
}
