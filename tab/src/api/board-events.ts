/** How the tab reaches the board's event stream: the same identity and language as the API client. */
export interface BoardEventsOptions {
  /** Absolute or root-relative base, normally `/api/v1`. */
  baseUrl: string;
  programmeId: string;
  /** Teams SSO token, or null in local mode; asked again for every connection, so it stays fresh. */
  getToken: () => Promise<string | null>;
  /** Local mode only: which demo person the tab acts as (`x-local-user`). */
  localUser: string | null;
  locale: string;
  /**
   * The board changed as this person sees it: re-read it. `version` is the digest of their new
   * view (absent after a reconnect, when changes may have been missed).
   */
  onChange: (version?: string) => void;
  fetchImpl?: typeof fetch;
}

/** Waits before reconnecting: quick after a normal end, longer after failures, never hammering. */
const FIRST_RETRY_MS = 1000;
const MAX_RETRY_MS = 30_000;

/**
 * Follows `GET /programmes/:id/events` for as long as the board is open, with `fetch` and a
 * stream reader rather than EventSource: EventSource cannot send the Authorization header, and
 * the token must not travel in a URL (it would be logged). Events carry no board content; the
 * board is re-read through the normal GET, so what a role may see is decided there as always.
 * The stream is reopened when the server ends it (its lifetime, a restart) or the network
 * drops; after a reconnect the board is re-read once, since changes may have been missed.
 * Returns the function that stops following.
 */
function versionIn(data: string): string | undefined {
  try {
    const parsed = JSON.parse(data) as { version?: unknown };
    return typeof parsed.version === 'string' ? parsed.version : undefined;
  } catch {
    return undefined;
  }
}

export function followBoardEvents(options: BoardEventsOptions): () => void {
  const doFetch = options.fetchImpl ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const controller = new AbortController();
  let stopped = false;
  let retryMs = FIRST_RETRY_MS;
  let connections = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const dispatch = (block: string) => {
    let event = 'message';
    let data = '';
    for (const line of block.split('\n')) {
      if (line.startsWith('event:')) event = line.slice(6).trim();
      else if (line.startsWith('data:')) data += line.slice(5).trim();
    }
    if (event === 'board-changed') options.onChange(versionIn(data));
    else if (event === 'ready') {
      retryMs = FIRST_RETRY_MS;
      if (++connections > 1) options.onChange();
    }
  };

  const connect = async () => {
    if (stopped) return;
    try {
      const headers: Record<string, string> = {
        Accept: 'text/event-stream',
        'Accept-Language': options.locale,
      };
      const token = await options.getToken();
      if (token) headers.Authorization = `Bearer ${token}`;
      else if (options.localUser) headers['x-local-user'] = options.localUser;
      const response = await doFetch(
        `${options.baseUrl}/programmes/${encodeURIComponent(options.programmeId)}/events`,
        { headers, signal: controller.signal, cache: 'no-store' },
      );
      if (!response.ok || !response.body) {
        // Refused (signed out, too many streams, gone): try again, but slowly.
        retryMs = MAX_RETRY_MS;
        await response.body?.cancel().catch(() => undefined);
        return;
      }
      const reader = response.body.getReader();
      const decoder = new TextDecoder();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true }).replace(/\r\n?/g, '\n');
        let cut: number;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          dispatch(buffer.slice(0, cut));
          buffer = buffer.slice(cut + 2);
        }
      }
    } catch {
      // The network dropped or the stream was stopped: reconnect below unless stopped.
    } finally {
      if (!stopped) {
        timer = setTimeout(() => void connect(), retryMs);
        retryMs = Math.min(MAX_RETRY_MS, retryMs * 2);
      }
    }
  };

  void connect();
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    controller.abort();
  };
}
