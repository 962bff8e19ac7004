import { Field, Input } from '@fluentui/react-components';
import { useTranslation } from '../../../i18n/use-translation';
import { useFieldError } from '../../form-dialog';
import { toNumber } from './editor-helpers';

/**
 * Hours a month, as the task plan, the posting and the agreement template all ask for it: one
 * field, so its bounds and its label cannot drift apart between the three editors.
 */
export function HoursPerMonthField({
  path,
  value,
  onChange,
}: {
  /** The request-body path the server names when the value is wrong (`posting.hoursPerMonth`). */
  path: string;
  value: number;
  onChange(hours: number): void;
}) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  return (
    <Field {...fieldError(path)} label={t('editStep.hoursPerMonth')}>
      <Input
        type="number"
        min={0}
        max={80}
        value={String(value)}
        onChange={(_e, d) => onChange(toNumber(d.value))}
      />
    </Field>
  );
}
