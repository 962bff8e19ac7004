import fc from 'fast-check';
import {
  DEFAULT_WORKSHOP_MINUTES,
  DomainError,
  WORKSHOP_ITEM_KEYS,
  WORKSHOP_MAX_BOX_MINUTES,
  WORKSHOP_MIN_BOX_MINUTES,
  WORKSHOP_SESSION_MINUTES,
  WORKSHOP_TIMER_ACTIONS,
  agendaMinutes,
  answerManagementQuestion,
  applyWorkshopTimerAction,
  defaultWorkshopAgenda,
  finishWorkshop,
  markWorkshopCapture,
  prepareWorkshop,
  programmeSchema,
  rebalanceTimeBoxes,
  setWorkshopTimeBox,
  withWorkshop,
  workshopItemGuidance,
  workshopRemainingMs,
  workshopSummary,
  type Workshop,
  type WorkshopItemKey,
} from '@ambassadors/shared';
import { LEADER, makeProgramme, thrown } from './fixtures';

const T0 = new Date('2026-12-01T09:00:00Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const prepared = () => prepareWorkshop(makeProgramme(), 'ws-1', T0);
const workshopOf = (p: { workshop?: Workshop }) => p.workshop!;

const key = fc.constantFrom(...WORKSHOP_ITEM_KEYS);
const box = fc.integer({ min: WORKSHOP_MIN_BOX_MINUTES, max: WORKSHOP_MAX_BOX_MINUTES });

describe('the workshop agenda', () => {
  it('follows the card: purpose, five steps, three watch-outs, the three question groups, 180 minutes', () => {
    const agenda = defaultWorkshopAgenda();
    expect(agenda.map((item) => item.key)).toEqual([
      'purpose',
      'taskPlan',
      'posting',
      'agreement',
      'training',
      'meetings',
      'limitPeriod',
      'alignMessages',
      'feedback',
      'selectAmbassadors',
      'passOnInformation',
      'scopeOfRole',
    ]);
    expect(agendaMinutes(agenda)).toBe(180);
    expect(WORKSHOP_SESSION_MINUTES).toBe(180);
    expect(Object.values(DEFAULT_WORKSHOP_MINUTES).reduce((a, b) => a + b, 0)).toBe(180);
  });

  it('law: any sequence of edits keeps the boxes summing to the session, each within bounds, the edited box as asked', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(key, box), { maxLength: 30 }), (edits) => {
        let items = defaultWorkshopAgenda();
        for (const [k, minutes] of edits) {
          items = rebalanceTimeBoxes(items, k, minutes);
          expect(items.find((item) => item.key === k)!.minutes).toBe(minutes);
          expect(agendaMinutes(items)).toBe(WORKSHOP_SESSION_MINUTES);
          for (const item of items) {
            expect(item.minutes).toBeGreaterThanOrEqual(WORKSHOP_MIN_BOX_MINUTES);
            expect(item.minutes).toBeLessThanOrEqual(WORKSHOP_MAX_BOX_MINUTES);
          }
          expect(items.map((item) => item.key)).toEqual([...WORKSHOP_ITEM_KEYS]);
        }
      }),
    );
  });

  it('law: a box outside its bounds is refused, naming the minutes, and nothing changes', () => {
    fc.assert(
      fc.property(
        key,
        fc.oneof(
          fc.integer({ min: -50, max: WORKSHOP_MIN_BOX_MINUTES - 1 }),
          fc.integer({ min: WORKSHOP_MAX_BOX_MINUTES + 1, max: 1000 }),
        ),
        (k, minutes) => {
          const programme = prepared();
          const before = JSON.stringify(programme);
          let error: unknown;
          try {
            withWorkshop(programme, (w) => setWorkshopTimeBox(w, k, minutes, T0));
          } catch (e) {
            error = e;
          }
          expect(error).toBeInstanceOf(DomainError);
          expect((error as DomainError).code).toBe('VALIDATION_FAILED');
          expect((error as DomainError).messageIn('en')).toContain(
            'Minutes must be a whole number from 5 to 125',
          );
          expect((error as DomainError).messageIn('da')).toContain(
            'Minutter skal være et helt tal fra 5 til 125',
          );
          expect(JSON.stringify(programme)).toBe(before);
        },
      ),
    );
  });

  it('takes added time from the next items first and gives freed time to the next item', () => {
    const longer = rebalanceTimeBoxes(defaultWorkshopAgenda(), 'purpose', 30);
    expect(longer.slice(0, 3).map((i) => i.minutes)).toEqual([30, 10, 20]);
    const shorter = rebalanceTimeBoxes(defaultWorkshopAgenda(), 'scopeOfRole', 5);
    expect(shorter[0]!.minutes).toBe(25);
    expect(shorter[11]!.minutes).toBe(5);
  });

  it('keeps the time already used of the item in focus when its box changes', () => {
    const running = withWorkshop(prepared(), (w) => applyWorkshopTimerAction(w, 'start', T0));
    const edited = withWorkshop(running, (w) => setWorkshopTimeBox(w, 'purpose', 25, at(4)));
    expect(workshopRemainingMs(workshopOf(edited).timer, at(4))).toBe(21 * 60_000);
  });

  it('gives each item the card text as guidance', () => {
    expect(workshopItemGuidance('taskPlan').title.da).toBe('Plan for ambassadøropgaver');
    expect(workshopItemGuidance('scopeOfRole').guidance[0]!.en).toBe('When do we withdraw the ambassadors?');
    expect(workshopItemGuidance('purpose').guidance[0]!.en).toContain('strengthen the workplace community');
  });
});

describe('the shared timer', () => {
  it('counts down from the box while running and holds while paused; next gives the whole next box', () => {
    let p = prepared();
    expect(workshopRemainingMs(workshopOf(p).timer, at(10))).toBe(20 * 60_000);
    p = withWorkshop(p, (w) => applyWorkshopTimerAction(w, 'start', T0));
    expect(workshopOf(p).startedAt).toBe(T0.toISOString());
    expect(workshopRemainingMs(workshopOf(p).timer, at(5))).toBe(15 * 60_000);
    p = withWorkshop(p, (w) => applyWorkshopTimerAction(w, 'pause', at(5)));
    expect(workshopRemainingMs(workshopOf(p).timer, at(50))).toBe(15 * 60_000);
    p = withWorkshop(p, (w) => applyWorkshopTimerAction(w, 'start', at(60)));
    expect(workshopRemainingMs(workshopOf(p).timer, at(80))).toBe(-5 * 60_000);
    p = withWorkshop(p, (w) => applyWorkshopTimerAction(w, 'next', at(80)));
    expect(workshopOf(p).timer.focus).toBe(1);
    expect(workshopRemainingMs(workshopOf(p).timer, at(81))).toBe(19 * 60_000);
    p = withWorkshop(p, (w) => applyWorkshopTimerAction(w, 'previous', at(81)));
    expect(workshopOf(p).timer.focus).toBe(0);
    expect(thrown(() => withWorkshop(p, (w) => applyWorkshopTimerAction(w, 'previous', at(82)))).code).toBe(
      'VALIDATION_FAILED',
    );
  });

  it('law: every client computes the same remaining time from the stored state; pausing never loses or gains time', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...WORKSHOP_TIMER_ACTIONS), fc.integer({ min: 0, max: 600_000 })), {
          maxLength: 25,
        }),
        (steps) => {
          let p = prepared();
          let now = T0.getTime();
          for (const [action, wait] of steps) {
            const before = workshopOf(p);
            const remainingBefore = workshopRemainingMs(before.timer, new Date(now + wait));
            now += wait;
            try {
              p = withWorkshop(p, (w) => applyWorkshopTimerAction(w, action, new Date(now)));
            } catch {
              expect(['next', 'previous']).toContain(action);
              continue;
            }
            const after = workshopOf(p);
            // Two clients reading the stored record (a JSON round trip) agree on the remaining time.
            const copy = programmeSchema.parse(JSON.parse(JSON.stringify(p))).workshop!;
            expect(workshopRemainingMs(copy.timer, new Date(now + 1234))).toBe(
              workshopRemainingMs(after.timer, new Date(now + 1234)),
            );
            if (action === 'start' || action === 'pause')
              expect(workshopRemainingMs(after.timer, new Date(now))).toBe(remainingBefore);
            else
              expect(workshopRemainingMs(after.timer, new Date(now))).toBe(
                after.items[after.timer.focus]!.minutes * 60_000,
              );
            expect(after.timer.focus).toBeGreaterThanOrEqual(0);
            expect(after.timer.focus).toBeLessThan(WORKSHOP_ITEM_KEYS.length);
          }
          // The stored programme stays valid whatever was pressed.
          expect(() => programmeSchema.parse(p)).not.toThrow();
        },
      ),
    );
  });
});

describe('a workshop session', () => {
  it('is prepared once: preparing again joins the open one, after finishing a new one starts', () => {
    const p = prepared();
    expect(prepareWorkshop(p, 'ws-2', at(1)).workshop!.id).toBe('ws-1');
    const done = finishWorkshop(p, null, null, at(2));
    expect(prepareWorkshop(done, 'ws-2', at(3)).workshop!.id).toBe('ws-2');
  });

  it('refuses changes before it is prepared and after it finished', () => {
    expect(thrown(() => markWorkshopCapture(makeProgramme(), 'taskPlan', T0)).code).toBe(
      'WORKSHOP_NOT_PREPARED',
    );
    const done = finishWorkshop(prepared(), 'chat-1', 'sent', at(2));
    expect(thrown(() => withWorkshop(done, (w) => applyWorkshopTimerAction(w, 'start', at(3)))).code).toBe(
      'WORKSHOP_FINISHED',
    );
    expect(done.workshop!.chatId).toBe('chat-1');
  });

  it('summarises what it captured, per step and question, in the programme language', () => {
    let p = prepared();
    p = {
      ...p,
      steps: {
        ...p.steps,
        taskPlan: {
          ...p.steps.taskPlan,
          tasks: [{ id: 't1', title: 'Lead the dialogue', description: '', hoursPerMonth: 4 }],
        },
      },
    };
    p = markWorkshopCapture(p, 'taskPlan', at(1));
    p = answerManagementQuestion(p, 'scopeOfRole', 'After twelve months', LEADER, at(2));
    p = markWorkshopCapture(p, 'scopeOfRole', at(2));
    const lines = workshopSummary(p, 'en');
    expect(lines.map((l) => l.key)).toEqual(['taskPlan', 'scopeOfRole'] satisfies WorkshopItemKey[]);
    expect(lines[0]!.text).toBe('Lead the dialogue (4 h/month)');
    expect(lines[1]).toEqual({ key: 'scopeOfRole', title: 'Scope of the role', text: 'After twelve months' });
    expect(workshopSummary(p, 'da')[0]!.title).toBe('Plan for ambassadøropgaver');
    p = {
      ...p,
      steps: {
        ...p.steps,
        meetings: {
          ...p.steps.meetings,
          cadence: { kind: 'monthly', weekOfMonth: 1, weekday: 3, time: '10:00', durationMinutes: 60 },
        },
      },
    };
    p = markWorkshopCapture(p, 'meetings', at(3));
    expect(workshopSummary(p, 'en').find((l) => l.key === 'meetings')!.text).toBe(
      'Monthly, the first Wednesday at 10:00',
    );
    expect(workshopSummary(p, 'da').find((l) => l.key === 'meetings')!.text).toBe(
      'Den første onsdag i måneden kl. 10:00',
    );
  });
});
