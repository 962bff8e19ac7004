import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { StepKey } from '@ambassadors/shared/card/ambassadors-card';
import type { BoardView } from '@ambassadors/shared/views/board-view';
import { useAppContext } from '../../app/app-context';
import { ApiError, isApiError } from '../../api/api-error';
import { parseSubEntityId } from '../../host/deep-link';
import { loadBoard, readLastProgramme, writeLastProgramme, type LoadedBoard } from '../../api/load-board';
import { valueIfSettled } from '../../app/settled';
import type { BoardActions } from '../board-actions';
import type { ConfirmationState } from '../confirmation';
import type { BoardDialog, BoardLoadState, ProgrammeSummary } from './board.types';
import { useBoardEvents } from './use-board-events';
import { boardVersionOf } from '../../api/board-version';
import { useTranslation } from '../../i18n/use-translation';
import { findUndoOffer, undoBodyOf, undoRemainingMs, type UndoOfferView } from '../../app/undo-offer';
import type { UndoOf } from '../board-actions/board-actions.types';

/** A confirmation of one act, offering its undo when the board it answered with offers one. */
function confirmationOf(id: number, text: string, undoOf?: UndoOf): ConfirmationState {
  const offer = undoOf ? findUndoOffer(undoOf.board, undoOf.act, undoOf.target) : null;
  return offer && undoOf
    ? { id, text, undo: { offer, expiresAt: Date.now() + undoRemainingMs(offer, undoOf.board) } }
    : { id, text };
}

/** An event can overtake the answer to the save that caused it: look at it this much later. */
const OWN_SAVE_GRACE_MS = 250;

/** The programme list with the saved programme's entry as the board now names it. */
function withSummaryOf(programmes: ProgrammeSummary[], board: BoardView): ProgrammeSummary[] {
  const { id, name, locale, purpose, updatedAt } = board.programme;
  const closedAt = board.closure?.closedAt ?? null;
  return programmes.map((p) => (p.id === id ? { id, name, locale, purpose, updatedAt, closedAt } : p));
}

function loadedState({ programmes, board }: LoadedBoard): BoardLoadState {
  return board ? { status: 'ready', board, programmes } : { status: 'empty' };
}

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
  // The load main.tsx started before React: when it has already answered, the first render
  // shows the board (no "loading" frame); otherwise the first load below awaits it.
  const [initialLoad] = useState(takeInitialLoad);
  const early = useRef(initialLoad);
  const [state, setState] = useState<BoardLoadState>(() => {
    const loaded = valueIfSettled(initialLoad);
    return loaded ? loadedState(loaded) : { status: 'loading' };
  });
  /** Set while the first render shows the early answer: the programme shown ('' for none). */
  const shownEarly = useRef<string | null>(
    state.status === 'ready' ? state.board.programme.id : state.status === 'empty' ? '' : null,
  );
  const [refreshing, setRefreshing] = useState(false);
  const [selectedStep, setSelectedStep] = useState<StepKey | null>(deepLink.step);
  const [dialog, setDialog] = useState<BoardDialog | null>(null);
  // The board a dialog opened on: saves build on its ETags, so a change someone else made while
  // the dialog was open ends in a conflict the person sees, not in a silent overwrite.
  const [dialogBoard, setDialogBoard] = useState<BoardView | null>(null);
  const shownBoard = useRef<BoardView | null>(null);
  shownBoard.current = state.status === 'ready' ? state.board : null;
  // The version of the board on screen, as the server's events name it.
  const shownVersion = useRef<{ board: BoardView; version: Promise<string | null> } | null>(null);
  const versionShown = () => {
    const board = shownBoard.current;
    if (!board) return Promise.resolve(null);
    if (shownVersion.current?.board !== board)
      shownVersion.current = { board, version: boardVersionOf(board).catch(() => null) };
    return shownVersion.current.version;
  };
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
        const pending =
          early.current ?? loadBoard(api, [programmeId, host.entityId, readLastProgramme()], programmeId);
        early.current = null;
        const loaded = await pending;
        if (mine !== generation.current) return null;
        if (loaded.board) writeLastProgramme(loaded.board.programme.id);
        setState(loadedState(loaded));
        return loaded.board;
      } catch (error) {
        if (mine === generation.current && !live) setState({ status: 'error', error: toApiError(error) });
        return null;
      } finally {
        if (mine === generation.current) setRefreshing(false);
      }
    },
    [api, programmeId, host.entityId],
  );

  /**
   * Shows the board a write answered with: every write route returns the caller's whole board, so
   * a save costs one request. A load still in flight started before the save and is dropped.
   */
  const show = useCallback((board: BoardView) => {
    generation.current += 1;
    setRefreshing(false);
    setState((current) => ({
      status: 'ready',
      board,
      programmes: current.status === 'ready' ? withSummaryOf(current.programmes, board) : [],
    }));
    // The caller's own save: a dialog still open goes on from what it saved.
    setDialogBoard((pinned) => (pinned ? board : pinned));
  }, []);

  // Someone else changed the programme: show it, keeping open dialogs and what is typed in them.
  const shownProgramme = state.status === 'ready' ? state.board.programme.id : null;
  useBoardEvents(
    shownProgramme,
    useCallback(
      async (version?: string) => {
        // The person's own save already shows this version: nothing to re-read.
        if (version) {
          await new Promise((resolve) => setTimeout(resolve, OWN_SAVE_GRACE_MS));
          if ((await versionShown()) === version) return;
        }
        await load(true, true);
      },
      [load],
    ),
  );

  // Reload when the identity (local demo person) or the chosen programme changes; what was open
  // or confirmed belonged to the previous person or programme.
  useEffect(() => {
    if (shownEarly.current !== null) {
      // The first render already showed the early answer: nothing to load yet.
      if (shownEarly.current) writeLastProgramme(shownEarly.current);
      shownEarly.current = null;
      early.current = null;
      return;
    }
    setDialog(null);
    setDialogBoard(null);
    setConfirmation(null);
    void load(false);
  }, [load, localUser]);

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

  /** Opening a dialog is moving on: the last confirmation goes. */
  const openDialog = useCallback((next: BoardDialog) => {
    setConfirmation(null);
    setDialogBoard(shownBoard.current);
    setDialog(next);
  }, []);
  const confirm = useCallback(
    (text: string, undoOf?: UndoOf) => setConfirmation(confirmationOf(++confirmations.current, text, undoOf)),
    [],
  );
  const { t } = useTranslation();
  /** Takes the act back; the server decides (window, whose act, nothing on top) and says why not. */
  const undo = useCallback(
    async (offer: UndoOfferView) => {
      const board = shownBoard.current;
      if (!board) return;
      setConfirmation(null);
      try {
        const answer = await api.undo({ params: { id: board.programme.id }, body: undoBodyOf(offer) });
        show(answer.data);
        setConfirmation({ id: ++confirmations.current, text: t('undo.done') });
      } catch (error) {
        const text = isApiError(error) ? error.message : t('errors.unexpected');
        setConfirmation({ id: ++confirmations.current, text, intent: 'error' });
      }
    },
    [api, show, t],
  );

  /** What the parts of the board ask of it, through BoardActionsContext. */
  const actions = useMemo<BoardActions>(
    () => ({
      selectStep: openStep,
      editStep: (step) => openDialog({ kind: 'editStep', step }),
      apply: () => openDialog({ kind: 'apply' }),
      selectApplication: (application) => openDialog({ kind: 'selectAmbassador', application }),
      checkIn: () => openDialog({ kind: 'checkIn' }),
      meeting: (meeting) => openDialog({ kind: 'meeting', meeting }),
      withdraw: (ambassador) => openDialog({ kind: 'withdraw', ambassador }),
      proposeAgreement: (ambassador) => openDialog({ kind: 'proposeAgreement', ambassador }),
      planExit: (target) => openDialog({ kind: 'exitPlan', target }),
      openFeedbackOverview: () => openDialog({ kind: 'feedbackOverview' }),
      publishKeyMessage: () => openDialog({ kind: 'keyMessage' }),
      recordDecision: (theme) => openDialog({ kind: 'decision', theme }),
      trainingSession: (session) => openDialog({ kind: 'trainingSession', session }),
      show,
      startAction: () => setConfirmation(null),
      confirm,
      undo: (offer) => void undo(offer),
    }),
    [openStep, openDialog, show, confirm, undo],
  );

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
    show,
    retry: () => load(false),
    programmeId,
    selectProgramme: setProgrammeId,
    selectedStep,
    openStep,
    dialog,
    actions,
    /** The board the open dialog works on (null: none open); the board behind it stays live. */
    dialogBoard,
    openDialog,
    closeDialog: () => {
      setDialog(null);
      setDialogBoard(null);
    },
    confirmation,
    /** An action succeeded: say so once, in the live region. */
    confirm,
    dismissConfirmation: () => setConfirmation(null),
    /** Undo the act a confirmation offers to take back. */
    undo: (offer: UndoOfferView) => void undo(offer),
    /** A dialog saved: confirm it (with its undo, when `undoOf` names an act the board offers) and show the board. */
    saved: (text: string, board: BoardView, undoOf?: Omit<UndoOf, 'board'>) => {
      setConfirmation(confirmationOf(++confirmations.current, text, undoOf && { ...undoOf, board }));
      show(board);
    },
  };
}
