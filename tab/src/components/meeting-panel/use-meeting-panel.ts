import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { AgendaHeading } from '@ambassadors/shared/model/programme';
import type { UserRef } from '@ambassadors/shared/model/common';
import type { BoardView } from '@ambassadors/shared/views/board-view';
import { useAppContext } from '../../app/app-context';
import { addMeetingTexts } from '../../i18n/meeting-texts';
import { todayIn } from '../../app/format';
import { useSave } from '../../app/use-save';
import { loadTeamsMeetingSdk } from '../../host/teams-sdk';
import { useBoard } from '../board';
import { headingNotesOf, meetingsOf, stageUrlFor, workshopStageUrlFor } from '../../app/meeting-view';

/**
 * The meeting side panel: finds the record bound to this Teams meeting (or lets a leader bind
 * today's planned one or start one now), and writes notes, presence, action items and the
 * stage's focus as single merges the server applies on the newest version — several people can
 * write at once. The board's live events keep the panel current as others write.
 */
export function useMeetingPanel() {
  const { t, i18n } = useTranslation();
  addMeetingTexts(i18n);
  const { api, host } = useAppContext();
  const b = useBoard();
  const board = b.state.status === 'ready' ? b.state.board : null;
  const teamsMeetingId = host.meetingId ?? null;
  const meetings = meetingsOf(board);
  const meeting = teamsMeetingId ? (meetings.find((m) => m.teamsMeetingId === teamsMeetingId) ?? null) : null;
  const timeZone = board?.programme.timeZone;
  const today = todayIn(timeZone);
  const todays = meetings.filter(
    (m) =>
      m.teamsMeetingId === null &&
      m.cancelledAt === null &&
      !m.held &&
      todayIn(timeZone, new Date(m.scheduledAt)) === today,
  );
  const can = (action: BoardView['permissions'][number]) => !!board?.permissions.includes(action);
  const { saving, problem, save } = useSave();
  const [drafts, setDrafts] = useState<Partial<Record<AgendaHeading, string>>>({});
  /** null until the host has answered whether sharing to the stage is possible here. */
  const [canShare, setCanShare] = useState<boolean | null>(null);
  const [shared, setShared] = useState(false);
  const [shareError, setShareError] = useState<string | null>(null);

  /** Runs one write; the board it answers with is shown at once. */
  const write = useCallback(
    async (call: () => Promise<{ data: BoardView }>): Promise<boolean> => {
      const result = await save(call);
      if (result) b.show(result.value.data);
      return !!result;
    },
    [save, b],
  );

  // Teams says whether this app may share to the stage here (a presenter, a meeting that allows it).
  const meetingShown = meeting?.id ?? null;
  useEffect(() => {
    if (host.kind !== 'teams' || !meetingShown) return;
    let live = true;
    void loadTeamsMeetingSdk()
      .then(({ meeting: teamsMeeting }) =>
        teamsMeeting.getAppContentStageSharingCapabilities((error, capabilities) => {
          if (live) setCanShare(!error && !!capabilities?.doesAppHaveSharePermission);
        }),
      )
      .catch(() => live && setCanShare(false));
    return () => {
      live = false;
    };
  }, [host.kind, meetingShown]);

  const programmeId = board?.programme.id ?? '';
  const meetingId = meeting?.id ?? '';
  const shareUrl = (url: string) => {
    setShareError(null);
    void loadTeamsMeetingSdk().then(({ meeting: teamsMeeting }) =>
      teamsMeeting.shareAppContentToStage((error, ok) => {
        if (error || !ok) setShareError(t('meetingPanel.shareFailed'));
        else setShared(true);
      }, url),
    );
  };

  return {
    t,
    state: b.state,
    retry: b.retry,
    board,
    meeting,
    inMeeting: teamsMeetingId !== null,
    todays,
    timeZone,
    saving,
    problem,
    canBind: can('meeting:plan'),
    canNote: can('meeting:note'),
    canRecord: can('meeting:record'),
    headings: board ? headingNotesOf(board, meeting, t) : [],
    people: board?.meetingPlan.people ?? [],
    drafts,
    setDraft: (heading: AgendaHeading, text: string) => setDrafts((d) => ({ ...d, [heading]: text })),
    /** Shows a board a write answered with (the alignment round's saves). */
    showBoard: b.show,
    canShare,
    shared,
    shareError,
    bind: (recordId?: string) =>
      write(() =>
        api.bindTeamsMeeting({
          params: { id: programmeId },
          body: { teamsMeetingId: teamsMeetingId!, ...(recordId ? { meetingId: recordId } : {}) },
        }),
      ),
    addNote: async (heading: AgendaHeading) => {
      const text = (drafts[heading] ?? '').trim();
      if (!text) return;
      const ok = await write(() =>
        api.addMeetingNote({ params: { id: programmeId, meetingId }, body: { heading, text } }),
      );
      if (ok) setDrafts((d) => ({ ...d, [heading]: '' }));
    },
    setFocus: (heading: AgendaHeading | null) =>
      write(() => api.setMeetingFocus({ params: { id: programmeId, meetingId }, body: { heading } })),
    setPresence: (present: boolean, userId?: string) =>
      write(() =>
        api.setMeetingPresence({
          params: { id: programmeId, meetingId },
          body: { present, ...(userId ? { userId } : {}) },
        }),
      ),
    addActionItem: (item: { text: string; owner: UserRef; dueDate: string }) =>
      write(() => api.addMeetingActionItem({ params: { id: programmeId, meetingId }, body: item })),
    shareToStage: () => shareUrl(stageUrlFor(programmeId, meetingId)),
    /** A workshop prepared for the programme: the leaders may put its read-only view on the stage. */
    canShareWorkshop: !!board?.workshop && can('workshop:run'),
    shareWorkshopToStage: () => shareUrl(workshopStageUrlFor(programmeId)),
  };
}
