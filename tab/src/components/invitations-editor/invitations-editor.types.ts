import type { UserRef } from '@ambassadors/shared/model/common';

/** One invitation as the step body sends it (who invited and when is the server's stamp). */
export interface InvitationDraft {
  invitee: UserRef;
  note: string;
}

export interface InvitationsEditorProps {
  value: InvitationDraft[];
  onChange(value: InvitationDraft[]): void;
  /** With a programme whose leader may search the directory, people are found by name. */
  programmeId?: string;
  canSearch?: boolean;
}
