import fc from 'fast-check';
import { botChatLink } from '@ambassadors/shared';

describe('botChatLink', () => {
  it('is the Teams deep link to the chat with the bot', () => {
    expect(botChatLink('28:5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d')).toBe(
      'https://teams.microsoft.com/l/chat/0/0?users=28%3A5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
    );
    expect(botChatLink('5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d')).toBe(
      'https://teams.microsoft.com/l/chat/0/0?users=28%3A5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
    );
  });

  it('refuses anything that is not a bot id', () => {
    for (const id of ['', '28:', '29:user', '28:a&users=b', '28:x](javascript:alert(1))', 'a b', '28:a/b']) {
      expect(botChatLink(id)).toBeNull();
    }
  });

  it('law: whatever the id, the link is null or Teams’ chat link with the id as its only parameter', () => {
    fc.assert(
      fc.property(fc.string(), (id) => {
        const link = botChatLink(id);
        if (link === null) return;
        const url = new URL(link);
        expect(url.origin + url.pathname).toBe('https://teams.microsoft.com/l/chat/0/0');
        expect([...url.searchParams.keys()]).toEqual(['users']);
        expect(url.searchParams.get('users')).toMatch(/^28:[A-Za-z0-9-]+$/);
      }),
    );
  });
});
