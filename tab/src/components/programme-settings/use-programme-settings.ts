import { useState } from 'react';
import type { UserRef } from '@ambassadors/shared/model/common';
import { useTranslation } from '../../i18n/use-translation';
import { SETTING_BOUNDS } from '@ambassadors/shared/rules/setting-bounds';
import { isApiError } from '../../api/api-error';
import type { BodyFor } from '../../api/tab-api';
import { useAppContext } from '../../app/app-context';
import { useSave } from '../../app/use-save';
import {
  NUMBER_SETTINGS,
  TEXT_FIELDS,
  type FieldProblem,
  type NumberSetting,
  type ProgrammeSettingsDialogProps,
  type TextField,
} from './programme-settings.types';

/**
 * Leaders change a programme's settings and who leads it. Only the fields the leader changed are
 * sent; the server checks every bound (the one settings schema) and answers a bad value with the
 * field it is about, which the form shows on that field in the leader's language.
 */
export function useProgrammeSettings({ board, onSaved, onReload, onClose }: ProgrammeSettingsDialogProps) {
  const { t } = useTranslation();
  const { api } = useAppContext();
  const programme = board.programme;
  const settings = programme.settings!;
  const [text, setText] = useState<Record<TextField, string>>({
    name: programme.name,
    purpose: programme.purpose,
    targetGroup: programme.targetGroup,
    startDate: programme.startDate,
    endDate: programme.endDate ?? '',
    timeZone: programme.timeZone,
  });
  const [numbers, setNumbers] = useState<Record<NumberSetting, string>>(
    Object.fromEntries(NUMBER_SETTINGS.map((key) => [key, String(settings[key])])) as Record<
      NumberSetting,
      string
    >,
  );
  const [country, setCountry] = useState(settings.country);
  const [locale, setLocale] = useState(programme.locale);
  const [hours, setHours] = useState({ start: settings.workingHours.start, end: settings.workingHours.end });
  const [days, setDays] = useState<number[]>(settings.workingHours.days);
  const [fieldProblem, setFieldProblem] = useState<FieldProblem | null>(null);
  const [newOwner, setNewOwner] = useState({ userId: '', displayName: '' });
  const { saving, problem, save } = useSave();
  const owners = useSave();

  /**
   * Only what differs from the programme as loaded. An emptied number goes out as null: the
   * server's one settings rule then names that field in the leader's language, so the form never
   * repeats the bounds (null is the one value the body type does not admit, hence the widening).
   */
  const change = (): BodyFor<'changeSettings'> => {
    const body: BodyFor<'changeSettings'> = {};
    for (const key of TEXT_FIELDS) {
      const value = text[key].trim();
      const before = key === 'endDate' ? (programme.endDate ?? '') : programme[key];
      if (value === before) continue;
      if (key === 'endDate') body.endDate = value === '' ? null : value;
      else body[key] = value;
    }
    if (locale !== programme.locale) body.locale = locale;
    const s: Record<string, unknown> = {};
    for (const key of NUMBER_SETTINGS) {
      if (numbers[key].trim() !== String(settings[key]))
        s[key] = numbers[key].trim() === '' ? null : Number(numbers[key]);
    }
    if (country.trim() !== settings.country) s.country = country.trim();
    const wh = settings.workingHours;
    if (hours.start !== wh.start || hours.end !== wh.end || days.join() !== wh.days.join())
      s.workingHours = { start: hours.start, end: hours.end, days };
    if (Object.keys(s).length > 0) body.settings = s as BodyFor<'changeSettings'>['settings'];
    return body;
  };

  const withFieldProblem = async <T>(action: () => Promise<T>): Promise<T> => {
    setFieldProblem(null);
    try {
      return await action();
    } catch (error) {
      if (isApiError(error) && error.field) setFieldProblem({ field: error.field, message: error.message });
      throw error;
    }
  };

  const submit = async () => {
    const saved = await save(() =>
      withFieldProblem(() =>
        api.changeSettings({ params: { id: programme.id }, body: change(), ifMatch: programme.etag }),
      ),
    );
    if (saved) {
      onSaved(saved.value.data);
      onClose();
    }
  };

  /** Adds the person typed in, or one found by name in the directory (with their UPN). */
  const addOwner = async (
    person: UserRef = { userId: newOwner.userId.trim(), displayName: newOwner.displayName.trim() },
  ) => {
    const saved = await owners.save(() =>
      api.addOwner({
        params: { id: programme.id },
        body: person,
        ifMatch: programme.etag,
      }),
    );
    if (saved) {
      setNewOwner({ userId: '', displayName: '' });
      onSaved(saved.value.data);
    }
  };

  const removeOwner = async (userId: string) => {
    const saved = await owners.save(() =>
      api.removeOwner({ params: { id: programme.id, userId }, ifMatch: programme.etag }),
    );
    if (saved) onSaved(saved.value.data);
  };

  return {
    t,
    programme,
    text,
    setText: (key: TextField, value: string) => setText((current) => ({ ...current, [key]: value })),
    numbers,
    setNumber: (key: NumberSetting, value: string) => setNumbers((current) => ({ ...current, [key]: value })),
    bounds: SETTING_BOUNDS,
    country,
    setCountry,
    locale,
    setLocale,
    hours,
    setHours,
    days,
    toggleDay: (day: number) =>
      setDays((current) =>
        current.includes(day) ? current.filter((d) => d !== day) : [...current, day].sort(),
      ),
    /** The server's message for a field, shown under it. */
    problemOf: (field: string) => (fieldProblem?.field === field ? fieldProblem.message : undefined),
    saving,
    problem,
    canSubmit: Object.keys(change()).length > 0,
    submit: () => void submit(),
    reloadLatest: () => void onReload(),
    owners: programme.owners,
    canSearchPeople: board.permissions.includes('people:search'),
    addFoundOwner: (person: UserRef) => void addOwner(person),
    newOwner,
    setNewOwner,
    canAddOwner: newOwner.userId.trim() !== '' && newOwner.displayName.trim() !== '',
    addOwner: () => void addOwner(),
    removeOwner: (userId: string) => void removeOwner(userId),
    ownersSaving: owners.saving,
    ownersProblem: owners.problem,
    history: [...(programme.settingsHistory ?? [])].reverse().slice(0, 10),
  };
}
