import { Field, Input, Textarea } from '@fluentui/react-components';
import { useTranslation } from '../../../i18n/use-translation';
import type { StepEditorProps } from '../edit-step-dialog.types';
import { useEditStepDialogStyles } from '../edit-step-dialog.styles';
import { newId } from './editor-helpers';
import { HoursPerMonthField } from './hours-per-month-field';
import { ItemListEditor } from './item-list-editor';
import { useFieldError } from '../../form-dialog';

/** Step 1 editor: the list of concrete ambassador tasks. */
export function TaskPlanEditor({ value, onChange }: StepEditorProps<'taskPlan'>) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const styles = useEditStepDialogStyles();
  return (
    <ItemListEditor
      legend={t('taskPlan.tasks')}
      items={value.tasks ?? []}
      onChange={(tasks) => onChange({ ...value, tasks })}
      itemLabel={(n) => t('editStep.taskN', { n })}
      addLabel={t('editStep.addTask')}
      newItem={() => ({ id: newId('task'), title: '', description: '', hoursPerMonth: 1 })}
      renderFields={(task, patch, index) => (
        <>
          <div className={styles.row}>
            <Field {...fieldError(`tasks.${index}.title`)} label={t('editStep.taskTitle')} required>
              <Input value={task.title} onChange={(_e, d) => patch({ title: d.value })} />
            </Field>
            <HoursPerMonthField
              path={`tasks.${index}.hoursPerMonth`}
              value={task.hoursPerMonth}
              onChange={(hoursPerMonth) => patch({ hoursPerMonth })}
            />
          </div>
          <Field {...fieldError(`tasks.${index}.description`)} label={t('editStep.description')}>
            <Textarea value={task.description} onChange={(_e, d) => patch({ description: d.value })} />
          </Field>
        </>
      )}
    />
  );
}
