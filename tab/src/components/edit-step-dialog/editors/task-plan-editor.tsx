import { Button, Field, Input, Textarea } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { StepEditorProps } from '../edit-step-dialog.types';
import { useEditStepDialogStyles } from '../edit-step-dialog.styles';
import { newId, toNumber } from './editor-helpers';

/** Step 1 editor: the list of concrete ambassador tasks. */
export function TaskPlanEditor({ value, onChange }: StepEditorProps<'taskPlan'>) {
  const { t } = useTranslation();
  const styles = useEditStepDialogStyles();
  const tasks = value.tasks ?? [];
  const setTasks = (next: typeof tasks) => onChange({ ...value, tasks: next });
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{t('taskPlan.tasks')}</legend>
      {tasks.map((task, index) => (
        <div
          key={task.id}
          className={styles.group}
          role="group"
          aria-label={t('editStep.taskN', { n: index + 1 })}
        >
          <div className={styles.row}>
            <Field label={t('editStep.taskTitle')} required>
              <Input
                value={task.title}
                onChange={(_e, d) =>
                  setTasks(tasks.map((x) => (x.id === task.id ? { ...x, title: d.value } : x)))
                }
              />
            </Field>
            <Field label={t('editStep.hoursPerMonth')}>
              <Input
                type="number"
                min={0}
                max={80}
                value={String(task.hoursPerMonth)}
                onChange={(_e, d) =>
                  setTasks(
                    tasks.map((x) => (x.id === task.id ? { ...x, hoursPerMonth: toNumber(d.value) } : x)),
                  )
                }
              />
            </Field>
          </div>
          <Field label={t('editStep.description')}>
            <Textarea
              value={task.description}
              onChange={(_e, d) =>
                setTasks(tasks.map((x) => (x.id === task.id ? { ...x, description: d.value } : x)))
              }
            />
          </Field>
          <Button
            size="small"
            appearance="subtle"
            style={{ alignSelf: 'flex-start' }}
            onClick={() => setTasks(tasks.filter((x) => x.id !== task.id))}
          >
            {t('editStep.remove')}
          </Button>
        </div>
      ))}
      <Button
        style={{ alignSelf: 'flex-start' }}
        onClick={() =>
          setTasks([...tasks, { id: newId('task'), title: '', description: '', hoursPerMonth: 1 }])
        }
      >
        {t('editStep.addTask')}
      </Button>
    </fieldset>
  );
}
