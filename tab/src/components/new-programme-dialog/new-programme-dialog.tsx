import { Field, Input, Select, Textarea } from '@fluentui/react-components';
import { FormDialog } from '../form-dialog';
import type { NewProgrammeDialogProps, NewProgrammeFields } from './new-programme-dialog.types';
import { useNewProgrammeDialog } from './use-new-programme-dialog';
import { useNewProgrammeDialogStyles } from './new-programme-dialog.styles';

/** "Create programme" from anywhere in the tab, as a short guided form. */
export function NewProgrammeDialog(props: NewProgrammeDialogProps) {
  const view = useNewProgrammeDialog(props);
  const styles = useNewProgrammeDialogStyles();
  const { t } = view;
  const field = (
    name: keyof NewProgrammeFields,
    apiField: string,
    type: 'text' | 'date' | 'number' = 'text',
  ) => (
    <Field
      label={t(`newProgramme.field.${name}`)}
      required={name === 'name'}
      validationState={view.problemOf(apiField) ? 'error' : 'none'}
      validationMessage={view.problemOf(apiField)}
    >
      <Input
        name={name}
        type={type}
        value={view.fields[name]}
        onChange={(_e, d) => view.set(name, d.value)}
      />
    </Field>
  );
  return (
    <FormDialog
      title={t('newProgramme.title')}
      intro={
        view.refused ? (
          <p data-testid="create-not-allowed">{t('create.notAllowed')}</p>
        ) : (
          <p>{t('newProgramme.intro')}</p>
        )
      }
      submitLabel={t('newProgramme.submit')}
      saving={view.saving}
      canSubmit={view.canSubmit}
      problem={view.problem}
      onSubmit={view.submit}
      onClose={props.onClose}
      wide
    >
      {!view.refused && (
        <>
          <div className={styles.grid} data-testid="new-programme">
            {field('name', 'name')}
            {field('targetGroup', 'targetGroup')}
            {field('startDate', 'startDate', 'date')}
            {field('endDate', 'endDate', 'date')}
            {field('timeZone', 'timeZone')}
            <Field label={t('newProgramme.field.locale')}>
              <Select
                value={view.fields.locale}
                onChange={(_e, d) => view.set('locale', d.value as 'da' | 'en')}
              >
                <option value="da">Dansk</option>
                <option value="en">English</option>
              </Select>
            </Field>
            {field('termMonthsDefault', 'settings.termMonthsDefault', 'number')}
            {field('hoursPerMonth', 'settings.hoursPerMonth', 'number')}
          </div>
          <Field label={t('newProgramme.field.purpose')}>
            <Textarea
              value={view.fields.purpose}
              onChange={(_e, d) => view.set('purpose', d.value)}
              resize="vertical"
              rows={3}
            />
          </Field>
        </>
      )}
    </FormDialog>
  );
}
