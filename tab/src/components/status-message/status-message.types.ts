import type { ReactNode } from 'react';

export interface StatusMessageProps {
  kind: 'loading' | 'empty' | 'error';
  title: string;
  /** What happened and, above all, what the user can do about it. */
  message?: string;
  action?: { label: string; onClick(): void };
  children?: ReactNode;
}
