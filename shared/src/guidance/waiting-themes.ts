import type { BoardData } from '../model/board';
import { daysBetween, localDateOf } from '../rules/calendar';
import { anonymityThresholds, distinctAuthors, isHidden } from '../rules/feedback/anonymity-gate';
import { liveCheckIns } from '../rules/feedback/check-ins';
import { feedbackOverview } from '../rules/feedback/feedback-aggregates';

export interface WaitingTheme {
  theme: string;
  /** When leaders could first see the theme: the moment enough different people had named it. */
  visibleSince: string;
  /** Whole local days since then. */
  waitingDays: number;
}

/**
 * The feedback themes leaders can see and have not answered ("every theme gets an answer"),
 * oldest first. A theme counts from the check-in that made it visible — the one that brought
 * the number of different people naming it up to `anonymityMinAnswers` — never from the first
 * mention, which leaders could not see and which would date a single person's check-in.
 */
export function waitingThemes(board: BoardData, now: Date): WaitingTheme[] {
  const { minimumAnswers } = anonymityThresholds(board.programme.settings);
  const live = liveCheckIns(board, now);
  // Too few people behind all check-ins together: no theme can be visible (the overview's own gate).
  if (distinctAuthors(live) < minimumAnswers) return [];
  const overview = feedbackOverview(board, now);
  if (isHidden(overview.themes)) return [];
  const tz = board.programme.timeZone;
  const today = localDateOf(now, tz);
  const out: WaitingTheme[] = [];
  for (const theme of overview.themes) {
    if (theme.answered) continue;
    const key = theme.theme.trim().toLocaleLowerCase();
    const naming = live.filter((c) => c.situations.some((s) => s.theme.trim().toLocaleLowerCase() === key));
    const reached = naming.find((_c, i) => distinctAuthors(naming.slice(0, i + 1)) >= minimumAnswers);
    if (!reached) continue;
    const since = localDateOf(new Date(reached.submittedAt), tz);
    out.push({
      theme: theme.theme,
      visibleSince: since,
      waitingDays: Math.max(0, daysBetween(since, today)),
    });
  }
  return out.sort((a, b) => a.visibleSince.localeCompare(b.visibleSince) || a.theme.localeCompare(b.theme));
}
