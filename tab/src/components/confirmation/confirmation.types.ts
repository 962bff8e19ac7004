/** A confirmation belongs to one action: a new id per action, so the same text is announced again. */
export interface ConfirmationState {
  id: number;
  text: string;
}

export interface ConfirmationProps {
  confirmation: ConfirmationState | null;
  onDismiss(): void;
}
