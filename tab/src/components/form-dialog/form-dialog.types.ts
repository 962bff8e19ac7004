import type { ReactNode } from 'react';
import type { SaveProblem } from '../../app/use-save';

export interface FormDialogProps {
  title: string;
  /** Shown above the fields (e.g. the privacy warning of the check-in form). */
  intro?: ReactNode;
  children: ReactNode;
  submitLabel: string;
  saving: boolean;
  canSubmit: boolean;
  problem: SaveProblem | null;
  /** Conflict only: reload the latest data, keeping what the user typed. */
  onReloadLatest?: () => void;
  onSubmit(): void;
  onClose(): void;
  wide?: boolean;
}
