import { Field, Input, Radio, RadioGroup, Textarea } from '@fluentui/react-components';
import type { DecisionBody } from '@ambassadors/shared/views/api-inputs';
import { FormDialog, fieldErrorsOf } from '../form-dialog';
import type { DecisionDialogProps } from './decision-dialog.types';
import { useDecisionDialog } from './use-decision-dialog';
import { useDecisionDialogStyles } from './decision-dialog.styles';

export function DecisionDialog(props: DecisionDialogProps) {
  const view = useDecisionDialog(props);
  const styles = useDecisionDialogStyles();
  const { t } = view;
  const fieldError = fieldErrorsOf(view.problem);
  return (
    <FormDialog
      title={t('decision.title')}
      submitLabel={t('decision.submit')}
      saving={view.saving}
      canSubmit={view.canSubmit}
      problem={view.problem}
      onSubmit={view.submit}
      onClose={props.onClose}
    >
      <p className={styles.hint}>{t('decision.hint')}</p>
      <Field {...fieldError('theme')} label={t('decision.theme')} required>
        <Input value={view.theme} onChange={(_e, d) => view.setTheme(d.value)} />
      </Field>
      <Field {...fieldError('outcome')} label={t('decision.outcome')}>
        <RadioGroup
          value={view.outcome}
          onChange={(_e, d) => view.setOutcome(d.value as DecisionBody['outcome'])}
        >
          <Radio value="changeCourse" label={t('outcome.changeCourse')} />
          <Radio value="keepCourse" label={t('outcome.keepCourse')} />
          <Radio value="explain" label={t('outcome.explain')} />
        </RadioGroup>
      </Field>
      <Field
        {...fieldError('explanation')}
        label={t('decision.explanation')}
        hint={t('decision.explanationHint')}
        required
      >
        <Textarea
          value={view.explanation}
          onChange={(_e, d) => view.setExplanation(d.value)}
          resize="vertical"
          rows={4}
        />
      </Field>
    </FormDialog>
  );
}
