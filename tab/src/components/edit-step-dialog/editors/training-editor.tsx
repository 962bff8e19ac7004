import { Checkbox, Field, Input, Textarea } from '@fluentui/react-components';
import { useTranslation } from '../../../i18n/use-translation';
import type { StepEditorProps } from '../edit-step-dialog.types';
import { useEditStepDialogStyles } from '../edit-step-dialog.styles';
import { newId, toNumber } from './editor-helpers';
import { ItemListEditor } from './item-list-editor';
import { useFieldError } from '../../form-dialog';

/** Step 4 editor: the training modules ("Mindset"). */
export function TrainingEditor({ value, onChange }: StepEditorProps<'training'>) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const styles = useEditStepDialogStyles();
  return (
    <ItemListEditor
      legend={t('editStep.modules')}
      items={value.modules ?? []}
      onChange={(modules) => onChange({ ...value, modules })}
      itemLabel={(n) => t('editStep.moduleN', { n })}
      addLabel={t('editStep.addModule')}
      newItem={() => ({
        id: newId('module'),
        title: '',
        description: '',
        resourceUrl: null,
        dueWithinDays: 30,
        required: true,
        addedAt: null,
      })}
      renderFields={(module, patch, index) => (
        <>
          <div className={styles.row}>
            <Field {...fieldError(`modules.${index}.title`)} label={t('editStep.moduleTitle')} required>
              <Input value={module.title} onChange={(_e, d) => patch({ title: d.value })} />
            </Field>
            <Field {...fieldError(`modules.${index}.dueWithinDays`)} label={t('editStep.dueWithinDays')}>
              <Input
                type="number"
                min={1}
                max={365}
                value={module.dueWithinDays === null ? '' : String(module.dueWithinDays)}
                onChange={(_e, d) =>
                  patch({ dueWithinDays: d.value ? Math.round(toNumber(d.value, 30)) : null })
                }
              />
            </Field>
          </div>
          <Field {...fieldError(`modules.${index}.description`)} label={t('editStep.description')}>
            <Textarea value={module.description} onChange={(_e, d) => patch({ description: d.value })} />
          </Field>
          <Field {...fieldError(`modules.${index}.resourceUrl`)} label={t('editStep.resourceUrl')}>
            <Input
              type="url"
              value={module.resourceUrl ?? ''}
              onChange={(_e, d) => patch({ resourceUrl: d.value || null })}
            />
          </Field>
          <Checkbox
            label={t('trainingSession.required')}
            checked={module.required}
            onChange={(_e, d) => patch({ required: !!d.checked })}
          />
        </>
      )}
    />
  );
}
