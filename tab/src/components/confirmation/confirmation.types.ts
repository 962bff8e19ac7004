import type { UndoOfferView } from '../../app/undo-offer';

/** A confirmation belongs to one action: a new id per action, so the same text is announced again. */
export interface ConfirmationState {
  id: number;
  text: string;
  /** 'error': the undo it offered was refused (the message says why). */
  intent?: 'success' | 'error';
  /** The act it confirms may still be undone: until `expiresAt` (ms on the page's clock). */
  undo?: { offer: UndoOfferView; expiresAt: number };
}

export interface ConfirmationProps {
  confirmation: ConfirmationState | null;
  onDismiss(): void;
  /** Undo the confirmed act (offered only while it may be undone). */
  onUndo?(offer: UndoOfferView): void;
}
