import { Button, Field, Input, MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { FormEvent } from 'react';
import type { CreateProgrammeFormProps } from './create-programme-form.types';
import { useCreateProgrammeForm } from './use-create-programme-form';
import { useCreateProgrammeFormStyles } from './create-programme-form.styles';

export function CreateProgrammeForm(props: CreateProgrammeFormProps) {
  const view = useCreateProgrammeForm(props);
  const styles = useCreateProgrammeFormStyles();
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (view.canSubmit) view.submit();
  };
  if (view.refused)
    return (
      <MessageBar intent="info" data-testid="create-not-allowed">
        <MessageBarBody>{view.t('create.notAllowed')}</MessageBarBody>
      </MessageBar>
    );
  return (
    <form className={styles.root} onSubmit={onSubmit}>
      <Field className={styles.field} label={view.t('create.name')} required>
        <Input value={view.name} onChange={(_e, d) => view.setName(d.value)} />
      </Field>
      <Button type="submit" appearance="primary" disabled={!view.canSubmit || view.saving}>
        {view.t('create.submit')}
      </Button>
      {view.problem && (
        <MessageBar intent="error">
          <MessageBarBody>{view.problem.message}</MessageBarBody>
        </MessageBar>
      )}
    </form>
  );
}
