import { reminderCard } from '../../../bot/src/cards/reminder-cards';
import { allTextKeys, text } from '../../../bot/src/cards/card-texts';

const ctx = {
  locale: 'da' as const,
  tabUrl: 'https://teams.microsoft.com/l/entity/x',
  timeZone: 'Europe/Copenhagen',
  ref: { cardId: 'c1', outboxId: '', reminderId: 'r1', programmeId: 'p1' },
};

function findInput(node: unknown, id: string): Record<string, unknown> | undefined {
  if (Array.isArray(node)) return node.map((n) => findInput(n, id)).find(Boolean);
  if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (record.id === id) return record;
    return Object.values(record)
      .map((v) => findInput(v, id))
      .find(Boolean);
  }
  return undefined;
}

describe('the bot’s check-in card', () => {
  it('starts "should we change course?" at "not sure", as the tab’s form does', () => {
    const card = reminderCard('checkInRequest', {}, ctx);
    const input = findInput(card, 'changeCourse')!;
    expect(input.value).toBe('unsure');
    const choices = input.choices as { title: string; value: string }[];
    expect(choices.find((c) => c.value === input.value)!.title).toBe(text('unsure', 'da'));
  });

  it('calls a check-in a check-in in Danish, never "status"', () => {
    const aboutCheckIns = allTextKeys().filter((key) => /checkIn|CheckIn|digest|helpFeedback/.test(key));
    expect(aboutCheckIns.length).toBeGreaterThan(3);
    expect(aboutCheckIns.filter((key) => /status/i.test(text(key, 'da')))).toEqual([]);
  });

  it('offers the agreement’s themes as choices and still takes a theme of one’s own', () => {
    const card = reminderCard('checkInRequest', { agreedThemes: ['Arbejdspres', 'Mødekultur'] }, ctx);
    const choices = findInput(card, 'agreedTheme')!.choices as { title: string; value: string }[];
    expect(choices).toEqual([
      { title: 'Arbejdspres', value: 'Arbejdspres' },
      { title: 'Mødekultur', value: 'Mødekultur' },
    ]);
    expect(findInput(card, 'theme')!.label).toBe(text('checkInOtherTheme', 'da'));
    const without = reminderCard('checkInRequest', { agreedThemes: [] }, ctx);
    expect(findInput(without, 'agreedTheme')).toBeUndefined();
    expect(findInput(without, 'theme')!.label).toBe(text('checkInTheme', 'da'));
  });
});
