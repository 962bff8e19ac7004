import { createContext, useContext } from 'react';
import type { Locale } from '@ambassadors/shared/i18n/locale';
import type { TabApi } from '../api/tab-api';
import type { HostInfo } from '../host/host-types';
import type { LoadedBoard } from '../api/load-board';

/** What every component may need from where the tab runs; provided once by `App`. */
export interface AppContextValue {
  host: HostInfo;
  api: TabApi;
  locale: Locale;
  /** Local mode only: the demo person the tab acts as (null = the server's default, the leader). */
  localUser: string | null;
  setLocalUser(userId: string | null): void;
  /** The board load started before the first render; returns it once, then null. */
  takeInitialLoad(): Promise<LoadedBoard> | null;
  /** Opens a Teams deep link: through the host inside Teams, a new window outside. */
  openLink(url: string): void;
}

export const AppContext = createContext<AppContextValue | null>(null);

export function useAppContext(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useAppContext outside <AppContext.Provider>');
  return value;
}
