import { DateTime } from 'luxon';
import { z } from 'zod';
import type { Ambassadorship } from '../../model/ambassadorship';
import type { BoardData } from '../../model/board';
import { checkInSchema, type CheckIn } from '../../model/check-in';
import type { Programme } from '../../model/programme';
import { DomainError } from '../../errors/domain-error';
import { isShownAsAmbassador } from '../ambassadorship-lifecycle';
import { currentKeyMessage } from '../key-messages';
import { parseInput } from '../parse-input';
import { termEndInstant } from '../term';
import { anonymityThresholds } from './anonymity-gate';

/**
 * Check-ins, the card's "get feedback along the way": an active ambassador's situations and
 * themes (never named colleagues), one per interval, written under a pseudonym and kept only
 * `retentionMonthsAfterTerm` after the term actually ends.
 */

export const checkInInputSchema = checkInSchema.pick({
  progress: true,
  challenges: true,
  successes: true,
  situations: true,
  alignment: true,
  changeCourse: true,
  changeCourseSuggestion: true,
});
export type CheckInInput = z.input<typeof checkInInputSchema>;

export interface CreateCheckInInput {
  input: unknown;
  ambassadorship: Ambassadorship;
  programme: Programme;
  /** Pseudonymous key (the caller's keyed hash of person + programme); never the user id. */
  authorKey: string;
  /** The programme's live check-ins, for the one-per-interval rule. */
  previous: readonly CheckIn[];
  /** A random UUID: an id computed from card, reminder or person would let leaders confirm the author. */
  id: string;
  now: Date;
}

/** When an ambassadorship actually ended (withdrawn or ended early), else the planned end of its term. */
function actualTermEnd(amb: Ambassadorship, timeZone: string): Date {
  const planned = termEndInstant(amb.term, timeZone);
  if ((amb.state === 'withdrawn' || amb.state === 'ended') && amb.endedAt) {
    const ended = new Date(amb.endedAt);
    return ended.getTime() < planned.getTime() ? ended : planned;
  }
  return planned;
}

/**
 * When a check-in's raw text must be gone: `retentionMonthsAfterTerm` after the term's actual
 * end (a withdrawal or a shortened term counts from that earlier day), in the programme's zone.
 */
export function checkInExpiry(ambassadorship: Ambassadorship, programme: Programme): Date {
  return DateTime.fromJSDate(actualTermEnd(ambassadorship, programme.timeZone), {
    zone: programme.timeZone,
  })
    .plus({ months: programme.settings.retentionMonthsAfterTerm })
    .toJSDate();
}

/** Whether a check-in was written during this ambassadorship (while it was active). */
function writtenDuring(checkIn: CheckIn, amb: Ambassadorship): boolean {
  if (!amb.activatedAt) return false;
  const at = Date.parse(checkIn.submittedAt);
  if (at < Date.parse(amb.activatedAt)) return false;
  return !amb.endedAt || at <= Date.parse(amb.endedAt);
}

/**
 * The check-ins whose expiry must come forward because their author's term ended earlier than
 * planned (withdrawal, early end, a shorter term), each with its new `expiresAt`. An expiry is
 * never pushed later: a check-in's life can only get shorter. Only the server can match a
 * check-in to an ambassadorship (`authorKeyOf` needs its secret); nothing stored does.
 */
export function checkInRetentionUpdates(
  board: BoardData,
  authorKeyOf: (ambassadorship: Ambassadorship) => string,
): CheckIn[] {
  const { programme } = board;
  const byKey = new Map<string, Ambassadorship[]>();
  for (const amb of board.ambassadorships) {
    if (amb.programmeId !== programme.id || !amb.activatedAt) continue;
    const key = authorKeyOf(amb);
    const list = byKey.get(key);
    if (list) list.push(amb);
    else byKey.set(key, [amb]);
  }
  const expiries = new Map<string, number>();
  const expiryOf = (amb: Ambassadorship) => {
    let at = expiries.get(amb.id);
    if (at === undefined) {
      at = checkInExpiry(amb, programme).getTime();
      expiries.set(amb.id, at);
    }
    return at;
  };
  const updates: CheckIn[] = [];
  for (const checkIn of board.checkIns) {
    if (checkIn.programmeId !== programme.id) continue;
    const author = byKey.get(checkIn.authorKey)?.find((amb) => writtenDuring(checkIn, amb));
    if (!author || expiryOf(author) >= Date.parse(checkIn.expiresAt)) continue;
    updates.push({ ...checkIn, expiresAt: new Date(expiryOf(author)).toISOString() });
  }
  return updates;
}

/**
 * The local day from which this author may send the next check-in, or null when they may now.
 * One check-in per ambassador per `checkInIntervalDays` (rolling, counted in whole local days):
 * a second one in the same interval is REFUSED rather than replacing the first, because stored
 * feedback is immutable (an edit could otherwise renew its expiry) and a replacement would have
 * to find "this person's earlier check-in" — a link nothing stored should make easy.
 */
export function nextCheckInFrom(
  previous: readonly CheckIn[],
  authorKey: string,
  programme: Programme,
  now: Date,
): string | null {
  const tz = programme.timeZone;
  const days = programme.settings.checkInIntervalDays;
  let from: DateTime | null = null;
  for (const c of previous) {
    if (c.programmeId !== programme.id || c.authorKey !== authorKey) continue;
    const next = DateTime.fromISO(c.submittedAt, { zone: tz }).startOf('day').plus({ days });
    if (!from || next > from) from = next;
  }
  return from && from.toMillis() > now.getTime() ? from.toISODate() : null;
}

/**
 * An active ambassador's check-in (CHECK_IN_NOT_ALLOWED for candidates, former ambassadors or
 * another programme's ambassadorship; CHECK_IN_TOO_SOON within the author's interval). It
 * records the key-message version it was written under and nothing that names the person.
 * REST and the bot's card both come through here, so the same rules hold on both paths.
 */
export function createCheckIn(args: CreateCheckInInput): CheckIn {
  const { ambassadorship: amb, programme, now } = args;
  if (
    amb.programmeId !== programme.id ||
    amb.tenantId !== programme.tenantId ||
    !isShownAsAmbassador(amb, now, programme.timeZone)
  ) {
    throw new DomainError('CHECK_IN_NOT_ALLOWED', { state: amb.state });
  }
  const input = parseInput(checkInInputSchema, args.input);
  const authorKey = parseInput(z.string().min(1).max(100), args.authorKey);
  const id = parseInput(z.uuid(), args.id);
  const from = nextCheckInFrom(args.previous, authorKey, programme, now);
  if (from) {
    throw new DomainError('CHECK_IN_TOO_SOON', { date: from, days: programme.settings.checkInIntervalDays });
  }
  return {
    id,
    tenantId: programme.tenantId,
    programmeId: programme.id,
    type: 'checkIn',
    authorKey,
    ...input,
    situations: input.situations.map((s) => ({ ...s })),
    keyMessageVersion: currentKeyMessage(programme)?.version ?? null,
    submittedAt: now.toISOString(),
    expiresAt: checkInExpiry(amb, programme).toISOString(),
  };
}

/** What the check-in form tells the ambassador before they send it. */
export interface CheckInPrivacy {
  /** Who can ever read the answers (as aggregates): the programme's leaders. */
  visibleTo: 'leaders';
  /** Figures appear only when this many different ambassadors have answered. */
  minimumAnswers: number;
  /** Free text appears only when this many different ambassadors have answered. */
  minimumFreeText: number;
  retentionMonthsAfterTerm: number;
  /** The latest moment this ambassador's check-ins are deleted (earlier if the term ends early). */
  deletedBy: string;
  /** One check-in per this many days. */
  intervalDays: number;
}

export function checkInPrivacy(programme: Programme, ambassadorship: Ambassadorship): CheckInPrivacy {
  const thresholds = anonymityThresholds(programme.settings);
  return {
    visibleTo: 'leaders',
    ...thresholds,
    retentionMonthsAfterTerm: programme.settings.retentionMonthsAfterTerm,
    deletedBy: checkInExpiry(ambassadorship, programme).toISOString(),
    intervalDays: programme.settings.checkInIntervalDays,
  };
}

/** The check-ins that may still be read: this programme's, submitted, not expired. */
export function liveCheckIns(board: BoardData, now: Date): CheckIn[] {
  const { programme } = board;
  return board.checkIns
    .filter(
      (c) =>
        c.programmeId === programme.id &&
        c.tenantId === programme.tenantId &&
        new Date(c.submittedAt).getTime() <= now.getTime() &&
        new Date(c.expiresAt).getTime() > now.getTime(),
    )
    .sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));
}
