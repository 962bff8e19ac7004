import { useEffect, useState } from 'react';
import type { UserRef } from '@ambassadors/shared/model/common';
import { useTranslation } from '../../i18n/use-translation';
import { useAppContext } from '../../app/app-context';
import { chatLink } from '../../host/deep-link';
import { loadPeoplePicker, type PeoplePicker } from '../../host/people-picker';
import { teamsUserId } from '../watch-outs/use-watch-outs';
import type { InvitationsEditorProps } from './invitations-editor.types';

/**
 * The leaders' list of named employees encouraged to apply. People are found by name in the
 * organisation's directory (the server searches it on the leader's behalf; locally the demo
 * directory), or with Teams' own people picker where the host offers one; a name and the
 * person's user id (Entra object id) can still be typed in. A person is listed once; the note
 * travels with them, and so does the sign-in name (UPN) a found person brings.
 */
export function useInvitationsEditor({ value, onChange, programmeId, canSearch }: InvitationsEditorProps) {
  const { t } = useTranslation();
  const { host, openLink } = useAppContext();
  const [picker, setPicker] = useState<PeoplePicker | null>(null);
  const [pickFailed, setPickFailed] = useState(false);
  const [name, setName] = useState('');
  const [userId, setUserId] = useState('');
  const [note, setNote] = useState('');

  useEffect(() => {
    let live = true;
    void loadPeoplePicker(host).then((p) => live && setPicker(p));
    return () => {
      live = false;
    };
  }, [host]);

  const ids = value.map((i) => i.invitee.userId);
  const trimmedId = userId.trim();
  const canAdd =
    name.trim().length > 0 && trimmedId.length > 0 && trimmedId.length <= 100 && !ids.includes(trimmedId);

  return {
    t,
    value,
    hasPicker: picker !== null,
    /** Where to search the directory by name, when the leader may (null: no search). */
    searchIn: canSearch && programmeId ? programmeId : null,
    ids,
    invite: (invitee: UserRef) => {
      if (!ids.includes(invitee.userId)) onChange([...value, { invitee, note: '' }]);
    },
    pickFailed,
    name,
    setName,
    userId,
    setUserId,
    note,
    setNote,
    canAdd,
    duplicate: trimmedId.length > 0 && ids.includes(trimmedId),
    add() {
      if (!canAdd) return;
      onChange([...value, { invitee: { userId: trimmedId, displayName: name.trim() }, note: note.trim() }]);
      setName('');
      setUserId('');
      setNote('');
    },
    async pick() {
      if (!picker) return;
      setPickFailed(false);
      try {
        const chosen = await picker.pick(ids);
        const fresh = chosen.filter((p) => !ids.includes(p.userId));
        if (fresh.length > 0) onChange([...value, ...fresh.map((invitee) => ({ invitee, note: '' }))]);
      } catch {
        setPickFailed(true);
      }
    },
    setNoteAt: (index: number, text: string) =>
      onChange(value.map((inv, i) => (i === index ? { ...inv, note: text } : inv))),
    remove: (index: number) => onChange(value.filter((_inv, i) => i !== index)),
    chat: (id: string) => openLink(chatLink([teamsUserId(id)])),
  };
}
