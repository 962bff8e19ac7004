import {
  chatLink,
  formatSubEntityId,
  parseSubEntityId,
  scheduleMeetingLink,
} from '../../tab/src/host/deep-link';

describe('deep links', () => {
  it('reads every subEntityId form the bot may send', () => {
    expect(parseSubEntityId('agreement')).toEqual({ programmeId: null, step: 'agreement' });
    expect(parseSubEntityId('prog-1/meetings')).toEqual({ programmeId: 'prog-1', step: 'meetings' });
    expect(parseSubEntityId('{"programmeId":"p:2","step":"training"}')).toEqual({
      programmeId: 'p:2',
      step: 'training',
    });
    expect(parseSubEntityId(formatSubEntityId('demo-1', 'posting'))).toEqual({
      programmeId: 'demo-1',
      step: 'posting',
    });
  });

  it('ignores what it does not understand instead of failing', () => {
    expect(parseSubEntityId(null)).toEqual({ programmeId: null, step: null });
    expect(parseSubEntityId('')).toEqual({ programmeId: null, step: null });
    expect(parseSubEntityId('nonsense')).toEqual({ programmeId: null, step: null });
    expect(parseSubEntityId('{broken json')).toEqual({ programmeId: null, step: null });
    expect(parseSubEntityId('p/unknownStep')).toEqual({ programmeId: 'p', step: null });
  });

  it('builds the "schedule in Teams" link with subject, attendees and the agenda as content', () => {
    const link = new URL(
      scheduleMeetingLink({
        subject: 'Ambassadører: møde',
        attendees: ['a@example.test', 'b@example.test'],
        content: 'Dagsorden:\n1. Fremdrift',
        startTime: '2026-12-01T09:00:00.000Z',
      }),
    );
    expect(link.origin + link.pathname).toBe('https://teams.microsoft.com/l/meeting/new');
    expect(link.searchParams.get('subject')).toBe('Ambassadører: møde');
    expect(link.searchParams.get('attendees')).toBe('a@example.test,b@example.test');
    expect(link.searchParams.get('content')).toBe('Dagsorden:\n1. Fremdrift');
    expect(link.searchParams.get('startTime')).toBe('2026-12-01T09:00:00.000Z');
    expect(link.search).not.toContain('+'); // spaces as %20: Teams does not read "+" as a space
  });

  it('builds the chat link for one person', () => {
    const link = new URL(chatLink(['8:orgid:0000-1']));
    expect(link.origin + link.pathname).toBe('https://teams.microsoft.com/l/chat/0/0');
    expect(link.searchParams.get('users')).toBe('8:orgid:0000-1');
  });
});
