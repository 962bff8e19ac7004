import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { useAppContext } from '../../app/app-context';
import { formatDateTime } from '../../app/format';
import { useSave } from '../../app/use-save';
import type { AlignmentRoundProps } from './alignment-round.types';

/**
 * The round's state and writes: the draft a leader edits (kept while they type, refreshed from
 * the server when they have not changed it), the score an ambassador picks and sends, and the
 * publish step. Each write is one request whose answer is the new board; what it did is
 * announced in the round's own live region.
 */
export function useAlignmentRound({ board, meeting, variant, onSaved }: AlignmentRoundProps) {
  const { t } = useTranslation();
  const { api, locale } = useAppContext();
  const round = meeting.alignmentRound;
  const serverDraft = round?.draft ?? '';
  const [draft, setDraft] = useState(serverDraft);
  const edited = useRef(false);
  useEffect(() => {
    if (!edited.current) setDraft(serverDraft);
  }, [serverDraft]);
  const [picked, setPicked] = useState<number | null>(round?.ownScore ?? null);
  useEffect(() => setPicked(round?.ownScore ?? null), [round?.ownScore]);
  const [announcement, setAnnouncement] = useState('');
  const { saving, problem, save } = useSave();

  const writable = variant !== 'stage' && onSaved !== undefined && !board.closure && !meeting.cancelledAt;
  const isLeader = board.role === 'leader';
  const canEditDraft = writable && isLeader && board.permissions.includes('alignment:draft');
  const canPublish = writable && isLeader && board.permissions.includes('keyMessage:publish');
  const canScore = writable && (round?.canScore ?? false);
  const ids = { id: board.programme.id, meetingId: meeting.id };

  const saveDraft = async () => {
    const saved = await save(() =>
      api.saveAlignmentDraft({ params: ids, body: { draft: draft.trim() }, ifMatch: meeting.etag }),
    );
    if (saved) {
      edited.current = false;
      setAnnouncement(t('alignmentRound.draftSaved'));
      onSaved?.(saved.value.data);
    }
  };
  const giveScore = async () => {
    if (picked === null) return;
    const saved = await save(() => api.giveAlignmentScore({ params: ids, body: { score: picked } }));
    if (saved) {
      setAnnouncement(t('alignmentRound.scoreSaved', { score: picked }));
      onSaved?.(saved.value.data);
    }
  };
  const publish = async () => {
    const saved = await save(() => api.publishAlignmentDraft({ params: ids, body: {} }));
    if (saved) {
      const version = saved.value.data.keyMessage?.version ?? 0;
      setAnnouncement(t('alignmentRound.published', { version }));
      onSaved?.(saved.value.data);
    }
  };

  return {
    t,
    round,
    when: formatDateTime(meeting.scheduledAt, locale, board.programme.timeZone),
    keyMessage: board.keyMessage,
    meanText: round?.aggregate?.mean.toLocaleString(locale === 'da' ? 'da-DK' : 'en-GB') ?? '',
    draft,
    setDraft: (value: string) => {
      edited.current = true;
      setDraft(value);
    },
    draftDirty: draft.trim() !== serverDraft,
    picked,
    pick: (value: number) => setPicked(value),
    saving,
    problem,
    announcement,
    canEditDraft,
    canPublish: canPublish && serverDraft.trim().length > 0 && serverDraft.trim() !== board.keyMessage?.text,
    canScore,
    scoreChanged: picked !== null && picked !== (round?.ownScore ?? null),
    saveDraft: () => void saveDraft(),
    giveScore: () => void giveScore(),
    publish: () => void publish(),
  };
}
