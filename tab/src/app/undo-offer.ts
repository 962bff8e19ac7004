import { useEffect, useState } from 'react';
import type { UndoBody } from '@ambassadors/shared/views/api-inputs';
import type { BoardView } from '@ambassadors/shared/views/board-view';

/** One act the caller may still undo, as the board offers it. */
export type UndoOfferView = NonNullable<BoardView['undo']>[number];

/** The board's offer to undo this act, if the server makes one. */
export function findUndoOffer(
  board: BoardView,
  act: UndoOfferView['act'],
  target: string,
): UndoOfferView | null {
  return board.undo?.find((offer) => offer.act === act && offer.target === target) ?? null;
}

/** The request body that undoes an offered act. */
export function undoBodyOf(offer: UndoOfferView): UndoBody {
  switch (offer.act) {
    case 'decision':
      return { act: 'decision', applicationId: offer.target };
    case 'applicationWithdrawal':
      return { act: 'applicationWithdrawal', applicationId: offer.target };
    case 'stepOverride':
      return {
        act: 'stepOverride',
        stepKey: offer.target as Extract<UndoBody, { act: 'stepOverride' }>['stepKey'],
      };
    case 'ambassadorWithdrawal':
      return { act: 'ambassadorWithdrawal', ambassadorshipId: offer.target };
  }
}

/**
 * How long the offer still holds, on the server's clock: its end minus the moment the board was
 * built. Counted from when the board arrived, so a browser clock that is off does not matter.
 */
export function undoRemainingMs(offer: UndoOfferView, board: Pick<BoardView, 'generatedAt'>): number {
  return Math.max(0, new Date(offer.until).getTime() - new Date(board.generatedAt).getTime());
}

/**
 * The offer while it holds: null once its time is up (a timer, so "Undo" disappears by itself
 * when the server would refuse it).
 */
export function useUndoOffer(
  board: BoardView,
  act: UndoOfferView['act'],
  target: string,
): UndoOfferView | null {
  const offer = findUndoOffer(board, act, target);
  const remaining = offer ? undoRemainingMs(offer, board) : 0;
  const [expired, setExpired] = useState<string | null>(null);
  const key = offer ? `${offer.act}:${offer.target}:${offer.until}:${board.generatedAt}` : null;
  useEffect(() => {
    if (!key) return undefined;
    const timer = setTimeout(() => setExpired(key), remaining);
    return () => clearTimeout(timer);
  }, [key, remaining]);
  return offer && expired !== key && remaining > 0 ? offer : null;
}
