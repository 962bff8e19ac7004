import type { Cadence } from '../model/cadence';
import type { BoardData } from '../model/board';
import type { Meeting } from '../model/meeting';
import type { Programme } from '../model/programme';
import { meetingSchema } from '../model/meeting';
import { DomainError } from '../errors/domain-error';
import { addDays, addMonths, localDateOf, startOfLocalDay, DAY_MS } from './calendar';
import { meetingOccurrences, type MeetingCalendar } from './meeting-cadence';

/**
 * Step 5's rhythm turned into meeting documents, so each meeting of the year can be moved,
 * cancelled, attended and followed up on its own. Generation is a plan computed from the
 * programme and the meetings that exist — pure, so the route, the tab's "N to create" hint and the
 * tests all read the same answer — and applying it twice changes nothing: a rhythm day that has
 * a meeting (generated, moved, cancelled or planned by hand) or that a leader deleted is never
 * filled again.
 */

/** How far ahead the rhythm is turned into meetings: the year the leaders plan for. */
export const RHYTHM_HORIZON_MONTHS = 12;

/** Entries kept per cache below; cleared when full (a day's programmes fit easily). */
const CACHE_SIZE = 500;

/** Days looked ahead for the next rhythm meeting that has no document yet (bot status). */
const NEXT_MEETING_HORIZON_DAYS = 120;

/** The public holidays a programme's meetings avoid: its country, on its working days. */
export function rhythmCalendarOf(programme: Pick<Programme, 'settings'>): MeetingCalendar {
  return { country: programme.settings.country, workingDays: programme.settings.workingHours.days };
}

/**
 * The kind of a generated meeting: a monthly rhythm is the card's monthly meeting where the
 * ambassadors align the messages; a weekly one is a regular follow-up.
 */
export function rhythmMeetingKind(cadence: Cadence): Meeting['kind'] {
  return cadence.kind === 'monthly' ? 'alignment' : 'regular';
}

/**
 * The span meetings are generated for: from now (or the programme's start, if later) for
 * RHYTHM_HORIZON_MONTHS, never past the programme's last day. Null when empty.
 */
export function rhythmWindow(
  programme: Pick<Programme, 'startDate' | 'endDate' | 'timeZone'>,
  now: Date,
): { from: Date; to: Date } | null {
  const { start, to } = windowBounds(programme, localDateOf(now, programme.timeZone));
  const from = start.getTime() > now.getTime() ? start : now;
  return to.getTime() > from.getTime() ? { from, to } : null;
}

/** The window's edges for a local day of "now"; the same all day, so kept (zone math is the cost). */
const boundsCache = new Map<string, { start: Date; to: Date }>();

function windowBounds(
  programme: Pick<Programme, 'startDate' | 'endDate' | 'timeZone'>,
  today: string,
): { start: Date; to: Date } {
  const tz = programme.timeZone;
  const key = `${tz}|${programme.startDate}|${programme.endDate ?? ''}|${today}`;
  const cached = boundsCache.get(key);
  if (cached) return cached;
  const start = startOfLocalDay(programme.startDate, tz);
  const firstDay = today > programme.startDate ? today : programme.startDate;
  const horizon = startOfLocalDay(addMonths(firstDay, RHYTHM_HORIZON_MONTHS), tz);
  const end = programme.endDate ? startOfLocalDay(addDays(programme.endDate, 1), tz) : horizon;
  const bounds = { start, to: end.getTime() < horizon.getTime() ? end : horizon };
  if (boundsCache.size >= CACHE_SIZE) boundsCache.clear();
  boundsCache.set(key, bounds);
  return bounds;
}

/** One meeting the rhythm asks for: its rhythm day and its start (local time kept across DST). */
export interface RhythmMeetingDraft {
  occurrence: string;
  scheduledAt: string;
  durationMinutes: number;
  kind: Meeting['kind'];
}

export interface RhythmPlan {
  create: RhythmMeetingDraft[];
  /**
   * Generated meetings nobody has touched (never edited, not held or cancelled) that are no longer
   * on the rhythm — it was changed — and still lie ahead: removing them loses nothing.
   */
  remove: string[];
}

/** Expanded rhythms by their inputs: the board asks on every load, and the answer changes daily. */
const occurrenceCache = new Map<string, readonly Occurrence[]>();

/** A rhythm meeting's start and its local day. */
interface Occurrence {
  at: Date;
  day: string;
}

/**
 * The rhythm's occurrences in a window. They are expanded from the start of the window's first
 * local day (so one expansion serves a whole day of requests) and then cut at the window's start.
 */
function rhythmOccurrences(
  programme: Programme,
  cadence: Cadence,
  window: { from: Date; to: Date },
): Occurrence[] {
  const tz = programme.timeZone;
  const calendar = rhythmCalendarOf(programme);
  const fromDay = localDateOf(window.from, tz);
  const key = JSON.stringify([cadence, tz, programme.startDate, fromDay, window.to.getTime(), calendar]);
  let all = occurrenceCache.get(key);
  if (!all) {
    all = meetingOccurrences(
      cadence,
      tz,
      startOfLocalDay(fromDay, tz),
      window.to,
      programme.startDate,
      calendar,
    ).map((at) => ({ at, day: localDateOf(at, tz) }));
    if (occurrenceCache.size >= CACHE_SIZE) occurrenceCache.clear();
    occurrenceCache.set(key, all);
  }
  return all.filter(({ at }) => at.getTime() >= window.from.getTime());
}

function isUntouchedFuture(meeting: Meeting, now: Date): boolean {
  return (
    meeting.occurrence !== null &&
    !meeting.held &&
    meeting.cancelledAt === null &&
    meeting.createdAt === meeting.updatedAt &&
    new Date(meeting.scheduledAt).getTime() >= now.getTime()
  );
}

/**
 * What generating the rhythm now would do: the meetings to create (one per rhythm day in the
 * window that nothing covers yet) and the untouched generated ones to remove. A day is covered by
 * any meeting generated for it (wherever it was moved to), by any meeting on that day, and by a
 * deleted rhythm day. Public holidays move a meeting to the next working day (MeetingCalendar).
 */
export function planRhythmMeetings(
  programme: Programme,
  meetings: readonly Meeting[],
  now: Date,
  kind?: Meeting['kind'],
): RhythmPlan {
  const cadence = programme.steps.meetings.cadence;
  if (!cadence) return { create: [], remove: [] };
  const window = rhythmWindow(programme, now);
  const own = meetings.filter((m) => m.programmeId === programme.id);
  const occurrences = window ? rhythmOccurrences(programme, cadence, window) : [];
  const rhythmDays = new Set(occurrences.map((o) => o.day));
  const remove = own.filter((m) => isUntouchedFuture(m, now) && !rhythmDays.has(m.occurrence!));
  const removed = new Set(remove.map((m) => m.id));
  const kept = own.filter((m) => !removed.has(m.id));
  const covered = coveredRhythmDays(programme, kept);
  const create = occurrences
    .filter(({ day }) => !covered.has(day))
    .map(({ at, day }) => ({
      occurrence: day,
      scheduledAt: at.toISOString(),
      durationMinutes: cadence.durationMinutes,
      kind: kind ?? rhythmMeetingKind(cadence),
    }));
  return { create, remove: remove.map((m) => m.id) };
}

/** Like planRhythmMeetings, for a programme that must have a rhythm (MEETING_RHYTHM_MISSING). */
export function requireRhythmPlan(
  programme: Programme,
  meetings: readonly Meeting[],
  now: Date,
  kind?: Meeting['kind'],
): RhythmPlan {
  if (!programme.steps.meetings.cadence) throw new DomainError('MEETING_RHYTHM_MISSING');
  return planRhythmMeetings(programme, meetings, now, kind);
}

/** The meeting document for a draft: invites the programme's current ambassadors and its owners. */
export function rhythmMeetingDocument(
  programme: Programme,
  draft: RhythmMeetingDraft,
  input: { id: string; keyMessageVersion: number | null; attendees: Meeting['attendees']; now: Date },
): Meeting {
  const at = input.now.toISOString();
  return meetingSchema.parse({
    id: input.id,
    tenantId: programme.tenantId,
    programmeId: programme.id,
    type: 'meeting',
    kind: draft.kind,
    scheduledAt: draft.scheduledAt,
    durationMinutes: draft.durationMinutes,
    keyMessageVersion: input.keyMessageVersion,
    joinUrl: null,
    held: false,
    notes: {},
    attendees: input.attendees,
    occurrence: draft.occurrence,
    createdAt: at,
    updatedAt: at,
  });
}

/** A meeting that still takes place: not cancelled. */
export function isMeetingOn(meeting: Meeting): boolean {
  return meeting.cancelledAt === null;
}

/**
 * The rhythm days something already stands for: a meeting generated for the day (wherever it was
 * moved), any meeting on the day, or the day's meeting deleted by a leader.
 */
export function coveredRhythmDays(
  programme: Pick<Programme, 'id' | 'timeZone' | 'steps'>,
  meetings: readonly Meeting[],
): Set<string> {
  const own = meetings.filter((m) => m.programmeId === programme.id);
  return new Set<string>([
    ...programme.steps.meetings.skippedOccurrences,
    ...own.flatMap((m) => (m.occurrence ? [m.occurrence] : [])),
    ...own.map((m) => localDateOf(new Date(m.scheduledAt), programme.timeZone)),
  ]);
}

/**
 * The next meeting start after `now`: the earliest planned meeting that is not held or cancelled,
 * or the rhythm's next day that no document stands for (a cancelled or deleted rhythm meeting is
 * not announced). The bot's status card and the board name this same meeting.
 */
export function nextMeetingStart(board: Pick<BoardData, 'programme' | 'meetings'>, now: Date): Date | null {
  const { programme } = board;
  const planned = board.meetings
    .filter((m) => m.programmeId === programme.id && !m.held && isMeetingOn(m))
    .map((m) => new Date(m.scheduledAt))
    .filter((at) => at.getTime() > now.getTime())
    .sort((a, b) => a.getTime() - b.getTime())[0];
  const cadence = programme.steps.meetings.cadence;
  let fromRhythm: Date | undefined;
  if (cadence) {
    const covered = coveredRhythmDays(programme, board.meetings);
    fromRhythm = meetingOccurrences(
      cadence,
      programme.timeZone,
      new Date(now.getTime() + 1),
      new Date(now.getTime() + NEXT_MEETING_HORIZON_DAYS * DAY_MS),
      programme.startDate,
      rhythmCalendarOf(programme),
    ).find((at) => !covered.has(localDateOf(at, programme.timeZone)));
  }
  const candidates = [planned, fromRhythm].filter((d): d is Date => d !== undefined);
  return candidates.sort((a, b) => a.getTime() - b.getTime())[0] ?? null;
}
