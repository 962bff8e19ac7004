import type { StatusMessageProps } from './status-message.types';

/** Errors are announced assertively, loading and empty states politely. */
export function useStatusMessage({ kind }: StatusMessageProps) {
  return { role: kind === 'error' ? ('alert' as const) : ('status' as const), busy: kind === 'loading' };
}
