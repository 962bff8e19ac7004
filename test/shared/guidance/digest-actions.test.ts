import { nextActions, planReminders, withDigestNextActions, type Reminder } from '@ambassadors/shared';
import { BO, rawAmbassadorship } from '../fixtures';
import { onTrackBoard } from './guidance-fixtures';

describe('the leaders’ digest', () => {
  it('carries the leaders’ next actions as of the digest’s own moment', () => {
    const ending = rawAmbassadorship({
      id: 'amb-bo',
      person: BO,
      term: { start: '2025-06-01', end: '2026-04-10' },
      activatedAt: '2025-06-01T08:00:00.000Z',
    });
    const board = { ...onTrackBoard(), ambassadorships: [ending] };
    const planned = planReminders(board, {
      from: new Date('2026-03-20T00:00:00Z'),
      to: new Date('2026-03-31T00:00:00Z'),
    });
    const digests = withDigestNextActions(board, planned).filter(
      (r): r is Extract<Reminder, { kind: 'leaderDigest' }> => r.kind === 'leaderDigest',
    );
    expect(digests.length).toBeGreaterThan(0);
    for (const digest of digests) {
      const expected = nextActions(board, { userId: 'leader-1', role: 'leader' }, new Date(digest.dueAt));
      expect((digest.data as { nextActions?: unknown }).nextActions).toEqual(expected);
      expect(expected.map((a) => a.kind)).toContain('planExit');
    }
    // Other reminders pass through untouched.
    const others = withDigestNextActions(board, planned).filter((r) => r.kind !== 'leaderDigest');
    expect(others).toEqual(planned.filter((r) => r.kind !== 'leaderDigest'));
  });
});
