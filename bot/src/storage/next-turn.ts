/**
 * Resolves on a later turn of the event loop, as a store across a network does. The embedded
 * store's calls are synchronous; each starts with this, so a caller's loop over an always-ready
 * store (poll, find nothing, poll again) cannot run entirely in microtasks and starve timers and
 * I/O — the HTTP server among them.
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
