import { DEMO_PROGRAMME_ID, LOCAL_TENANT_ID, type Reminder } from '@ambassadors/shared';

/**
 * A meeting reminder in the local demo programme, addressed to `users`: what the card-action
 * benches queue so that every user has a card to act on.
 */
export function benchMeetingReminder(tag: string, users: readonly string[]): Reminder {
  return {
    id: `${DEMO_PROGRAMME_ID}:meeting:${tag}:${Date.now()}`,
    kind: 'meeting',
    tenantId: LOCAL_TENANT_ID,
    programmeId: DEMO_PROGRAMME_ID,
    dueAt: new Date().toISOString(),
    recipients: users.map((userId) => ({ userId, displayName: userId })),
    subject: { type: 'meeting', id: tag },
    locale: 'en',
    data: {
      meetingId: tag,
      meetingKind: 'regular',
      startsAt: new Date(Date.now() + 86_400_000).toISOString(),
      durationMinutes: 60,
      joinUrl: null,
      agenda: ['progress'],
      keyMessage: null,
    },
  };
}
