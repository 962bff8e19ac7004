import { z } from 'zod';
import type { Ambassadorship } from '../../model/ambassadorship';
import type { BoardData } from '../../model/board';
import { idSchema, userRefSchema, type UserRef } from '../../model/common';
import { DECISION_OUTCOMES, type Decision } from '../../model/decision';
import type { GroupAgreement, Meeting } from '../../model/meeting';
import {
  OPEN_SITUATION_RAISED_AS,
  openSituationTextSchema,
  openSituationThemeSchema,
  type OpenSituation,
} from '../../model/open-situation';
import { DomainError } from '../../errors/domain-error';
import { isShownAsAmbassador } from '../ambassadorship-lifecycle';
import { hasMeetingStarted } from '../meeting-started';
import { parseInput } from '../parse-input';
import { checkInExpiry } from './check-ins';

/**
 * Open situations: feedback that reaches the leaders in a small group, beside the anonymous pulse
 * (whose thresholds stay as they are). An active ambassador raises a situation with a theme —
 * about situations, never named colleagues — either with their name, or on behalf of the
 * ambassador group once the group agreed at an alignment meeting to raise that theme. Leaders
 * answer it with a decision ("you said, we did"). Nothing here is a check-in, so no open situation
 * is ever counted in the anonymous aggregates.
 */

const themeKey = (theme: string) => theme.trim().toLocaleLowerCase();

export const openSituationInputSchema = z.strictObject({
  theme: openSituationThemeSchema,
  situation: openSituationTextSchema,
  raisedAs: z.enum(OPEN_SITUATION_RAISED_AS),
  /** Required for `group`: the alignment meeting where the group agreed to raise the theme. */
  meetingId: idSchema.nullable().default(null),
});
export type OpenSituationInput = z.input<typeof openSituationInputSchema>;

export const groupAgreementInputSchema = z.strictObject({ theme: openSituationThemeSchema });
export type GroupAgreementInput = z.input<typeof groupAgreementInputSchema>;

export const openSituationAnswerInputSchema = z.strictObject({
  outcome: z.enum(DECISION_OUTCOMES),
  explanation: z.string().trim().min(1).max(4000),
});
export type OpenSituationAnswerInput = z.input<typeof openSituationAnswerInputSchema>;

/** The group's agreement to raise `theme` at this meeting, if it recorded one (case-insensitive). */
export function groupAgreementFor(meeting: Meeting, theme: string): GroupAgreement | null {
  return meeting.groupAgreements.find((a) => themeKey(a.theme) === themeKey(theme)) ?? null;
}

/**
 * The rule behind every on-behalf situation: the meeting is one of this programme's alignment
 * meetings, it has started and is not cancelled, and the group agreed there to raise this theme.
 */
export function mayRaiseOnBehalf(
  board: BoardData,
  meetingId: string | null,
  theme: string,
  now: Date,
): boolean {
  const meeting = board.meetings.find((m) => m.id === meetingId && m.programmeId === board.programme.id);
  return (
    !!meeting &&
    meeting.kind === 'alignment' &&
    meeting.cancelledAt === null &&
    hasMeetingStarted(meeting, now) &&
    groupAgreementFor(meeting, theme) !== null
  );
}

export interface RaiseOpenSituationArgs {
  board: BoardData;
  ambassadorship: Ambassadorship;
  input: unknown;
  id: string;
  now: Date;
}

/**
 * An active ambassador raises a situation openly (OPEN_SITUATION_NOT_ALLOWED for anyone else;
 * OPEN_SITUATION_NEEDS_AGREEMENT for `group` without the group's agreement at an alignment
 * meeting). It is kept as long as the raiser's check-ins would be (`checkInExpiry`), and a group
 * situation stores nobody.
 */
export function raiseOpenSituation(args: RaiseOpenSituationArgs): OpenSituation {
  const { board, ambassadorship: amb, now } = args;
  const { programme } = board;
  if (
    amb.programmeId !== programme.id ||
    amb.tenantId !== programme.tenantId ||
    !isShownAsAmbassador(amb, now, programme.timeZone)
  ) {
    throw new DomainError('OPEN_SITUATION_NOT_ALLOWED', { state: amb.state });
  }
  const input = parseInput(openSituationInputSchema, args.input);
  const group = input.raisedAs === 'group';
  if (group && !mayRaiseOnBehalf(board, input.meetingId, input.theme, now)) {
    throw new DomainError('OPEN_SITUATION_NEEDS_AGREEMENT', { theme: input.theme });
  }
  return {
    id: parseInput(z.uuid(), args.id),
    tenantId: programme.tenantId,
    programmeId: programme.id,
    type: 'openSituation',
    raisedAs: input.raisedAs,
    raisedBy: group ? null : { ...amb.person },
    meetingId: group ? input.meetingId : null,
    theme: input.theme,
    situation: input.situation,
    raisedAt: now.toISOString(),
    expiresAt: checkInExpiry(amb, programme).toISOString(),
  };
}

/**
 * Records "the group agreed to raise: <theme>" on an alignment meeting that has started and is
 * not cancelled (GROUP_AGREEMENT_NOT_ALLOWED otherwise). The same theme twice is kept once.
 */
export function recordGroupAgreement(
  meeting: Meeting,
  input: unknown,
  by: UserRef,
  id: string,
  now: Date,
): Meeting {
  const { theme } = parseInput(groupAgreementInputSchema, input);
  if (meeting.kind !== 'alignment' || meeting.cancelledAt !== null || !hasMeetingStarted(meeting, now)) {
    throw new DomainError('GROUP_AGREEMENT_NOT_ALLOWED');
  }
  if (groupAgreementFor(meeting, theme)) return meeting;
  const agreement: GroupAgreement = {
    id: parseInput(idSchema, id),
    theme,
    recordedBy: parseInput(userRefSchema, by),
    recordedAt: now.toISOString(),
  };
  return {
    ...meeting,
    groupAgreements: [...meeting.groupAgreements, agreement],
    updatedAt: now.toISOString(),
  };
}

/** The open situations that may still be read: this programme's, not past their retention. */
export function liveOpenSituations(board: BoardData, now: Date): OpenSituation[] {
  const { programme } = board;
  return (board.openSituations ?? [])
    .filter(
      (s) =>
        s.programmeId === programme.id &&
        s.tenantId === programme.tenantId &&
        Date.parse(s.expiresAt) > now.getTime(),
    )
    .sort((a, b) => b.raisedAt.localeCompare(a.raisedAt) || a.id.localeCompare(b.id));
}

/** The decision that answers an open situation, if leaders have answered it. */
export function answerOf(board: BoardData, situationId: string): Decision | null {
  return (
    board.decisions.find((d) => d.programmeId === board.programme.id && d.openSituationId === situationId) ??
    null
  );
}

export interface AnswerOpenSituationArgs {
  board: BoardData;
  situation: OpenSituation;
  input: unknown;
  by: UserRef;
  id: string;
  now: Date;
}

/**
 * Leaders answer an open situation in "you said, we did": a decision on its theme that names the
 * situation (once: OPEN_SITUATION_ANSWERED for a second answer).
 */
export function answerOpenSituation(args: AnswerOpenSituationArgs): Decision {
  const { board, situation, now } = args;
  const input = parseInput(openSituationAnswerInputSchema, args.input);
  if (answerOf(board, situation.id)) throw new DomainError('OPEN_SITUATION_ANSWERED');
  return {
    id: parseInput(idSchema, args.id),
    tenantId: board.programme.tenantId,
    programmeId: board.programme.id,
    type: 'decision',
    outcome: input.outcome,
    theme: situation.theme,
    explanation: input.explanation,
    openSituationId: situation.id,
    by: parseInput(userRefSchema, args.by),
    at: now.toISOString(),
  };
}

/**
 * Who is told that leaders answered a theme: the raiser of a named situation (if still an active
 * ambassador); for a group situation or a theme of the anonymous pulse, every ambassador active
 * at the answer — so telling never reveals who reported the theme.
 */
export function answerAudience(
  board: BoardData,
  decision: Decision,
  active: readonly Ambassadorship[],
): UserRef[] {
  const situation = decision.openSituationId
    ? (board.openSituations ?? []).find((s) => s.id === decision.openSituationId)
    : undefined;
  if (situation?.raisedAs === 'named' && situation.raisedBy) {
    const raiser = situation.raisedBy.userId;
    return active.filter((a) => a.person.userId === raiser).map((a) => a.person);
  }
  return active.map((a) => a.person);
}

/**
 * The named open situations whose expiry must come forward because the term of the ambassador
 * who raised them ended earlier than planned (withdrawal, early end, a shorter term), each with
 * its new `expiresAt`: the same `retentionMonthsAfterTerm` after the actual end that their
 * check-ins get. An expiry only ever comes forward. A situation raised on behalf of the group
 * names nobody, so nothing ties it to one term: it keeps the expiry it was given.
 */
export function openSituationRetentionUpdates(board: BoardData): OpenSituation[] {
  const { programme } = board;
  const updates: OpenSituation[] = [];
  for (const situation of board.openSituations ?? []) {
    if (situation.programmeId !== programme.id || !situation.raisedBy) continue;
    const raisedAt = Date.parse(situation.raisedAt);
    const raiser = board.ambassadorships.find(
      (a) =>
        a.programmeId === programme.id &&
        a.person.userId === situation.raisedBy!.userId &&
        !!a.activatedAt &&
        Date.parse(a.activatedAt) <= raisedAt &&
        (!a.endedAt || raisedAt <= Date.parse(a.endedAt)),
    );
    if (!raiser) continue;
    const expiry = checkInExpiry(raiser, programme);
    if (expiry.getTime() < Date.parse(situation.expiresAt))
      updates.push({ ...situation, expiresAt: expiry.toISOString() });
  }
  return updates;
}
