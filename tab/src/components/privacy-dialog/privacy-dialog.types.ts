export interface PrivacyDialogProps {
  /** The programme open on the board: a leader may erase a person from it. */
  programmeId: string | null;
  /** The caller's role in that programme; only leaders see the erasure form. */
  role: 'leader' | 'ambassador' | 'employee' | null;
  onClose(): void;
}
