import type { UserRef } from '@ambassadors/shared/model/common';

/** The action item form's props: who may own an item, and what adding one does. */
export interface ActionItemFormProps {
  /** The programme's people (leaders and ambassadors): an owner must be one of them. */
  people: readonly UserRef[];
  programmeId: string;
  timeZone: string | undefined;
  onAdd(item: { text: string; owner: UserRef; dueDate: string }): Promise<boolean>;
  disabled: boolean;
}
