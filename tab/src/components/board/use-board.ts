import { useCallback, useEffect, useRef, useState } from 'react';
import type { StepKey } from '@ambassadors/shared/card/ambassadors-card';
import type { BoardView } from '@ambassadors/shared/views/board-view';
import { useAppContext } from '../../app/app-context';
import { ApiError, isApiError } from '../../api/api-error';
import { parseSubEntityId } from '../../host/deep-link';
import { loadBoard, readLastProgramme, writeLastProgramme } from '../../api/load-board';
import type { ConfirmationState } from '../confirmation';
import type { BoardDialog, BoardLoadState } from './board.types';
import { useBoardEvents } from './use-board-events';

function toApiError(error: unknown): ApiError {
  return isApiError(error)
    ? error
    : new ApiError(0, 'INTERNAL', error instanceof Error ? error.message : String(error));
}

/**
 * Loads the programme list and the chosen programme's board for the caller's role, and keeps
 * the board's UI state (open step, open dialog). The programme is, in this order: the deep
 * link's, the channel tab's configured one (`?programmeId=` / entityId), the only or first one.
 */
export function useBoard() {
  const { api, host, localUser, takeInitialLoad } = useAppContext();
  const deepLink = useRef(parseSubEntityId(host.subEntityId)).current;
  const urlProgrammeId = new URLSearchParams(window.location.search).get('programmeId');
  const [programmeId, setProgrammeId] = useState<string | null>(
    deepLink.programmeId ?? urlProgrammeId ?? null,
  );
  const [state, setState] = useState<BoardLoadState>({ status: 'loading' });
  const [refreshing, setRefreshing] = useState(false);
  const [selectedStep, setSelectedStep] = useState<StepKey | null>(deepLink.step);
  const [dialog, setDialog] = useState<BoardDialog | null>(null);
  // The board a dialog opened on: saves build on its ETags, so a change someone else made while
  // the dialog was open ends in a conflict the person sees, not in a silent overwrite.
  const [dialogBoard, setDialogBoard] = useState<BoardView | null>(null);
  const [confirmation, setConfirmation] = useState<ConfirmationState | null>(null);
  const confirmations = useRef(0);
  const generation = useRef(0);

  const load = useCallback(
    /** `live`: a re-read because the board changed elsewhere — no spinner, and a failure keeps the board shown. */
    async (quiet: boolean, live = false): Promise<BoardView | null> => {
      const mine = ++generation.current;
      // A live re-read shows nothing while it runs: the board stays until the new one arrives.
      if (!live) {
        if (quiet) setRefreshing(true);
        else setState({ status: 'loading' });
      }
      try {
        // The very first load was started before React rendered (main.tsx); later ones fetch.
        const { programmes, board } = await (takeInitialLoad() ??
          loadBoard(api, [programmeId, host.entityId, readLastProgramme()], programmeId));
        if (mine !== generation.current) return null;
        if (board) writeLastProgramme(board.programme.id);
        setState(board ? { status: 'ready', board, programmes } : { status: 'empty' });
        return board;
      } catch (error) {
        if (mine === generation.current && !live) setState({ status: 'error', error: toApiError(error) });
        return null;
      } finally {
        if (mine === generation.current) setRefreshing(false);
      }
    },
    [api, programmeId, host.entityId, takeInitialLoad],
  );

  // Reload when the identity (local demo person) or the chosen programme changes; what was open
  // or confirmed belonged to the previous person or programme.
  useEffect(() => {
    setDialog(null);
    setDialogBoard(null);
    setConfirmation(null);
    void load(false);
  }, [load, localUser]);

  // Someone else changed the programme: show it, keeping open dialogs and what is typed in them.
  const shownProgramme = state.status === 'ready' ? state.board.programme.id : null;
  useBoardEvents(
    shownProgramme,
    useCallback(async () => {
      await load(true, true);
    }, [load]),
  );

  const openStep = useCallback((step: StepKey) => {
    setSelectedStep(step);
    setConfirmation(null);
    // Let the panel render the step first, then bring it into view for keyboard and phone users.
    requestAnimationFrame(() => {
      const panel = document.getElementById('step-panel');
      panel?.scrollIntoView({ behavior: 'smooth', block: 'start' });
      panel?.focus({ preventScroll: true });
    });
  }, []);

  // A deep link to a step scrolls there once the board is shown.
  const scrolledForDeepLink = useRef(false);
  useEffect(() => {
    if (state.status === 'ready' && deepLink.step && !scrolledForDeepLink.current) {
      scrolledForDeepLink.current = true;
      openStep(deepLink.step);
    }
  }, [state.status, deepLink.step, openStep]);

  return {
    state,
    refreshing,
    /** An explicit reload (e.g. "load latest" after a conflict) also gives an open dialog the latest board. */
    reload: async () => {
      const latest = await load(true);
      if (latest) setDialogBoard((pinned) => (pinned ? latest : pinned));
    },
    retry: () => load(false),
    programmeId,
    selectProgramme: setProgrammeId,
    selectedStep,
    openStep,
    dialog,
    /** The board the open dialog works on (null: none open); the board behind it stays live. */
    dialogBoard,
    /** Opening a dialog is moving on: the last confirmation goes. */
    openDialog: (next: BoardDialog) => {
      setConfirmation(null);
      setDialogBoard(state.status === 'ready' ? state.board : null);
      setDialog(next);
    },
    closeDialog: () => {
      setDialog(null);
      setDialogBoard(null);
    },
    confirmation,
    /** An action starts: the previous action's confirmation no longer applies. */
    startAction: () => setConfirmation(null),
    /** An action succeeded: say so once, in the live region. */
    confirm: (text: string) => setConfirmation({ id: ++confirmations.current, text }),
    dismissConfirmation: () => setConfirmation(null),
    /** A dialog saved: confirm it and show the board as it is now. */
    saved: async (text: string) => {
      setConfirmation({ id: ++confirmations.current, text });
      await load(true);
    },
  };
}
