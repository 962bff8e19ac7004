import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Textarea,
} from '@fluentui/react-components';
import { DateInput } from '../date-input';
import { useAppContext } from '../../app/app-context';
import { formatDateTime } from '../../app/format';
import { FormDialog } from '../form-dialog';
import { PeopleSearch } from '../people-search';
import { NUMBER_SETTINGS } from './programme-settings.types';
import type { ProgrammeSettingsDialogProps } from './programme-settings.types';
import { useProgrammeSettings } from './use-programme-settings';
import { useProgrammeSettingsStyles } from './programme-settings.styles';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** The programme settings page for leaders: every field with its bounds, co-owners and the history. */
export function ProgrammeSettingsDialog(props: ProgrammeSettingsDialogProps) {
  const view = useProgrammeSettings(props);
  const styles = useProgrammeSettingsStyles();
  const { t } = view;
  const { locale } = useAppContext();
  const state = (field: string) => (view.problemOf(field) ? 'error' : 'none');
  return (
    <FormDialog
      title={t('programmeSettings.title')}
      submitLabel={t('common.save')}
      saving={view.saving}
      canSubmit={view.canSubmit}
      problem={view.problem}
      onReloadLatest={view.reloadLatest}
      onSubmit={view.submit}
      onClose={props.onClose}
      wide
    >
      <div className={styles.grid} data-testid="programme-settings">
        <Field
          label={t('programmeSettings.field.name')}
          validationState={state('name')}
          validationMessage={view.problemOf('name')}
        >
          <Input name="name" value={view.text.name} onChange={(_e, d) => view.setText('name', d.value)} />
        </Field>
        <Field
          label={t('programmeSettings.field.targetGroup')}
          validationState={state('targetGroup')}
          validationMessage={view.problemOf('targetGroup')}
        >
          <Input
            name="targetGroup"
            value={view.text.targetGroup}
            onChange={(_e, d) => view.setText('targetGroup', d.value)}
          />
        </Field>
        <Field
          label={t('programmeSettings.field.startDate')}
          validationState={state('startDate')}
          validationMessage={view.problemOf('startDate')}
        >
          <DateInput
            name="startDate"
            value={view.text.startDate}
            onValueChange={(v) => view.setText('startDate', v)}
          />
        </Field>
        <Field
          label={t('programmeSettings.field.endDate')}
          validationState={state('endDate')}
          validationMessage={view.problemOf('endDate')}
        >
          <DateInput
            name="endDate"
            value={view.text.endDate}
            onValueChange={(v) => view.setText('endDate', v)}
          />
        </Field>
        <Field
          label={t('programmeSettings.field.timeZone')}
          hint="Europe/Copenhagen"
          validationState={state('timeZone')}
          validationMessage={view.problemOf('timeZone')}
        >
          <Input
            name="timeZone"
            value={view.text.timeZone}
            onChange={(_e, d) => view.setText('timeZone', d.value)}
          />
        </Field>
        <Field label={t('programmeSettings.field.locale')}>
          <Select
            name="locale"
            value={view.locale}
            onChange={(_e, d) => view.setLocale(d.value as 'da' | 'en')}
          >
            <option value="da">Dansk</option>
            <option value="en">English</option>
          </Select>
        </Field>
        <Field
          label={t('programmeSettings.field.country')}
          hint="DK"
          validationState={state('settings.country')}
          validationMessage={view.problemOf('settings.country')}
        >
          <Input
            name="country"
            value={view.country}
            onChange={(_e, d) => view.setCountry(d.value.toUpperCase())}
          />
        </Field>
        {NUMBER_SETTINGS.map((key) => {
          const bounds = view.bounds[key];
          return (
            <Field
              key={key}
              label={t(`programmeSettings.field.${key}`)}
              hint={bounds ? t('programmeSettings.bounds', bounds) : undefined}
              validationState={state(`settings.${key}`)}
              validationMessage={view.problemOf(`settings.${key}`)}
            >
              <Input
                name={key}
                type="number"
                min={bounds?.min}
                max={bounds?.max}
                value={view.numbers[key]}
                onChange={(_e, d) => view.setNumber(key, d.value)}
              />
            </Field>
          );
        })}
      </div>
      <Field
        label={t('programmeSettings.field.purpose')}
        validationState={state('purpose')}
        validationMessage={view.problemOf('purpose')}
      >
        <Textarea
          name="purpose"
          value={view.text.purpose}
          onChange={(_e, d) => view.setText('purpose', d.value)}
          resize="vertical"
        />
      </Field>
      <Field
        label={t('programmeSettings.field.workingHours')}
        validationState={state('settings.workingHours')}
        validationMessage={view.problemOf('settings.workingHours')}
      >
        <div className={styles.days}>
          <DateInput
            kind="time"
            aria-label={t('programmeSettings.from')}
            value={view.hours.start}
            onValueChange={(v) => view.setHours({ ...view.hours, start: v })}
          />
          <DateInput
            kind="time"
            aria-label={t('programmeSettings.to')}
            value={view.hours.end}
            onValueChange={(v) => view.setHours({ ...view.hours, end: v })}
          />
          {WEEKDAYS.map((day) => (
            <Checkbox
              key={day}
              label={t(`programmeSettings.weekday.${day}`)}
              checked={view.days.includes(day)}
              onChange={() => view.toggleDay(day)}
            />
          ))}
        </div>
      </Field>
      <section className={styles.section} aria-labelledby="owners-heading">
        <h3 id="owners-heading">{t('programmeSettings.owners.title')}</h3>
        <p>{t('programmeSettings.owners.hint')}</p>
        <ul className={styles.owners} data-testid="owners">
          {view.owners.map((owner) => (
            <li key={owner.userId} className={styles.owner}>
              <span>{owner.displayName}</span>
              <Button
                size="small"
                disabled={view.ownersSaving || view.owners.length <= 1}
                onClick={() => view.removeOwner(owner.userId)}
              >
                {t('programmeSettings.owners.remove', { name: owner.displayName })}
              </Button>
            </li>
          ))}
        </ul>
        {view.canSearchPeople && (
          <PeopleSearch
            programmeId={props.board.programme.id}
            chosenIds={view.owners.map((owner) => owner.userId)}
            onChoose={view.addFoundOwner}
            actionLabel={t('programmeSettings.owners.add')}
          />
        )}
        <div className={styles.days}>
          <Input
            aria-label={t('programmeSettings.owners.userId')}
            placeholder={t('programmeSettings.owners.userId')}
            value={view.newOwner.userId}
            onChange={(_e, d) => view.setNewOwner({ ...view.newOwner, userId: d.value })}
          />
          <Input
            aria-label={t('programmeSettings.owners.name')}
            placeholder={t('programmeSettings.owners.name')}
            value={view.newOwner.displayName}
            onChange={(_e, d) => view.setNewOwner({ ...view.newOwner, displayName: d.value })}
          />
          <Button disabled={!view.canAddOwner || view.ownersSaving} onClick={view.addOwner}>
            {t('programmeSettings.owners.add')}
          </Button>
        </div>
        {view.ownersProblem && (
          <MessageBar intent="error">
            <MessageBarBody>{view.ownersProblem.message}</MessageBarBody>
          </MessageBar>
        )}
      </section>
      {view.history.length > 0 && (
        <section className={styles.section} aria-labelledby="history-heading">
          <h3 id="history-heading">{t('programmeSettings.history')}</h3>
          <ul className={styles.history} data-testid="settings-history">
            {view.history.map((entry) => (
              <li key={`${entry.at}-${entry.by.userId}`}>
                {t('programmeSettings.historyEntry', {
                  name: entry.by.displayName,
                  at: formatDateTime(entry.at, locale, props.board.programme.timeZone),
                  // Each field by the name the form gives it, never its key.
                  fields: entry.changes
                    .map((c) => c.field.replace(/^settings\./, ''))
                    .map((key) => t(`programmeSettings.field.${key}`, { defaultValue: key }))
                    .join(', '),
                })}
              </li>
            ))}
          </ul>
        </section>
      )}
    </FormDialog>
  );
}
