import type { Theme } from '@fluentui/react-components';
import type { HostInfo } from '../../host/host-types';
import type { LoadedBoard } from '../../api/load-board';
import type { Texts } from '../../i18n/i18n';

export interface AppProps {
  host: HostInfo;
  /** The Fluent theme for the host's theme at start (loaded before the first render). */
  initialTheme: Theme;
  /** The board's first load, already under way (null on the configuration page). */
  initialLoad: Promise<LoadedBoard> | null;
  /** The tab's texts in the host's language (loaded before the first render). */
  texts: Texts;
}

/** Which page the tab shows: the board, the configuration page, a meeting's side panel or stage, or the workshop. */
export type AppPage = 'board' | 'config' | 'sidePanel' | 'stage' | 'workshop';
