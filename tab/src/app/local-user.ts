/** Local mode only: which demo person the tab acts as, remembered across reloads. */
const LOCAL_USER_KEY = 'ambassadors.localUser';

export function readLocalUser(): string | null {
  try {
    return window.localStorage.getItem(LOCAL_USER_KEY);
  } catch {
    return null;
  }
}

export function writeLocalUser(userId: string | null): void {
  try {
    if (userId) window.localStorage.setItem(LOCAL_USER_KEY, userId);
    else window.localStorage.removeItem(LOCAL_USER_KEY);
  } catch {
    // storage may be blocked in a sandboxed frame; the choice then lasts for this page only
  }
}
