import { STEP_KEYS, type StepKey } from '@ambassadors/shared/card/ambassadors-card';

/** Where a link from a card or a notification wants the tab to open. */
export interface DeepLinkTarget {
  programmeId: string | null;
  step: StepKey | null;
}

function asStep(value: unknown): StepKey | null {
  return typeof value === 'string' && (STEP_KEYS as readonly string[]).includes(value)
    ? (value as StepKey)
    : null;
}

/**
 * Reads Teams' `subEntityId` (the `context` of a tab deep link). Accepted forms, so the bot's
 * cards can use whichever is convenient: `"agreement"`, `"<programmeId>/agreement"` and
 * `{"programmeId":"…","step":"agreement"}`. Anything else opens the board at the top.
 */
export function parseSubEntityId(subEntityId: string | null | undefined): DeepLinkTarget {
  if (!subEntityId) return { programmeId: null, step: null };
  const text = subEntityId.trim();
  if (text.startsWith('{')) {
    try {
      const parsed = JSON.parse(text) as { programmeId?: unknown; step?: unknown };
      return {
        programmeId: typeof parsed.programmeId === 'string' && parsed.programmeId ? parsed.programmeId : null,
        step: asStep(parsed.step),
      };
    } catch {
      return { programmeId: null, step: null };
    }
  }
  const slash = text.lastIndexOf('/');
  if (slash > 0) return { programmeId: text.slice(0, slash), step: asStep(text.slice(slash + 1)) };
  return { programmeId: null, step: asStep(text) };
}

/** The `subEntityId` the tab understands for "open this programme at this step". */
export function formatSubEntityId(programmeId: string, step: StepKey): string {
  return `${programmeId}/${step}`;
}

/**
 * "Schedule in Teams": opens Teams' new-meeting form with subject, attendees (their sign-in
 * names, see shared/src/rules/meeting-invite-addresses.ts) and the agenda as the body, so the leader does not retype it.
 */
export function scheduleMeetingLink(input: {
  subject: string;
  attendees: string[];
  content: string;
  startTime?: string;
  endTime?: string;
}): string {
  const params = new URLSearchParams();
  params.set('subject', input.subject);
  if (input.attendees.length > 0) params.set('attendees', input.attendees.join(','));
  if (input.startTime) params.set('startTime', input.startTime);
  if (input.endTime) params.set('endTime', input.endTime);
  params.set('content', input.content);
  return `https://teams.microsoft.com/l/meeting/new?${params.toString().replace(/\+/g, '%20')}`;
}

/** "Chat": a 1:1 (or group) chat with the person next to whom the link is shown. */
export function chatLink(users: string[], message?: string): string {
  const params = new URLSearchParams({ users: users.join(',') });
  if (message) params.set('message', message);
  return `https://teams.microsoft.com/l/chat/0/0?${params.toString().replace(/\+/g, '%20')}`;
}
