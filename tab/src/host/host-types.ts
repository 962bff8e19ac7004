/** The three themes Teams has; the tab maps each to a Fluent UI theme. */
export type TeamsThemeName = 'default' | 'dark' | 'contrast';

/**
 * Where the tab runs and what it knows about that place. Inside Teams everything comes from the
 * host (context, token, theme); in a plain browser ("local mode") the server's local demo
 * identity is used and nothing is sent but an optional `x-local-user`.
 */
export interface HostInfo {
  kind: 'teams' | 'local';
  /** BCP 47 tag from Teams' context or the browser ("da-dk", "en-GB"). */
  localeTag: string;
  theme: TeamsThemeName;
  tenantId: string | null;
  /** Deep-link target from Teams (`subEntityId`) or `?step=`/`?programmeId=` locally. */
  subEntityId: string | null;
  /** The programme a channel tab shows (its configured `entityId`/`?programmeId=`). */
  entityId: string | null;
  /** `content`, `settings` (configuration page), … — null outside Teams. */
  frameContext: string | null;
  /** The Teams meeting the tab runs in (side panel, stage, meeting chat or details tab), else null. */
  meetingId?: string | null;
  /** The meeting's chat, when the tab runs in a meeting. */
  chatId?: string | null;
  /** A fresh SSO token for our API (Teams), or null in local mode. */
  getToken(): Promise<string | null>;
  /** Subscribes to live theme changes; returns an unsubscribe function. */
  onThemeChange(listener: (theme: TeamsThemeName) => void): () => void;
}
