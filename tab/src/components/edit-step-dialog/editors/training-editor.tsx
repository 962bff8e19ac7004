import { Button, Field, Input, Textarea } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { StepEditorProps } from '../edit-step-dialog.types';
import { useEditStepDialogStyles } from '../edit-step-dialog.styles';
import { newId, toNumber } from './editor-helpers';

/** Step 4 editor: the training modules ("Mindset"). */
export function TrainingEditor({ value, onChange }: StepEditorProps<'training'>) {
  const { t } = useTranslation();
  const styles = useEditStepDialogStyles();
  const modules = value.modules ?? [];
  const setModules = (next: typeof modules) => onChange({ ...value, modules: next });
  const patch = (id: string, p: Partial<(typeof modules)[number]>) =>
    setModules(modules.map((m) => (m.id === id ? { ...m, ...p } : m)));
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{t('editStep.modules')}</legend>
      {modules.map((module, index) => (
        <div
          key={module.id}
          className={styles.group}
          role="group"
          aria-label={t('editStep.moduleN', { n: index + 1 })}
        >
          <div className={styles.row}>
            <Field label={t('editStep.moduleTitle')} required>
              <Input value={module.title} onChange={(_e, d) => patch(module.id, { title: d.value })} />
            </Field>
            <Field label={t('editStep.dueWithinDays')}>
              <Input
                type="number"
                min={1}
                max={365}
                value={module.dueWithinDays === null ? '' : String(module.dueWithinDays)}
                onChange={(_e, d) =>
                  patch(module.id, { dueWithinDays: d.value ? Math.round(toNumber(d.value, 30)) : null })
                }
              />
            </Field>
          </div>
          <Field label={t('editStep.description')}>
            <Textarea
              value={module.description}
              onChange={(_e, d) => patch(module.id, { description: d.value })}
            />
          </Field>
          <Field label={t('editStep.resourceUrl')}>
            <Input
              type="url"
              value={module.resourceUrl ?? ''}
              onChange={(_e, d) => patch(module.id, { resourceUrl: d.value || null })}
            />
          </Field>
          <Button
            size="small"
            appearance="subtle"
            style={{ alignSelf: 'flex-start' }}
            onClick={() => setModules(modules.filter((m) => m.id !== module.id))}
          >
            {t('editStep.remove')}
          </Button>
        </div>
      ))}
      <Button
        style={{ alignSelf: 'flex-start' }}
        onClick={() =>
          setModules([
            ...modules,
            { id: newId('module'), title: '', description: '', resourceUrl: null, dueWithinDays: 30 },
          ])
        }
      >
        {t('editStep.addModule')}
      </Button>
    </fieldset>
  );
}
