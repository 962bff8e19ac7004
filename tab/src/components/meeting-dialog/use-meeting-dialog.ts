import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaHeading } from '@ambassadors/shared/model/programme';
import type { MeetingCreateBody, MeetingUpdateBody } from '@ambassadors/shared/views/api-inputs';
import { useAppContext } from '../../app/app-context';
import { useSave } from '../../app/use-save';
import { describeZone, instantFromWallTime, wallTimeIn } from '../../app/zoned-time';
import type { MeetingDialogProps } from './meeting-dialog.types';

/**
 * A week from now at 10:00 on the programme's wall clock ("2026-12-01T10:00"), for the
 * date-time input: the input's value is read in the programme's zone, not the browser's.
 */
function defaultStart(timeZone: string, now = new Date()): string {
  return `${wallTimeIn(new Date(now.getTime() + 7 * 86_400_000), timeZone).slice(0, 10)}T10:00`;
}

/**
 * Plans a meeting (the ambassadors invited by default) or, for an existing one, records its
 * notes under the standing agenda and marks it held. Updates carry the meeting's ETag.
 */
export function useMeetingDialog({ board, meeting, onSaved, onReload, onClose }: MeetingDialogProps) {
  const { t } = useTranslation();
  const { api, locale } = useAppContext();
  const timeZone = board.programme.timeZone;
  const [kind, setKind] = useState<MeetingCreateBody['kind']>(
    board.alignmentRequired ? 'alignment' : 'regular',
  );
  const [start, setStart] = useState(() => defaultStart(timeZone));
  const [duration, setDuration] = useState(60);
  const [attendees, setAttendees] = useState<string[]>(board.ambassadors.map((a) => a.person.userId));
  const [held, setHeld] = useState(meeting?.held ?? false);
  const [notes, setNotes] = useState<Partial<Record<AgendaHeading, string>>>({ ...(meeting?.notes ?? {}) });
  const { saving, problem, save } = useSave();

  const submit = async () => {
    const saved = await save(() => {
      if (meeting) {
        const body: MeetingUpdateBody = { held, notes };
        return api.updateMeeting({
          params: { id: board.programme.id, meetingId: meeting.id },
          body,
          ifMatch: meeting.etag ?? null,
        });
      }
      const body: MeetingCreateBody = {
        kind,
        scheduledAt: instantFromWallTime(start, timeZone)!.toISOString(),
        durationMinutes: duration,
        joinUrl: null,
        attendees: board.ambassadors.filter((a) => attendees.includes(a.person.userId)).map((a) => a.person),
      };
      return api.planMeeting({ params: { id: board.programme.id }, body });
    });
    if (saved) {
      onSaved(saved.value.data);
      onClose();
    }
  };

  return {
    t,
    isNew: !meeting,
    kind,
    setKind,
    start,
    setStart,
    /** The programme's zone, named next to the field ("Europe/Copenhagen (GMT+1)"). */
    zone: describeZone(
      timeZone,
      locale === 'da' ? 'da-DK' : 'en-GB',
      instantFromWallTime(start, timeZone) ?? new Date(),
    ),
    duration,
    setDuration,
    attendees,
    toggleAttendee: (userId: string, on: boolean) =>
      setAttendees((list) => (on ? [...list, userId] : list.filter((id) => id !== userId))),
    held,
    setHeld,
    notes,
    setNote: (heading: AgendaHeading, text: string) => setNotes((n) => ({ ...n, [heading]: text })),
    saving,
    problem,
    canSubmit: meeting ? true : instantFromWallTime(start, timeZone) !== null,
    submit: () => void submit(),
    reloadLatest: () => void onReload(),
  };
}
