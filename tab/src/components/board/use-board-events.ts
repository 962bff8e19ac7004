import { useEffect, useRef } from 'react';
import { useAppContext } from '../../app/app-context';
import { followBoardEvents } from '../../api/board-events';

/**
 * While a programme's board is shown, re-reads it whenever the server says it changed (someone
 * else accepted, checked in, edited a step). Re-reads never overlap: changes that arrive during
 * one lead to exactly one more. `refresh` must keep what the person is doing — open dialogs and
 * what they typed stay; only the board under them is replaced.
 */
export function useBoardEvents(
  programmeId: string | null,
  refresh: (version?: string) => Promise<void>,
): void {
  const { host, localUser, locale } = useAppContext();
  const latest = useRef(refresh);
  latest.current = refresh;

  useEffect(() => {
    if (!programmeId) return undefined;
    let running = false;
    let again = false;
    const onChange = (version?: string) => {
      if (running) {
        again = true;
        return;
      }
      running = true;
      void (async () => {
        try {
          do {
            again = false;
            await latest.current(version).catch(() => undefined);
          } while (again);
        } finally {
          running = false;
        }
      })();
    };
    return followBoardEvents({
      baseUrl: '/api/v1',
      programmeId,
      getToken: host.getToken,
      localUser: host.kind === 'local' ? localUser : null,
      locale,
      onChange,
    });
  }, [programmeId, host, localUser, locale]);
}
