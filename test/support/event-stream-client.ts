/** One server-sent event as a client reads it. */
export interface ReadEvent {
  event: string;
  data: any;
}

export interface EventStreamClient {
  status: number;
  contentType: string | null;
  /** The JSON body of a refused request (no stream then). */
  body: any;
  /** The next event named `name` (others are skipped); rejects after `withinMs`. */
  next(name: string, withinMs?: number): Promise<ReadEvent>;
  /** Resolves once the server has ended the stream. */
  ended: Promise<void>;
  close(): void;
}

/**
 * Reads a text/event-stream over fetch, as the tab does (with the Authorization header), and
 * hands out its events in order.
 */
export async function openEventStream(
  url: string,
  headers: Record<string, string>,
): Promise<EventStreamClient> {
  const controller = new AbortController();
  const response = await fetch(url, {
    headers: { accept: 'text/event-stream', ...headers },
    signal: controller.signal,
  });
  const contentType = response.headers.get('content-type');
  if (!response.ok || !response.body) {
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // keep the text
    }
    return {
      status: response.status,
      contentType,
      body,
      next: () => Promise.reject(new Error(`no stream: ${response.status}`)),
      ended: Promise.resolve(),
      close: () => undefined,
    };
  }
  const queue: ReadEvent[] = [];
  const waiting: { wake: (() => void) | null } = { wake: null };
  let done = false;
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const ended = (async () => {
    let buffer = '';
    try {
      for (;;) {
        const { value, done: finished } = await reader.read();
        if (finished) break;
        buffer += decoder.decode(value, { stream: true });
        let cut: number;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          let event = 'message';
          const data: string[] = [];
          for (const line of block.split('\n')) {
            if (line.startsWith('event:')) event = line.slice(6).trim();
            else if (line.startsWith('data:')) data.push(line.slice(5).trim());
          }
          if (data.length) queue.push({ event, data: JSON.parse(data.join('\n')) });
          waiting.wake?.();
        }
      }
    } catch {
      // aborted by the client
    } finally {
      done = true;
      waiting.wake?.();
    }
  })();
  return {
    status: response.status,
    contentType,
    body: undefined,
    ended,
    async next(name, withinMs = 5000) {
      const deadline = Date.now() + withinMs;
      for (;;) {
        const index = queue.findIndex((e) => e.event === name);
        if (index >= 0) return queue.splice(0, index + 1).at(-1)!;
        queue.length = 0;
        if (done) throw new Error(`stream ended before a ${name} event`);
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`no ${name} event within ${withinMs} ms`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          waiting.wake = () => {
            clearTimeout(timer);
            waiting.wake = null;
            resolve();
          };
        });
      }
    },
    close: () => controller.abort(),
  };
}
