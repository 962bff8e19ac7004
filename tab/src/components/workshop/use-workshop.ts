import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { addWorkshopTexts } from '../../i18n/workshop-texts';
import type { BoardView } from '@ambassadors/shared/views/board-view';
import type { WorkshopItemKey } from '@ambassadors/shared/model/workshop';
import type { WorkshopTimerAction } from '@ambassadors/shared/rules/workshop-timer';
import { workshopRemainingMs } from '@ambassadors/shared/rules/workshop-clock';
import { workshopItemGuidance } from '@ambassadors/shared/rules/workshop-guidance';
import { useAppContext } from '../../app/app-context';
import { isApiError } from '../../api/api-error';
import { cardText } from '../../app/format';
import type { BodyFor } from '../../api/tab-api';
import { loadTeamsSdk } from '../../host/teams-sdk';
import { useBoardEvents } from '../board/use-board-events';
import type { WorkshopProps } from './workshop.types';

/** "12:05", "-1:30" (over time): minutes and seconds, rounded up while counting down. */
export function formatRemaining(ms: number): string {
  const over = ms < 0;
  const seconds = over ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000);
  const text = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  return over ? `-${text}` : text;
}

/**
 * When the remaining time is announced to screen readers: at each whole five minutes, at one
 * minute left and when the box is used up — never every second.
 */
function announcementBucket(ms: number): string {
  if (ms <= 0) return 'over';
  if (ms <= 60_000) return 'lastMinute';
  return `m${Math.ceil(ms / 300_000) * 5}`;
}

async function teamsChatId(): Promise<string | null> {
  try {
    const { app } = await loadTeamsSdk();
    const context = await app.getContext();
    return context.chat?.id ?? null;
  } catch {
    return null;
  }
}

/**
 * The workshop's state: the programme's board (which carries the workshop), kept live by the
 * board's events so every screen shows the same item in focus, and a clock that follows the
 * server's (the offset of the board's `generatedAt`), so every screen shows the same time left.
 */
export function useWorkshop(props: WorkshopProps) {
  const { t, i18n } = useTranslation();
  addWorkshopTexts(i18n);
  const { api, locale, host } = useAppContext();
  const search = useMemo(() => new URLSearchParams(window.location.search), []);
  const programmeId = props.programmeId ?? search.get('programme') ?? search.get('programmeId');
  // Shared to a meeting's stage (`?stage=workshop`), everyone watches: the read-only view.
  const variant =
    props.variant ??
    (search.get('variant') === 'stage' || search.get('stage') === 'workshop' ? 'stage' : 'facilitator');
  const [board, setBoard] = useState<BoardView | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [copied, setCopied] = useState(false);
  const offset = useRef(0);
  const [now, setNow] = useState(() => Date.now());

  const show = useCallback((next: BoardView) => {
    offset.current = Date.parse(next.generatedAt) - Date.now();
    setNow(Date.now());
    setBoard(next);
  }, []);

  const load = useCallback(async () => {
    if (!programmeId) {
      setLoadError(t('workshop.noProgramme'));
      return;
    }
    try {
      show((await api.board({ params: { id: programmeId } })).data);
      setLoadError(null);
    } catch (e) {
      setLoadError(isApiError(e) ? e.message : t('errors.unexpected'));
    }
  }, [api, programmeId, show, t]);

  useEffect(() => {
    void load();
  }, [load]);
  useBoardEvents(board ? programmeId : null, load);

  const workshop = board?.workshop ?? null;
  const running = Boolean(workshop?.timer.runningSince && !workshop.finishedAt);
  useEffect(() => {
    if (!running) return undefined;
    const id = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(id);
  }, [running]);

  const remainingMs = workshop ? workshopRemainingMs(workshop.timer, new Date(now + offset.current)) : 0;
  const focusKey = workshop?.items[workshop.timer.focus]?.key ?? null;
  const itemText = (key: WorkshopItemKey) => {
    const g = workshopItemGuidance(key);
    return { title: cardText(g.title, locale), guidance: g.guidance.map((line) => cardText(line, locale)) };
  };

  // What a screen reader hears: the item in focus when it changes, the time at a few moments.
  const [announcement, setAnnouncement] = useState('');
  const announced = useRef<{ focus: string | null; bucket: string | null }>({ focus: null, bucket: null });
  const bucket = workshop && running ? announcementBucket(remainingMs) : null;
  useEffect(() => {
    if (!focusKey || !workshop) return;
    const last = announced.current;
    if (last.focus !== focusKey) {
      const minutes = workshop.items[workshop.timer.focus]!.minutes;
      setAnnouncement(t('workshop.announceFocus', { title: itemText(focusKey).title, minutes }));
    } else if (bucket && last.bucket !== bucket && last.bucket !== null) {
      setAnnouncement(
        bucket === 'over'
          ? t('workshop.announceOver')
          : bucket === 'lastMinute'
            ? t('workshop.announceLastMinute')
            : t('workshop.announceMinutes', { minutes: Number(bucket.slice(1)) }),
      );
    }
    announced.current = { focus: focusKey, bucket };
    // itemText depends on the locale only
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusKey, bucket, workshop, t]);

  async function act(call: () => Promise<{ data: BoardView }>): Promise<boolean> {
    setBusy(true);
    setError(null);
    try {
      show((await call()).data);
      return true;
    } catch (e) {
      setError(
        isApiError(e) ? (e.isConflict ? t('errors.conflictKept') : e.message) : t('errors.unexpected'),
      );
      if (isApiError(e) && e.isConflict) await load();
      return false;
    } finally {
      setBusy(false);
    }
  }

  const id = board?.programme.id ?? '';
  const isLeader = board?.role === 'leader' && !board.closure;
  const canRun = isLeader && variant === 'facilitator';
  return {
    t,
    variant,
    board,
    workshop,
    loadError,
    error,
    busy,
    canRun,
    isLeader,
    running,
    remaining: formatRemaining(remainingMs),
    overTime: remainingMs < 0,
    focusKey,
    itemText,
    announcement,
    agendaTotal: workshop?.items.reduce((sum, item) => sum + item.minutes, 0) ?? 0,
    prepare: () => act(() => api.prepareWorkshop({ params: { id } })),
    timer: (action: WorkshopTimerAction) =>
      act(() => api.workshopTimer({ params: { id }, body: { action } })),
    setMinutes: (item: WorkshopItemKey, minutes: number) =>
      act(() => api.setWorkshopTimeBox({ params: { id, item }, body: { minutes } })),
    capture: (item: WorkshopItemKey, body: BodyFor<'captureWorkshopOutcome'>) =>
      act(() => api.captureWorkshopOutcome({ params: { id, item }, body, ifMatch: board!.programme.etag })),
    finish: async () => {
      const chatId =
        props.chatId ?? (host.kind === 'teams' ? await teamsChatId() : search.get('chatId')) ?? null;
      return act(() => api.finishWorkshop({ params: { id }, body: { chatId } }));
    },
    summaryText: () => {
      if (!board || !workshop) return '';
      const lines = workshop.summaryLines.map((line) => `• ${line.title}: ${line.text}`);
      return [t('workshop.summaryHeading', { name: board.programme.name }), ...lines].join('\n');
    },
    copied,
    copySummary: async (text: string) => {
      try {
        await navigator.clipboard.writeText(text);
        setCopied(true);
      } catch {
        setCopied(false);
      }
    },
    boardHref: `/tab/?programmeId=${encodeURIComponent(id)}`,
  };
}
