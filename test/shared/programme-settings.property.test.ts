import fc from 'fast-check';
import {
  DomainError,
  SETTING_BOUNDS,
  addOwner,
  applyProgrammeSettings,
  parseProgrammeSettingsChange,
  removeOwner,
  type ProgrammeSettings,
} from '@ambassadors/shared';
import { createDemoBoard, DEMO_PEOPLE } from '@ambassadors/shared';

/**
 * The laws of programme settings and owners: whatever a leader sends, the stored settings stay
 * inside the schema's bounds with shortest ≤ default ≤ longest term, a refused change changes
 * nothing, and a programme never ends up without an owner.
 */
const now = new Date('2026-12-01T09:00:00Z');
const programme = createDemoBoard('tenant', now).programme;
const by = DEMO_PEOPLE.leader;
type NumberKey = keyof typeof SETTING_BOUNDS;
const keys = Object.keys(SETTING_BOUNDS) as NumberKey[];

describe('programme settings laws', () => {
  it('an accepted change keeps every number within its bounds and the terms in order; a refused one throws a DomainError naming a field', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys), fc.integer({ min: -5, max: 120 })), (raw) => {
        try {
          const change = parseProgrammeSettingsChange({ settings: raw });
          const next = applyProgrammeSettings(programme, change, by, now);
          const s: ProgrammeSettings = next.settings;
          for (const key of keys) {
            expect(s[key]).toBeGreaterThanOrEqual(SETTING_BOUNDS[key]!.min);
            expect(s[key]).toBeLessThanOrEqual(SETTING_BOUNDS[key]!.max);
          }
          expect(s.termMonthsMin).toBeLessThanOrEqual(s.termMonthsDefault);
          expect(s.termMonthsDefault).toBeLessThanOrEqual(s.termMonthsMax);
          expect(s.anonymityMinAnswers).toBeGreaterThanOrEqual(5);
          expect(s.anonymityMinFreeText).toBeGreaterThanOrEqual(10);
        } catch (error) {
          expect(error).toBeInstanceOf(DomainError);
          expect(String((error as DomainError).params.field)).toMatch(/^settings\./);
        }
      }),
    );
  });

  it('every change that changes something is in the history exactly once per field', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 7, max: 90 }), (nudge, checkIn) => {
        const next = applyProgrammeSettings(
          programme,
          { settings: { nudgeIntervalDays: nudge, checkInIntervalDays: checkIn } },
          by,
          now,
        );
        const changed = [
          nudge !== programme.settings.nudgeIntervalDays,
          checkIn !== programme.settings.checkInIntervalDays,
        ].filter(Boolean).length;
        const added = next.settingsHistory.length - programme.settingsHistory.length;
        expect(added).toBe(changed > 0 ? 1 : 0);
        if (changed > 0) expect(next.settingsHistory.at(-1)!.changes).toHaveLength(changed);
      }),
    );
  });

  it('whatever sequence of adds and removes, a programme keeps at least one owner', () => {
    const people = ['a', 'b', 'c', 'd'].map((id) => ({ userId: id, displayName: `Person ${id}` }));
    fc.assert(
      fc.property(
        fc.array(fc.record({ add: fc.boolean(), who: fc.constantFrom(...people) }), { maxLength: 30 }),
        (ops) => {
          let current = programme;
          for (const op of ops) {
            try {
              current = op.add
                ? addOwner(current, op.who, by, now)
                : removeOwner(current, op.who.userId, by, now);
            } catch (error) {
              expect(error).toBeInstanceOf(DomainError);
            }
            expect(current.owners.length).toBeGreaterThanOrEqual(1);
            expect(new Set(current.owners.map((o) => o.userId)).size).toBe(current.owners.length);
          }
        },
      ),
    );
  });

  it('the last owner is refused with LAST_OWNER', () => {
    const single = { ...programme, owners: [by] };
    expect(() => removeOwner(single, by.userId, by, now)).toThrow(
      expect.objectContaining({ code: 'LAST_OWNER' }),
    );
  });
});
