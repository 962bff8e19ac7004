import type { UserRef } from '@ambassadors/shared/model/common';
import type { HostInfo } from './host-types';

/** Picks people from the organisation's directory; null when the host cannot. */
export interface PeoplePicker {
  pick(selectedIds: string[]): Promise<UserRef[]>;
}

/**
 * Teams' own people picker when the host declares it (`people.isSupported()`), else null and
 * the caller offers name + user-id entry. Loaded on demand: it is only needed in the posting
 * editor. Any failure to load or ask counts as "not supported" — the manual entry always works.
 */
export async function loadPeoplePicker(host: HostInfo): Promise<PeoplePicker | null> {
  if (host.kind !== 'teams') return null;
  try {
    const { people } = await import('./teams-people-parts');
    if (!people.isSupported()) return null;
    return {
      async pick(selectedIds) {
        const chosen = await people.selectPeople({
          setSelected: selectedIds,
          openOrgWideSearchInChatOrChannel: true,
          singleSelect: false,
        });
        // Teams gives the sign-in address as `email`: kept as the UPN meeting invitations go to.
        return chosen
          .filter((p) => p.objectId)
          .map((p) => ({
            userId: p.objectId,
            displayName: p.displayName || p.email || p.objectId,
            ...(p.email && /^[^\s@]+@[^\s@]+$/.test(p.email) ? { upn: p.email } : {}),
          }));
      },
    };
  } catch {
    return null;
  }
}
