import { Checkbox, Field, Input, Textarea } from '@fluentui/react-components';
import { DateInput } from '../../date-input';
import { useTranslation } from '../../../i18n/use-translation';
import type { Posting } from '@ambassadors/shared/model/programme';
import { todayIn } from '../../../app/format';
import type { StepEditorProps } from '../edit-step-dialog.types';
import { useEditStepDialogStyles } from '../edit-step-dialog.styles';
import { fromLines, toLines, toNumber } from './editor-helpers';
import { HoursPerMonthField } from './hours-per-month-field';
import { InvitationsEditor } from '../../invitations-editor';
import { useFieldError } from '../../form-dialog';

/** Step 2 editor: the internal posting, whether it is published, and who is invited to apply. */
export function PostingEditor({ board, value, onChange }: StepEditorProps<'posting'>) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const styles = useEditStepDialogStyles();
  const settings = board.programme.settings;
  const posting: Omit<Posting, 'publishedAt'> = value.posting ?? {
    title: '',
    responsibilities: [],
    expectations: [],
    hoursPerMonth: settings?.hoursPerMonth ?? 3,
    termMonths: settings?.termMonthsDefault ?? 12,
    applicationDeadline: todayIn(board.programme.timeZone, new Date(Date.now() + 21 * 86_400_000)),
  };
  const set = (patch: Partial<Omit<Posting, 'publishedAt'>>) =>
    onChange({ ...value, posting: { ...posting, ...patch } });
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{t('editStep.posting')}</legend>
      <Field {...fieldError('posting.title')} label={t('editStep.postingTitle')} required>
        <Input value={posting.title} onChange={(_e, d) => set({ title: d.value })} />
      </Field>
      <div className={styles.row}>
        <HoursPerMonthField
          path="posting.hoursPerMonth"
          value={posting.hoursPerMonth}
          onChange={(hoursPerMonth) => set({ hoursPerMonth })}
        />
        <Field
          {...fieldError('posting.termMonths')}
          label={t('editStep.termMonths')}
          hint={t('editStep.termHint', { max: settings?.termMonthsMax ?? 18 })}
        >
          <Input
            type="number"
            min={1}
            max={36}
            value={String(posting.termMonths)}
            onChange={(_e, d) => set({ termMonths: Math.round(toNumber(d.value, 12)) })}
          />
        </Field>
        <Field {...fieldError('posting.applicationDeadline')} label={t('posting.deadline')}>
          <DateInput
            value={posting.applicationDeadline}
            onValueChange={(v) => set({ applicationDeadline: v })}
          />
        </Field>
      </div>
      <Field
        {...fieldError('posting.responsibilities')}
        label={t('posting.responsibilities')}
        hint={t('editStep.onePerLine')}
      >
        <Textarea
          value={toLines(posting.responsibilities)}
          onChange={(_e, d) => set({ responsibilities: fromLines(d.value) })}
          resize="vertical"
        />
      </Field>
      <Field
        {...fieldError('posting.expectations')}
        label={t('posting.expectations')}
        hint={t('editStep.onePerLine')}
      >
        <Textarea
          value={toLines(posting.expectations)}
          onChange={(_e, d) => set({ expectations: fromLines(d.value) })}
          resize="vertical"
        />
      </Field>
      <Checkbox
        checked={!!value.publish}
        onChange={(_e, d) => onChange({ ...value, posting, publish: !!d.checked })}
        label={t('editStep.published')}
      />
      {value.invitations !== undefined && (
        <InvitationsEditor
          value={value.invitations}
          onChange={(invitations) => onChange({ ...value, invitations })}
          programmeId={board.programme.id}
          canSearch={board.permissions.includes('people:search')}
        />
      )}
    </fieldset>
  );
}
