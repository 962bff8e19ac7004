import fc from 'fast-check';
import {
  ambassadorshipSchema,
  trainingCompletion,
  trainingModuleSchema,
  trainingSessionSchema,
  type Ambassadorship,
  type TrainingPlan,
} from '@ambassadors/shared';
import { ANNA, LEADER, makeActive, makeProgramme } from './fixtures';

const T0 = Date.parse('2026-01-01T00:00:00Z');
const HOUR = 3_600_000;
const iso = (h: number) => new Date(T0 + h * HOUR).toISOString();

/** One item: kind, required, when it was added (null: from the start), when done (null: not). */
const itemArb = fc.record({
  kind: fc.constantFrom('module' as const, 'session' as const),
  required: fc.boolean(),
  added: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
  done: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
});
interface Item {
  kind: 'module' | 'session';
  required: boolean;
  added: number | null;
  done: number | null;
}

const template = makeActive(makeProgramme(), ANNA, new Date('2026-01-01T08:00:00Z'));

function build(items: Item[]): { plan: TrainingPlan; amb: Ambassadorship } {
  const modules = items.flatMap((it, i) =>
    it.kind === 'module'
      ? [
          trainingModuleSchema.parse({
            id: `i${i}`,
            title: `M${i}`,
            required: it.required,
            addedAt: it.added === null ? null : iso(it.added),
          }),
        ]
      : [],
  );
  const sessions = items.flatMap((it, i) =>
    it.kind === 'session'
      ? [
          trainingSessionSchema.parse({
            id: `i${i}`,
            title: `S${i}`,
            // A session is done at its start: its start is its done time when attended.
            startsAt: iso(it.done ?? 50),
            place: 'Room',
            required: it.required,
            addedAt: it.added === null ? null : iso(it.added),
          }),
        ]
      : [],
  );
  const amb = ambassadorshipSchema.parse({
    ...template,
    training: items.flatMap((it, i) =>
      it.kind === 'module' && it.done !== null ? [{ moduleId: `i${i}`, completedAt: iso(it.done) }] : [],
    ),
    sessionAttendance: items.flatMap((it, i) =>
      it.kind === 'session'
        ? [{ sessionId: `i${i}`, attended: it.done !== null, recordedBy: LEADER, recordedAt: iso(101) }]
        : [],
    ),
  });
  return { plan: { modules, sessions }, amb };
}

describe('the completion law', () => {
  const items = fc.array(itemArb, { maxLength: 8 });

  it('complete exactly when every counting required item is done (done === total)', () => {
    fc.assert(
      fc.property(items, (list) => {
        const { plan, amb } = build(list);
        const c = trainingCompletion(amb, plan);
        expect(c.complete).toBe(c.requiredDone === c.requiredTotal);
        expect(c.complete).toBe(c.open.length === 0);
      }),
    );
  });

  it('every required item done ⇒ complete; optional items never change the answer', () => {
    fc.assert(
      fc.property(items, items, (list, extra) => {
        const allDone = list.map((it) => (it.required ? { ...it, done: it.done ?? 7 } : it));
        expect(trainingCompletion(build(allDone).amb, build(allDone).plan).complete).toBe(true);
        const optional = extra.map((it) => ({ ...it, required: false }));
        const { plan, amb } = build(list);
        const withOptional = build([...list, ...optional]);
        expect(trainingCompletion(withOptional.amb, withOptional.plan).complete).toBe(
          trainingCompletion(amb, plan).complete,
        );
      }),
    );
  });

  it('a required item added after completion re-opens nobody; one open from the start re-opens', () => {
    fc.assert(
      fc.property(items, fc.constantFrom('module' as const, 'session' as const), (list, kind) => {
        const { plan, amb } = build(list);
        const before = trainingCompletion(amb, plan);
        fc.pre(before.complete && before.completedAt !== null);
        const completedH = (Date.parse(before.completedAt!) - T0) / HOUR;
        const late = build([...list, { kind, required: true, added: completedH + 1, done: null }]);
        expect(trainingCompletion(late.amb, late.plan).complete).toBe(true);
        const early = build([...list, { kind, required: true, added: null, done: null }]);
        expect(trainingCompletion(early.amb, early.plan).complete).toBe(false);
      }),
    );
  });
});
