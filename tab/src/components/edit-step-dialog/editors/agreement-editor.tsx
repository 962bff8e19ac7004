import { Field, Textarea } from '@fluentui/react-components';
import { useTranslation } from '../../../i18n/use-translation';
import type { AgreementTerms } from '@ambassadors/shared/model/programme';
import type { StepEditorProps } from '../edit-step-dialog.types';
import { useEditStepDialogStyles } from '../edit-step-dialog.styles';
import { fromLines, toLines } from './editor-helpers';
import { HoursPerMonthField } from './hours-per-month-field';
import { useFieldError } from '../../form-dialog';

/** Step 3 editor: the agreement template each ambassador's agreement starts from. */
export function AgreementEditor({ board, value, onChange }: StepEditorProps<'agreement'>) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const styles = useEditStepDialogStyles();
  const terms: AgreementTerms = value.template ?? {
    role: '',
    responsibilities: [],
    expectations: [],
    hoursPerMonth: board.programme.settings?.hoursPerMonth ?? 3,
    passOn: { themes: [], situations: '' },
    confidentiality: '',
  };
  const set = (patch: Partial<AgreementTerms>) => onChange({ ...value, template: { ...terms, ...patch } });
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{t('agreement.template')}</legend>
      <Field {...fieldError('template.role')} label={t('agreement.role')} required>
        <Textarea value={terms.role} onChange={(_e, d) => set({ role: d.value })} />
      </Field>
      <Field
        {...fieldError('template.responsibilities')}
        label={t('agreement.responsibilities')}
        hint={t('editStep.onePerLine')}
      >
        <Textarea
          value={toLines(terms.responsibilities)}
          onChange={(_e, d) => set({ responsibilities: fromLines(d.value) })}
        />
      </Field>
      <Field
        {...fieldError('template.expectations')}
        label={t('agreement.expectations')}
        hint={t('editStep.onePerLine')}
      >
        <Textarea
          value={toLines(terms.expectations)}
          onChange={(_e, d) => set({ expectations: fromLines(d.value) })}
        />
      </Field>
      <HoursPerMonthField
        path="template.hoursPerMonth"
        value={terms.hoursPerMonth}
        onChange={(hoursPerMonth) => set({ hoursPerMonth })}
      />
      <Field
        {...fieldError('template.passOn.themes')}
        label={t('editStep.passOnThemes')}
        hint={t('editStep.onePerLine')}
      >
        <Textarea
          value={toLines(terms.passOn.themes)}
          onChange={(_e, d) => set({ passOn: { ...terms.passOn, themes: fromLines(d.value) } })}
        />
      </Field>
      <Field {...fieldError('template.passOn.situations')} label={t('editStep.passOnSituations')}>
        <Textarea
          value={terms.passOn.situations}
          onChange={(_e, d) => set({ passOn: { ...terms.passOn, situations: d.value } })}
        />
      </Field>
      <Field {...fieldError('template.confidentiality')} label={t('agreement.confidentiality')}>
        <Textarea value={terms.confidentiality} onChange={(_e, d) => set({ confidentiality: d.value })} />
      </Field>
    </fieldset>
  );
}
