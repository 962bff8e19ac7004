import type { HostInfo, TeamsThemeName } from './host-types';
import { localHost } from './local-host';
import { loadTeamsSdk } from './teams-sdk';

/**
 * teams-js waits 60 s for a parent that never answers (an iframe outside Teams). The issue asks
 * us to know within a few seconds, so initialisation races our own timeout.
 */
export const TEAMS_INIT_TIMEOUT_MS = 3000;

export function toTeamsTheme(value: string | undefined | null): TeamsThemeName {
  return value === 'dark' || value === 'contrast' ? value : 'default';
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no Teams host answered within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/**
 * Teams or a plain browser? A top-level page is never in Teams (teams-js rejects at once); an
 * iframe gets `TEAMS_INIT_TIMEOUT_MS` for its parent to answer `initialize`.
 */
export async function detectHost(timeoutMs = TEAMS_INIT_TIMEOUT_MS): Promise<HostInfo> {
  if (window.parent === window && !window.opener) return localHost();
  try {
    const { app, authentication } = await withTimeout(loadTeamsSdk(), timeoutMs);
    await withTimeout(app.initialize(), timeoutMs);
    const context = await withTimeout(app.getContext(), timeoutMs);
    const listeners = new Set<(theme: TeamsThemeName) => void>();
    app.registerOnThemeChangeHandler((theme) => {
      for (const listener of listeners) listener(toTeamsTheme(theme));
    });
    return {
      kind: 'teams',
      localeTag: context.app.locale || navigator.language,
      theme: toTeamsTheme(context.app.theme),
      tenantId: context.user?.tenant?.id ?? null,
      subEntityId: context.page.subPageId || null,
      // A channel tab's contentUrl carries ?programmeId=; the entityId is the fallback.
      entityId: new URLSearchParams(window.location.search).get('programmeId') || context.page.id || null,
      frameContext: context.page.frameContext ?? null,
      meetingId: context.meeting?.id ?? null,
      chatId: context.chat?.id ?? null,
      // Teams caches and refreshes the token itself; asking for each request is cheap.
      getToken: () => authentication.getAuthToken(),
      onThemeChange: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    };
  } catch {
    return localHost();
  }
}
