import type { BoardView } from '@ambassadors/shared/views/board-view';
import type { ProgrammeSummary } from '@ambassadors/shared/api/tab-api-contract';
import type { TabApi } from './tab-api';

export type { ProgrammeSummary };

export interface LoadedBoard {
  programmes: ProgrammeSummary[];
  /** Null when the caller's tenant has no programme yet. */
  board: BoardView | null;
}

const LAST_PROGRAMME_KEY = 'ambassadors.lastProgramme';

/** `?programmeId=`: a channel tab's content URL names its programme. */
export function urlProgrammeId(): string | null {
  return new URLSearchParams(window.location.search).get('programmeId');
}

/** The programme the user looked at last in this browser (a guess that saves a round trip). */
export function readLastProgramme(): string | null {
  try {
    return window.localStorage.getItem(LAST_PROGRAMME_KEY);
  } catch {
    return null;
  }
}

export function writeLastProgramme(programmeId: string): void {
  try {
    window.localStorage.setItem(LAST_PROGRAMME_KEY, programmeId);
  } catch {
    // storage may be blocked in a sandboxed frame: then every load lists first
  }
}

/**
 * The programme list and the board of the first wanted programme that exists (deep link,
 * channel tab configuration, the last one viewed), else of the first listed. With a `guess`,
 * the board is requested at the same time as the list, so a known programme costs one round
 * trip, not two; a wrong guess (deleted, another tenant's: 404) just falls back. Teams' own
 * entity id is matched against the list but never guessed (a personal tab's is not an id).
 */
export async function loadBoard(
  api: TabApi,
  wanted: (string | null | undefined)[],
  /** An id worth requesting before the list arrives (deep link, `?programmeId=`, last viewed). */
  guess: string | null = null,
  /** Called once no request but the board's is left to send (it is under way, or there is none). */
  onLastRequest: () => void = () => undefined,
): Promise<LoadedBoard> {
  const boardOf = (id: string) => api.board({ params: { id } });
  const early = guess
    ? boardOf(guess).then(
        (r) => ({ ok: true as const, data: r.data }),
        (error: unknown) => ({ ok: false as const, error }),
      )
    : null;
  const { data } = await api.listProgrammes();
  const programmes = data.items ?? [];
  const chosen = wanted.find((id) => id && programmes.some((p) => p.id === id)) ?? programmes[0]?.id;
  if (!chosen) {
    onLastRequest();
    return { programmes, board: null };
  }
  if (early && chosen === guess) {
    onLastRequest();
    const result = await early;
    if (result.ok) return { programmes, board: result.data };
    throw result.error;
  }
  const board = boardOf(chosen);
  onLastRequest();
  return { programmes, board: (await board).data };
}
