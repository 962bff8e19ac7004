import fc from 'fast-check';
import {
  DAY_MS,
  HOUR_MS,
  LOCAL_TENANT_ID,
  closeProgramme,
  createDemoBoard,
  isCappedKind,
  isWithinWorkingHours,
  localDateOf,
  previewQueueKey,
  previewReminders,
  REMINDER_PREVIEW_DAYS,
  type BoardData,
} from '@ambassadors/shared';
import { LEADER, makeBoard, makeProgramme } from './fixtures';
import { everyStep, simulateNudges } from './nudge-sim';

// A Wednesday at 10:00 in Copenhagen.
const NOW = new Date('2026-11-25T09:00:00.000Z');
const demo = (now = NOW) => createDemoBoard(LOCAL_TENANT_ID, now);
const preview = (board: BoardData, now = NOW, extra: Partial<Parameters<typeof previewReminders>[0]> = {}) =>
  previewReminders({ board, now, sent: [], queued: new Set(), ...extra });

describe('the reminders preview (the scheduler simulated forward)', () => {
  it('lists the capped cards a tick-by-tick simulation of scheduler and dispatcher sends, on the same days', () => {
    const board = demo();
    const shown = preview(board)
      .items.filter((i) => isCappedKind(i.kind))
      .flatMap((i) => i.recipients.map((r) => `${i.localDate} ${r.userId} ${i.reminderId}`))
      .sort();
    const simulated = simulateNudges(board, everyStep(NOW, REMINDER_PREVIEW_DAYS, HOUR_MS))
      .map((s) => `${localDateOf(s.sentAt, board.programme.timeZone)} ${s.userId} ${s.card.lead.id}`)
      .sort();
    expect(shown.length).toBeGreaterThan(0);
    expect(shown).toEqual(simulated);
  });

  it('shows kind, recipients by name and the local time in the programme zone', () => {
    const { items, timeZone, explanation } = preview(demo());
    expect(explanation).toBeNull();
    expect(timeZone).toBe('Europe/Copenhagen');
    const meeting = items.find((i) => i.kind === 'meeting')!;
    expect(meeting.recipients.length).toBeGreaterThan(1);
    for (const r of meeting.recipients) expect(r.displayName).not.toBe('');
    for (const i of items) {
      expect(i.localDate).toBe(localDateOf(new Date(i.at), timeZone));
      expect(i.localTime).toMatch(/^\d\d:\d\d$/);
    }
  });

  it('leaves out what the outbox already holds and lets the cap count what was already sent', () => {
    const board = demo();
    const first = preview(board).items[0]!;
    const person = first.recipients[0]!;
    const without = preview(board, NOW, {
      queued: new Set([previewQueueKey(first.reminderId, person.userId)]),
    });
    expect(
      without.items.some(
        (i) =>
          i.reminderId === first.reminderId &&
          i.at === first.at &&
          i.recipients.some((r) => r.userId === person.userId),
      ),
    ).toBe(false);
    // A card sent to the same person yesterday: the cap holds the next one for a week.
    const yesterday = new Date(NOW.getTime() - DAY_MS).toISOString();
    const capped = preview(board, NOW, {
      sent: [{ userId: person.userId, covers: ['earlier'], at: yesterday, pending: false }],
    });
    const theirs = capped.items.filter(
      (i) => isCappedKind(i.kind) && i.recipients.some((r) => r.userId === person.userId),
    );
    const interval = board.programme.settings.nudgeIntervalDays * DAY_MS;
    for (const i of theirs)
      expect(new Date(i.at).getTime()).toBeGreaterThanOrEqual(Date.parse(yesterday) + interval);
  });

  it('holds the cards of people who paused reminders and says who they are', () => {
    const board = demo();
    const first = preview(board).items.find((i) => isCappedKind(i.kind))!;
    const person = first.recipients[0]!;
    const withPause = preview(board, NOW, { pausedUserIds: new Set([person.userId]) });
    const theirs = withPause.items.filter((i) => i.paused.some((p) => p.userId === person.userId));
    expect(theirs).toHaveLength(1);
    expect(
      withPause.items.some(
        (i) => i.recipients.some((r) => r.userId === person.userId) && isCappedKind(i.kind),
      ),
    ).toBe(false);
  });

  it('is empty with a reason: a closed programme sends nothing, a fresh one has nothing planned', () => {
    const board = demo();
    const { programme } = closeProgramme(board, LEADER, NOW);
    const closed = { ...board, programme };
    expect(preview(closed)).toMatchObject({ items: [], explanation: 'programmeClosed' });
    expect(preview(makeBoard(makeProgramme({ now: NOW })))).toMatchObject({
      items: [],
      explanation: 'nothingPlanned',
    });
  });

  it('law: inside the window, capped cards inside working hours and at most one per person per interval', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 1, max: 10 }),
        (dayOffset, hour, interval) => {
          const now = new Date(Date.parse('2026-09-01T00:00:00Z') + dayOffset * DAY_MS + hour * HOUR_MS);
          const base = demo(now);
          const board = {
            ...base,
            programme: {
              ...base.programme,
              settings: { ...base.programme.settings, nudgeIntervalDays: interval },
            },
          };
          const { settings, timeZone } = board.programme;
          const result = preview(board, now);
          const last = new Map<string, number>();
          for (const i of result.items) {
            const at = Date.parse(i.at);
            expect(at).toBeGreaterThanOrEqual(now.getTime());
            expect(at).toBeLessThan(now.getTime() + REMINDER_PREVIEW_DAYS * DAY_MS);
            expect(
              isWithinWorkingHours(new Date(at), settings.workingHours, timeZone, settings.country),
            ).toBe(true);
            if (!isCappedKind(i.kind)) continue;
            for (const r of i.recipients) {
              const before = last.get(r.userId);
              if (before !== undefined) expect(at - before).toBeGreaterThanOrEqual(interval * DAY_MS);
              last.set(r.userId, at);
            }
          }
        },
      ),
      { numRuns: 6 },
    );
  });
});
