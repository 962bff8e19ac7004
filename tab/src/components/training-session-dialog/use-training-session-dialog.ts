import { useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type {
  TrainingSessionChange,
  TrainingSessionInput,
} from '@ambassadors/shared/rules/training-sessions';
import { useAppContext } from '../../app/app-context';
import { useSave } from '../../app/use-save';
import { describeZone, wallTimeIn } from '../../app/zoned-time';
import type { TrainingSessionDialogProps } from './training-session-dialog.types';

/** A week from now on the programme's wall clock, at 09:00. */
function defaultStart(timeZone: string, now = new Date()): { date: string; time: string } {
  return { date: wallTimeIn(new Date(now.getTime() + 7 * 86_400_000), timeZone).slice(0, 10), time: '09:00' };
}

/**
 * Adds a training session or changes one: a day and a time in the programme's zone (the server
 * turns them into the instant), a place or an https link to join, required or optional. The
 * programme's ETag goes with each save; a change sends only what changed.
 */
export function useTrainingSessionDialog({
  board,
  session,
  onSaved,
  onReload,
  onClose,
}: TrainingSessionDialogProps) {
  const { t } = useTranslation();
  const { api, locale } = useAppContext();
  const timeZone = board.programme.timeZone;
  const initial = session
    ? (() => {
        const wall = wallTimeIn(new Date(session.startsAt), timeZone);
        return { date: wall.slice(0, 10), time: wall.slice(11, 16) };
      })()
    : defaultStart(timeZone);
  const [title, setTitle] = useState(session?.title ?? '');
  const [description, setDescription] = useState(session?.description ?? '');
  const [date, setDate] = useState(initial.date);
  const [time, setTime] = useState(initial.time);
  const [duration, setDuration] = useState(session?.durationMinutes ?? 60);
  const [place, setPlace] = useState(session?.place ?? '');
  const [onlineUrl, setOnlineUrl] = useState(session?.onlineUrl ?? '');
  const [required, setRequired] = useState(session?.required ?? true);
  const { saving, problem, save } = useSave();

  const submit = async () => {
    const body: TrainingSessionInput = {
      title: title.trim(),
      description: description.trim(),
      date,
      time,
      durationMinutes: duration,
      place: place.trim(),
      onlineUrl: onlineUrl.trim() || null,
      required,
    };
    const saved = await save(() => {
      const params = { id: board.programme.id };
      if (!session) return api.addTrainingSession({ params, body, ifMatch: board.programme.etag });
      const change: TrainingSessionChange = {
        ...(body.title !== session.title ? { title: body.title } : {}),
        ...(body.description !== session.description ? { description: body.description } : {}),
        ...(date !== initial.date || time !== initial.time ? { date, time } : {}),
        ...(duration !== session.durationMinutes ? { durationMinutes: duration } : {}),
        ...(body.place !== session.place ? { place: body.place } : {}),
        ...(body.onlineUrl !== session.onlineUrl ? { onlineUrl: body.onlineUrl } : {}),
        ...(required !== session.required ? { required } : {}),
      };
      return api.updateTrainingSession({
        params: { ...params, sessionId: session.id },
        body: Object.keys(change).length > 0 ? change : { title: body.title },
        ifMatch: board.programme.etag,
      });
    });
    if (saved) {
      onSaved(saved.value.data);
      onClose();
    }
  };

  return {
    t,
    isNew: !session,
    title,
    setTitle,
    description,
    setDescription,
    date,
    setDate,
    time,
    setTime,
    duration,
    setDuration,
    place,
    setPlace,
    onlineUrl,
    setOnlineUrl,
    required,
    setRequired,
    zone: describeZone(timeZone, locale === 'da' ? 'da-DK' : 'en-GB'),
    saving,
    problem,
    canSubmit: title.trim() !== '' && date !== '' && time !== '',
    submit: () => void submit(),
    reloadLatest: () => void onReload(),
  };
}
