import { describeNextAction, type NextAction } from '@ambassadors/shared';
import { cardText } from '../../../bot/src/cards/card-markdown';
import { reminderCard } from '../../../bot/src/cards/reminder-cards';

const ctx = (locale: 'da' | 'en') => ({
  locale,
  tabUrl: 'https://ambassadors.example.test/tab/',
  timeZone: 'Europe/Copenhagen',
  ref: { cardId: 'ob-1', outboxId: 'ob-1', reminderId: 'p:leaderDigest:digest:2026-11-30', programmeId: 'p' },
});

const texts = (card: unknown): string[] => {
  const out: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const n = node as Record<string, unknown>;
      if (n.type === 'TextBlock' && typeof n.text === 'string') out.push(n.text);
      Object.values(n).forEach(walk);
    }
  };
  walk(card);
  return out;
};

const planExit: NextAction = {
  id: 'planExit:amb-lars',
  kind: 'planExit',
  step: 'agreement',
  watchOut: 'limitPeriod',
  due: '2026-12-22',
  overdue: false,
  params: { name: 'Lars Mikkelsen', days: 22, ambassadorshipId: 'amb-lars' },
};
const alignment: NextAction = {
  id: 'holdAlignmentMeeting:meetings',
  kind: 'holdAlignmentMeeting',
  step: 'meetings',
  watchOut: 'alignMessages',
  due: '2026-12-07',
  overdue: false,
  params: { count: 3 },
};

const digest = {
  since: '2026-11-23T08:00:00.000Z',
  until: '2026-11-30T08:00:00.000Z',
  newCheckIns: 0,
  termsEnding: [{ ambassadorName: 'Lars Mikkelsen', termEnd: '2026-12-22', daysLeft: 22 }],
  exits: [],
};

describe('the leaders’ digest card', () => {
  it.each(['da', 'en'] as const)(
    'lists the board’s next actions (%s), each as the board words it',
    (locale) => {
      const card = reminderCard(
        'leaderDigest',
        { ...digest, nextActions: [alignment, planExit] },
        ctx(locale),
      );
      const lines = texts(card);
      for (const action of [alignment, planExit]) {
        const { text, due } = describeNextAction(action, locale, 'Europe/Copenhagen');
        expect(lines).toContain(`• ${cardText(due ? `${text} · ${due}` : text)}`);
      }
      expect(lines).toContain(locale === 'da' ? 'Det næste' : 'What now');
    },
  );

  it('keeps the term lines for a digest queued before it carried the list', () => {
    const lines = texts(reminderCard('leaderDigest', digest, ctx('en')));
    expect(lines.some((l) => l.includes("Lars Mikkelsen's term ends in 22 days"))).toBe(true);
  });

  it('drops entries that are not next actions, rather than showing them', () => {
    const card = reminderCard(
      'leaderDigest',
      { ...digest, nextActions: [{ kind: 'nope' }, planExit] },
      ctx('en'),
    );
    const lines = texts(card).filter((l) => l.startsWith('• '));
    expect(lines).toHaveLength(1);
  });
});
