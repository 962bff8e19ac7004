import { useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { AgendaHeading } from '@ambassadors/shared/model/programme';
import type { UserRef } from '@ambassadors/shared/model/common';
import { hasMeetingStarted } from '@ambassadors/shared/rules/meeting-started';
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

/** An action item as the form edits it: the owner by id, so a select can hold it. */
export interface ActionItemDraft {
  id?: string;
  text: string;
  ownerId: string;
  dueDate: string;
  done: boolean;
}

/**
 * Plans a meeting (the ambassadors invited by default) or, for an existing one, moves it, marks it
 * held once it has started, records who attended, keeps its action items and its notes under the
 * standing agenda. Updates carry the meeting's ETag; only what changed is sent.
 */
export function useMeetingDialog({ board, meeting, onSaved, onReload, onClose }: MeetingDialogProps) {
  const { t } = useTranslation();
  const { api, locale } = useAppContext();
  const timeZone = board.programme.timeZone;
  const people: UserRef[] = board.meetingPlan.people ?? board.ambassadors.map((a) => a.person);
  const initialStart = meeting ? wallTimeIn(new Date(meeting.scheduledAt), timeZone) : defaultStart(timeZone);
  const [kind, setKind] = useState<MeetingCreateBody['kind']>(
    board.alignmentRequired ? 'alignment' : 'regular',
  );
  const [start, setStart] = useState(initialStart);
  const [duration, setDuration] = useState(meeting?.durationMinutes ?? 60);
  const [attendees, setAttendees] = useState<string[]>(board.ambassadors.map((a) => a.person.userId));
  const [held, setHeld] = useState(meeting?.held ?? false);
  const [attended, setAttended] = useState<string[]>(meeting?.attended.map((p) => p.userId) ?? []);
  const [items, setItems] = useState<ActionItemDraft[]>(
    meeting?.actionItems.map((i) => ({
      id: i.id,
      text: i.text,
      ownerId: i.owner.userId,
      dueDate: i.dueDate,
      done: i.doneAt !== null,
    })) ?? [],
  );
  const [notes, setNotes] = useState<Partial<Record<AgendaHeading, string>>>({ ...(meeting?.notes ?? {}) });
  const { saving, problem, save } = useSave();
  const startInstant = instantFromWallTime(start, timeZone);
  const cancelled = meeting?.cancelledAt != null;
  const canMove = !!meeting && !meeting.held && !cancelled;
  /** The rule the server applies: held and attendance only once the (possibly moved) start has come. */
  const started =
    startInstant !== null && hasMeetingStarted({ scheduledAt: startInstant.toISOString() }, new Date());
  const personById = (id: string) => people.find((p) => p.userId === id);

  const submit = async () => {
    const saved = await save(() => {
      if (meeting) {
        const body: MeetingUpdateBody = {
          notes,
          actionItems: items
            .filter((i) => i.text.trim() && personById(i.ownerId) && i.dueDate)
            .map((i) => ({
              ...(i.id ? { id: i.id } : {}),
              text: i.text.trim(),
              owner: personById(i.ownerId)!,
              dueDate: i.dueDate,
              done: i.done,
            })),
        };
        if (canMove && start !== initialStart && startInstant) body.scheduledAt = startInstant.toISOString();
        if (canMove && duration !== meeting.durationMinutes) body.durationMinutes = duration;
        if (held !== meeting.held) body.held = held;
        if (started && !cancelled) body.attended = people.filter((p) => attended.includes(p.userId));
        return api.updateMeeting({
          params: { id: board.programme.id, meetingId: meeting.id },
          body,
          ifMatch: meeting.etag ?? null,
        });
      }
      const body: MeetingCreateBody = {
        kind,
        scheduledAt: startInstant!.toISOString(),
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

  const toggle = (setter: typeof setAttendees) => (userId: string, on: boolean) =>
    setter((list) => (on ? [...list, userId] : list.filter((id) => id !== userId)));

  return {
    t,
    isNew: !meeting,
    kind,
    setKind,
    start,
    setStart,
    canMove,
    cancelled,
    started,
    /** The programme's zone, named next to the field ("Europe/Copenhagen (GMT+1)"). */
    zone: describeZone(timeZone, locale === 'da' ? 'da-DK' : 'en-GB', startInstant ?? new Date()),
    duration,
    setDuration,
    attendees,
    toggleAttendee: toggle(setAttendees),
    people,
    attended,
    toggleAttended: toggle(setAttended),
    held,
    setHeld,
    items,
    addItem: () =>
      setItems((list) => [...list, { text: '', ownerId: people[0]?.userId ?? '', dueDate: '', done: false }]),
    setItem: (index: number, patch: Partial<ActionItemDraft>) =>
      setItems((list) => list.map((item, i) => (i === index ? { ...item, ...patch } : item))),
    removeItem: (index: number) => setItems((list) => list.filter((_item, i) => i !== index)),
    notes,
    setNote: (heading: AgendaHeading, text: string) => setNotes((n) => ({ ...n, [heading]: text })),
    saving,
    problem,
    canSubmit: startInstant !== null,
    submit: () => void submit(),
    reloadLatest: () => void onReload(),
  };
}
