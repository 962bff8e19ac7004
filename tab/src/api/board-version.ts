import type { BoardView } from '@ambassadors/shared/views/board-view';

/**
 * The version the server's board events carry for this person's view: the same digest of the
 * same JSON (the view without its build time), so the tab can tell "the board changed" from "the
 * board is now what my own save already showed me" and skip a re-read of what it has. Null where
 * the browser offers no digest (not a secure context): then every event is re-read, as before.
 */
export async function boardVersionOf(view: BoardView): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  const json = JSON.stringify({ ...view, generatedAt: '' });
  const digest = new Uint8Array(await subtle.digest('SHA-256', new TextEncoder().encode(json)));
  let binary = '';
  for (const byte of digest) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '').slice(0, 22);
}
