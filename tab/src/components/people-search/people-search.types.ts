import type { UserRef } from '@ambassadors/shared/model/common';

export interface PeopleSearchProps {
  /** The programme whose leader searches (the route checks the role). */
  programmeId: string;
  /** People already chosen: shown as chosen, not offered again. */
  chosenIds: readonly string[];
  /** A person was chosen; they carry their sign-in name (UPN) for meeting invitations. */
  onChoose(person: UserRef): void;
  /** The verb on each result's button, e.g. "Invite" (default "Add"). */
  actionLabel?: string;
}
